/**
 * A theme's (or the reviews group's) icon in its colour, from content/looks.yaml. Always
 * decorative: it sits beside the words that carry the meaning, hidden from assistive
 * technology. The drawing is lucide's, shipped as data for only the icons content uses
 * (tools/content-pipeline/look-icon-nodes.ts), drawn here as an inline SVG.
 */
import { createElement } from 'react';
import icons from 'virtual:look-icons';
import { useCourse } from './course-context.tsx';
import type { IconNode } from '../course/types.ts';

/** The look of a lesson (its theme's, or the reviews'), by the lesson's id. */
export function useLessonLook(lessonId: string | undefined): string | undefined {
  const lessons = useCourse().lessons;
  return lessonId === undefined ? undefined : lessons.find((l) => l.id === lessonId)?.look;
}

/** `look`: a look id (a lesson's `look`); nothing is drawn without one. */
export function LookIcon({ look }: { look: string | undefined }) {
  const found = useCourse().looks[look ?? ''];
  const node: IconNode | undefined = found ? icons[found.icon] : undefined;
  if (!look || !node) return null;
  return (
    <svg
      className={`look-icon look look-${look}`}
      data-look={look}
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {node.map(([shape, attributes], i) => createElement(shape, { key: i, ...attributes }))}
    </svg>
  );
}
