/**
 * The slides of a briefing, built from content written for them (each section's key
 * points and facilitator notes), never cut out of lesson prose. Pure, so the order is
 * tested without a browser: a title slide per lesson, its content note as a slide of its
 * own before any sensitive material, one slide per section, and always the support
 * contacts last.
 */
import type { ContentNote, CourseMeta, Lesson, SupportContact } from '../../course/types.ts';

export type Slide =
  | { kind: 'title'; lesson: string; title: string; points: string[]; notes?: string }
  | { kind: 'note'; lesson: string; title: string; note: ContentNote; notes?: string }
  | { kind: 'section'; lesson: string; title: string; heading: string; points: string[]; notes?: string }
  | { kind: 'support'; title: string; contacts: SupportContact[]; notes?: string };

export function buildSlides(course: Pick<CourseMeta, 'support'>, lessons: Lesson[]): Slide[] {
  const slides: Slide[] = [];
  for (const lesson of lessons) {
    slides.push({ kind: 'title', lesson: lesson.id, title: lesson.title, points: lesson.outcomes });
    if (lesson.contentNote) {
      slides.push({
        kind: 'note',
        lesson: lesson.id,
        title: `Content note: ${lesson.title}`,
        note: lesson.contentNote,
        notes: 'Pause here. Remind the group they can step out, and where support is.',
      });
    }
    for (const section of lesson.sections) {
      slides.push({
        kind: 'section',
        lesson: lesson.id,
        title: lesson.title,
        heading: section.title,
        points: section.keyPoints,
        notes: section.notes,
      });
    }
  }
  slides.push({ kind: 'support', title: 'Support', contacts: course.support, notes: 'Leave this up as people leave.' });
  return slides;
}

/** The fixed headings of a 7-minute briefing, in their usual order. */
export const BRIEFING_HEADINGS: [keyof NonNullable<Lesson['briefing']>, string][] = [
  ['background', 'Background'],
  ['whyItMatters', 'Why it matters'],
  ['information', 'Information'],
  ['whatWeLearnt', 'What we learnt'],
  ['whatToDo', 'What to do'],
  ['questions', 'Questions for discussion'],
  ['furtherInformation', 'Further information'],
];

/** A 7-minute briefing on one theme: its content note first, the seven headings, support last. */
export function buildBriefingSlides(course: Pick<CourseMeta, 'support'>, lesson: Lesson): Slide[] {
  const slides: Slide[] = [];
  const title = `7-minute briefing: ${lesson.title}`;
  if (lesson.contentNote) {
    slides.push({ kind: 'note', lesson: lesson.id, title: `Content note: ${lesson.title}`, note: lesson.contentNote });
  }
  for (const [key, heading] of BRIEFING_HEADINGS) {
    slides.push({ kind: 'section', lesson: lesson.id, title, heading, points: lesson.briefing?.[key] ?? [] });
  }
  slides.push({ kind: 'support', title: 'Support', contacts: course.support });
  return slides;
}
