/**
 * The shape of the files in content/, as authors write them. Validated at build time
 * only (this module never ships to the browser). Each message is written for a
 * content editor, not a programmer.
 */
import { z } from 'zod';
import { PASS_MARK_RULE, isPassMark } from '../../src/lib/pass-mark.ts';
import { compileMarkdown } from './markdown.ts';
import { PHONE_RULE, isPhoneNumber, unsafeTextReason, unsafeUrlReason } from '../../src/lib/safe-text.ts';

/** Stable ids end up in saved progress and LMS reports, so they are short and plain. */
export const idSchema = z.string({ error: 'is required and must be text' }).regex(/^[a-z0-9][a-z0-9-]{0,39}$/, {
  error: 'must be 1-40 characters of lower-case letters, digits and hyphens, starting with a letter or digit',
});

const required = (what: string) =>
  z
    .string({ error: `is required and must be ${what}` })
    .trim()
    .min(1, { error: 'must not be empty' });

/**
 * Plain text, shown as written: markup and script or data addresses are refused in every
 * such field (src/lib/safe-text.ts has the rule, shared with the settings reader).
 */
export const text = (what = 'text') =>
  required(what).superRefine((value, ctx) => {
    const reason = unsafeTextReason(value);
    if (reason) ctx.addIssue({ code: 'custom', message: reason });
  });

/**
 * Markdown, compiled at build. Its compiler's problems (raw HTML, unsafe or unknown kinds of
 * link) are reported with the file's schema too, so they are listed even when another field
 * of the same file is wrong; the compile step later finds the same ones, listed once.
 */
export const markdown = () =>
  required('Markdown text').superRefine((value, ctx) => {
    for (const message of compileMarkdown(value).errors) ctx.addIssue({ code: 'custom', message });
  });

/** A web address the course links to: https only, never script or data. */
export const webAddress = () =>
  z.string({ error: 'must be a full https:// web address' }).superRefine((value, ctx) => {
    const reason = unsafeUrlReason(value);
    if (reason || !value.startsWith('https://')) ctx.addIssue({ code: 'custom', message: reason ?? 'must be a full https:// web address' });
  });

/** A phone number: it becomes a tel: link, so it may only ever dial. */
export const phone = () =>
  required('a phone number').superRefine((value, ctx) => {
    const reason = unsafeTextReason(value) ?? (isPhoneNumber(value) ? undefined : `must be a phone number: ${PHONE_RULE}`);
    if (reason) ctx.addIssue({ code: 'custom', message: reason });
  });

export const supportContactSchema = z.strictObject({
  id: idSchema,
  name: text(),
  detail: text(),
  phone: phone().optional(),
  hours: text().optional(),
});

export const courseFileSchema = z.strictObject({
  id: idSchema,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, { error: 'must look like 1.0.0' }),
  title: text(),
  description: text(),
  /** What the learner will be able to do after the course: the course map's cover lists them. */
  outcomes: z
    .array(text(), { error: 'must be a list of short sentences' })
    .max(6, { error: 'may list at most six: a cover shows a few, each lesson lists its own' })
    .default([]),
  organisation: text(),
  passMark: z.number({ error: 'is required and must be a number' }).refine(isPassMark, { error: `must be ${PASS_MARK_RULE}` }),
  /**
   * The final assessment opens only once every lesson is done, unless this is false: then
   * it can be taken at any time, and passing it completes the course.
   */
  assessmentAfterLessons: z.boolean({ error: 'must be true or false' }).default(true),
  /**
   * A lesson the learner skips on its content note counts towards finishing the lessons.
   * Off by default; an LMS administrator may turn it on in settings.json.
   */
  countSkippedLessons: z.boolean({ error: 'must be true or false' }).default(false),
  lessons: z.array(idSchema, { error: 'must be a list of lesson ids' }).min(1, { error: 'must list at least one lesson' }),
  optional: z.array(idSchema).default([]),
  support: z.array(supportContactSchema).min(1, { error: 'must list at least one support contact' }),
});

export const glossaryFileSchema = z.strictObject({
  terms: z.array(
    z.strictObject({
      id: idSchema,
      term: text(),
      /** Other spellings that count as a mention, e.g. "CAF" for the Common Assessment Framework. */
      aliases: z.array(text()).default([]),
      definition: text(),
      source: text(),
    }),
  ),
});

/**
 * "theme.bullet-id": a bullet of the leaflet's themes (content/leaflet-points.yaml) that a
 * question practises. A question may claim at most two, so each claim means something.
 */
export const practisesSchema = z
  .array(z.string().regex(/^[a-z0-9-]+\.[a-z0-9-]+$/, { error: 'must be theme.bullet, e.g. babies.methadone-soother' }))
  .max(2, { error: 'a question may practise at most two leaflet bullets: split it, or claim the two it really tests' })
  .default([]);

const optionIdSchema = z.string().regex(/^[0-9a-z]$/, { error: 'must be one character, a-z or 0-9' });

/** The knowledge-check types: single, multiple, or open (several may be chosen, none is right). */
export const checkSchema = z.strictObject({
  id: idSchema,
  type: z.enum(['single', 'multiple', 'open'], { error: 'must be single, multiple or open' }),
  prompt: markdown(),
  choices: z
    .array(
      z.strictObject({
        id: optionIdSchema,
        text: text(),
        correct: z.boolean().default(false),
        feedback: markdown().optional(),
      }),
    )
    .min(2)
    .max(8),
  /** Shown once answered, whatever was chosen; required for an open check. */
  feedback: markdown().optional(),
  practises: practisesSchema,
});

/** Cards the learner turns over after committing to one of the card's options. */
const revealSchema = z.strictObject({
  id: idSchema,
  prompt: markdown(),
  cards: z
    .array(
      z.strictObject({
        id: optionIdSchema,
        front: text(),
        /** What the learner commits to before the back is shown; none is marked right. */
        options: z.array(text()).min(2, { error: 'needs at least two options to choose from' }).max(4),
        back: markdown(),
      }),
    )
    .min(1)
    .max(6),
});

/** Sort items into groups, by choosing (never dragging). */
const sortSchema = z.strictObject({
  id: idSchema,
  prompt: markdown(),
  groups: z
    .array(z.strictObject({ id: idSchema, label: text() }))
    .min(2)
    .max(4),
  items: z
    .array(z.strictObject({ id: optionIdSchema, text: text(), group: idSchema, feedback: markdown() }))
    .min(2)
    .max(10),
  practises: practisesSchema,
});

const ACTIVITY_KINDS = ['text', 'reveal', 'sort', 'check'] as const;

/** One activity: exactly one of text (Markdown), reveal, sort or check. */
export const activitySchema = z
  .strictObject({
    text: markdown().optional(),
    reveal: revealSchema.optional(),
    sort: sortSchema.optional(),
    check: checkSchema.optional(),
  })
  .superRefine((value, ctx) => {
    const kinds = ACTIVITY_KINDS.filter((k) => value[k] !== undefined);
    if (kinds.length !== 1)
      ctx.addIssue({ code: 'custom', message: `must have exactly one of ${ACTIVITY_KINDS.join(', ')}, not ${kinds.length}` });
  });

export const lessonFileSchema = z.strictObject({
  id: idSchema,
  title: text(),
  kind: z.enum(['intro', 'review', 'theme', 'summary'], { error: 'must be one of intro, review, theme, summary' }),
  outcomes: z.array(text()).min(1, { error: 'must list at least one learning outcome' }),
  contentNote: z
    .strictObject({
      topics: z.array(text()).min(1, { error: 'must name at least one topic' }),
      text: text(),
      /** true: a full page before the lesson; left out: a compact note at the top of its first section. */
      gate: z.boolean({ error: 'must be true or false' }).optional(),
      /** A shorter form of `text` for a projected slide (the build checks every slide fits). */
      slide: text().optional(),
    })
    .optional(),
  review: z
    .strictObject({
      code: text(),
      type: z.enum(['serious case review', 'serious incident learning review'], {
        error: 'must be "serious case review" or "serious incident learning review"',
      }),
      /** Quoted from the leaflet word for word; the build checks it is there. */
      summary: text(),
    })
    .optional(),
  sections: z
    .array(
      z.strictObject({
        id: idSchema,
        title: text(),
        body: markdown(),
        /** Glossary ids explained in this section (where the term first appears). */
        keyTerms: z.array(idSchema).default([]),
        /** For the briefing mode: short points for a slide, and notes for the facilitator. */
        keyPoints: z.array(text()).default([]),
        notes: text().optional(),
        /** What the learner does after the body, in order (see activitySchema). */
        activities: z.array(activitySchema).default([]),
      }),
    )
    .min(1, { error: 'must have at least one section' }),
  reflection: z.array(z.strictObject({ id: idSchema, text: text() })).default([]),
  /**
   * A 7-minute briefing on this theme, with the fixed headings local partnerships use.
   * Each heading holds 1-4 short points for a slide.
   */
  briefing: z
    .strictObject({
      background: z.array(text()).min(1).max(4),
      whyItMatters: z.array(text()).min(1).max(4),
      information: z.array(text()).min(1).max(4),
      whatWeLearnt: z.array(text()).min(1).max(4),
      whatToDo: z.array(text()).min(1).max(4),
      questions: z.array(text()).min(1).max(4),
      furtherInformation: z.array(text()).min(1).max(4),
    })
    .optional(),
  /** An unscored knowledge check at the end of the lesson (theme lessons have one). */
  check: checkSchema.optional(),
  sources: z
    .array(z.strictObject({ title: text(), by: text().optional(), url: webAddress().optional() }))
    .min(1, { error: 'must list at least one source' }),
});

export type CourseFile = z.infer<typeof courseFileSchema>;
export type GlossaryFile = z.infer<typeof glossaryFileSchema>;
export type LessonFile = z.infer<typeof lessonFileSchema>;
export type CheckFile = z.infer<typeof checkSchema>;
export type ActivityFile = z.infer<typeof activitySchema>;
