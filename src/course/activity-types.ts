/**
 * The things a learner does inside a lesson section, as the browser receives them. They
 * are unscored and never reach the LMS: they exist so no one reads more than a screenful
 * without doing something (the build counts the words between them).
 */
import type { KnowledgeCheck } from './quiz-types.ts';
import type { MdNode } from './types.ts';

/** More reading between two activities. */
export interface TextActivity {
  kind: 'text';
  body: MdNode[];
}

/**
 * Cards the learner turns over. Each card asks something first; the learner commits to an
 * answer (one of `options`, none of them marked) before its back is shown.
 */
export interface RevealActivity {
  kind: 'reveal';
  id: string;
  prompt: MdNode[];
  cards: { id: string; front: string; options: string[]; back: MdNode[] }[];
}

/** Sort items into groups by choosing, never dragging (WCAG 2.5.7); feedback per item. */
export interface SortActivity {
  kind: 'sort';
  id: string;
  prompt: MdNode[];
  groups: { id: string; label: string }[];
  items: { id: string; text: string; group: string; feedback: MdNode[] }[];
}

/** A quick check inside a section: the knowledge-check types, unscored. */
export interface CheckActivity {
  kind: 'check';
  check: KnowledgeCheck;
}

export type Activity = TextActivity | RevealActivity | SortActivity | CheckActivity;
