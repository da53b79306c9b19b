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
  organisation: text(),
  passMark: z.number({ error: 'is required and must be a number' }).refine(isPassMark, { error: `must be ${PASS_MARK_RULE}` }),
  /**
   * The final assessment opens only once every lesson is done, unless this is false: then
   * it can be taken at any time, and passing it completes the course.
   */
  assessmentAfterLessons: z.boolean({ error: 'must be true or false' }).default(true),
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

export const lessonFileSchema = z.strictObject({
  id: idSchema,
  title: text(),
  kind: z.enum(['intro', 'review', 'theme', 'summary'], { error: 'must be one of intro, review, theme, summary' }),
  minutes: z
    .number({ error: 'is required and must be a number' })
    .int({ error: 'must be a whole number' })
    .min(1, { error: 'must be at least 1' })
    .max(30, { error: 'must be at most 30: split a longer lesson' }),
  outcomes: z.array(text()).min(1, { error: 'must list at least one learning outcome' }),
  contentNote: z
    .strictObject({
      topics: z.array(text()).min(1, { error: 'must name at least one topic' }),
      text: text(),
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
  check: z
    .strictObject({
      id: idSchema,
      type: z.enum(['single', 'multiple'], { error: 'must be single or multiple' }),
      prompt: markdown(),
      choices: z
        .array(
          z.strictObject({
            id: z.string().regex(/^[0-9a-z]$/, { error: 'must be one character, a-z or 0-9' }),
            text: text(),
            correct: z.boolean().default(false),
            feedback: markdown(),
          }),
        )
        .min(2)
        .max(8),
    })
    .optional(),
  sources: z
    .array(z.strictObject({ title: text(), by: text().optional(), url: webAddress().optional() }))
    .min(1, { error: 'must list at least one source' }),
});

export type CourseFile = z.infer<typeof courseFileSchema>;
export type GlossaryFile = z.infer<typeof glossaryFileSchema>;
export type LessonFile = z.infer<typeof lessonFileSchema>;
