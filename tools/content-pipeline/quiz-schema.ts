/**
 * The shape of scenario and knowledge-check files, as authors write them (validated at
 * build, never shipped). A scenario is a small graph of steps: decisions whose choices may
 * lead to different steps, consequences, and an end with the debrief.
 */
import { z } from 'zod';
import { idSchema, markdown, practisesSchema, text } from './schema.ts';
import { characterSchema } from './character-schema.ts';

/** Choice ids are one character so SCORM 1.2 can report them (cmi.interactions choice format). */
export const choiceIdSchema = z.string({ error: 'is required' }).regex(/^[0-9a-z]$/, {
  error: 'must be one character, a-z or 0-9 (SCORM 1.2 reports choices that way)',
});

/** "lesson-id" or "lesson-id#section-id": the lesson that teaches what this step tests. */
const lessonRef = z.string({ error: 'is required' }).regex(/^[a-z0-9-]+(#[a-z0-9-]+)?$/, {
  error: 'must be a lesson id, optionally with #section-id',
});

export const choiceSchema = z.strictObject({
  id: choiceIdSchema,
  text: text(),
  /** For single and multiple: whether choosing it is right. Not used by ordering. */
  correct: z.boolean().default(false),
  /** Why, in the systems spirit of reviews (Markdown). */
  feedback: markdown(),
  /** Where this choice leads; otherwise the step's `next`. */
  next: idSchema.optional(),
});

export const stepSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('decision'),
      id: idSchema,
      type: z.enum(['single', 'multiple', 'ordering'], { error: 'must be single, multiple or ordering' }),
      prompt: markdown(),
      lesson: lessonRef,
      /** How much this decision counts; every path through a scenario must weigh the same. */
      weight: z.number().positive().default(1),
      choices: z.array(choiceSchema).min(2, { error: 'needs at least two choices' }).max(8),
      /** For ordering: the choice ids in the right order. */
      order: z.array(choiceIdSchema).optional(),
      next: idSchema.optional(),
      /** The leaflet bullets (theme.bullet) this decision practises; at most two. */
      practises: practisesSchema,
    }),
    z.strictObject({
      kind: z.literal('consequence'),
      id: idSchema,
      /** What happened next, shown after a decision (Markdown). */
      text: markdown(),
      next: idSchema,
    }),
    z.strictObject({
      kind: z.literal('end'),
      id: idSchema,
      /** The debrief (Markdown). */
      text: markdown(),
    }),
  ],
  { error: 'kind must be decision, consequence or end' },
);

export const scenarioFileSchema = z.strictObject({
  id: idSchema,
  title: text(),
  /** The theme lesson this scenario is about (per-theme breakdown on the results screen). */
  theme: idSchema,
  /** Scenarios are fictional composites (no detail from a real review) and say so on screen. */
  fictional: z.literal(true, { error: 'must be true: scenarios are fictional composites and say so on screen' }),
  contentNote: z.strictObject({ topics: z.array(text()).min(1), text: text() }).optional(),
  /** The short fictional setting (Markdown). */
  setting: markdown(),
  /** The adults in the setting, drawn beside it; never a child. */
  characters: z.array(characterSchema).max(6, { error: 'at most 6: the row must stay small on a phone' }).default([]),
  start: idSchema,
  steps: z.array(stepSchema).min(2),
  /** For the briefing mode. */
  facilitatorNotes: text(),
  discussion: z.array(text()).min(1, { error: 'needs at least one discussion question' }),
});

export const assessmentFileSchema = z.strictObject({
  /** Scenario ids, in the order they are taken. */
  scenarios: z.array(idSchema).min(1),
  /** 0 means unlimited. */
  attempts: z.number().int().min(0).max(25, { error: 'must be at most 25 (0 means unlimited)' }).default(0),
  /** Which result counts when a learner tries again before passing. */
  keep: z.enum(['best', 'last']).default('best'),
  /**
   * Question banks: for a theme with more scenarios than a learner needs, draw this many
   * of them for each attempt (the draw is kept if the learner stops and comes back).
   */
  banks: z.array(z.strictObject({ theme: idSchema, draw: z.number().int().min(1) })).default([]),
});

export type ScenarioFile = z.infer<typeof scenarioFileSchema>;
export type StepFile = z.infer<typeof stepSchema>;
export type AssessmentFile = z.infer<typeof assessmentFileSchema>;
