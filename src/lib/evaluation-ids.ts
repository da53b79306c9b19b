/**
 * The course evaluation's question ids, apart from their texts (lib/evaluation.ts), so the
 * saved state can read and write the answers without the texts reaching the first load.
 * Stable: they name the answers in the saved state and the LMS's likert interactions.
 */
export const EVALUATION_IDS = ['before', 'after', 'useful', 'role'] as const;

export type EvaluationId = (typeof EVALUATION_IDS)[number];

export const isEvaluationAnswer = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 5;
