/**
 * The slides of a briefing, built from content written for them (each section's key
 * points and facilitator notes), never cut out of lesson prose. Pure, so the order is
 * tested without a browser, and the build can check that every slide fits
 * (tools/content-pipeline/slide-fit.ts): a title slide per lesson, its content note as a
 * slide of its own before any sensitive material, one slide per section, and always the
 * support contacts last.
 */
import type { CourseMeta, Lesson, SupportContact } from '../course/types.ts';

/** `field`: where in the lesson file (or course.yaml, for support) the slide's words come from. */
export type Slide = { field: string; notes?: string } & (
  | { kind: 'title'; lesson: string; title: string; points: string[] }
  | { kind: 'note'; lesson: string; title: string; text: string }
  | { kind: 'section'; lesson: string; title: string; heading: string; points: string[] }
  | { kind: 'support'; title: string; contacts: SupportContact[] }
);

/** Below every content note slide. */
export const NOTE_REMINDER = 'Take a break at any time. Support details are on the last slide.';

/** A support contact as its slide shows it. */
export const contactLine = (c: SupportContact): string => `${c.name}${c.phone ? `: ${c.phone}` : ''}`;

/** A lesson's content note as a slide: its shorter form for the room when it has one. */
function noteSlide(lesson: Lesson, notes?: string): Slide | undefined {
  const note = lesson.contentNote;
  if (!note) return undefined;
  return {
    kind: 'note',
    lesson: lesson.id,
    title: `Content note: ${lesson.title}`,
    text: note.slide ?? note.text,
    field: note.slide ? 'contentNote.slide' : 'contentNote.text',
    ...(notes ? { notes } : {}),
  };
}

const supportSlide = (course: Pick<CourseMeta, 'support'>, notes?: string): Slide => ({
  kind: 'support',
  title: 'Support',
  contacts: course.support,
  field: 'support',
  ...(notes ? { notes } : {}),
});

export function buildSlides(course: Pick<CourseMeta, 'support'>, lessons: Lesson[]): Slide[] {
  const slides: Slide[] = [];
  for (const lesson of lessons) {
    slides.push({ kind: 'title', lesson: lesson.id, title: lesson.title, points: lesson.outcomes, field: 'outcomes' });
    const note = noteSlide(lesson, 'Pause here. Remind the group they can step out, and where support is.');
    if (note) slides.push(note);
    lesson.sections.forEach((section, i) =>
      slides.push({
        kind: 'section',
        lesson: lesson.id,
        title: lesson.title,
        heading: section.title,
        points: section.keyPoints,
        field: `sections[${i}].keyPoints`,
        ...(section.notes ? { notes: section.notes } : {}),
      }),
    );
  }
  slides.push(supportSlide(course, 'Leave this up as people leave.'));
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
  const note = noteSlide(lesson);
  if (note) slides.push(note);
  for (const [key, heading] of BRIEFING_HEADINGS) {
    slides.push({ kind: 'section', lesson: lesson.id, title, heading, points: lesson.briefing?.[key] ?? [], field: `briefing.${key}` });
  }
  slides.push(supportSlide(course));
  return slides;
}
