/**
 * Turns the counted attempt's answers into LMS interactions: one per scored decision, with
 * a stable id, the type SCORM 1.2 also knows (choice or sequencing), the learner's
 * response and the correct pattern, the result, weighting and latency.
 */
import type { Assessment } from '../course/quiz-types.ts';
import type { InteractionRecord } from '../course/tracking.ts';
import { correctResponse, credit } from './quiz-rules.ts';
import type { Answer } from '../course/progress.ts';

/** Interaction ids are [A-Za-z0-9_-]: scenario and step ids are [a-z0-9-], joined by "_". */
export const interactionId = (scenario: string, step: string) => `${scenario}_${step}`.slice(0, 255);

export function toInteractions(assessment: Assessment, answers: Answer[], now: Date): InteractionRecord[] {
  const records: InteractionRecord[] = [];
  for (const answer of answers) {
    const step = assessment.scenarios.find((s) => s.id === answer.scenario)?.steps[answer.step];
    if (!step || step.kind !== 'decision') continue;
    const got = credit(step, answer.response);
    records.push({
      id: interactionId(answer.scenario, answer.step),
      type: step.type === 'ordering' ? 'sequencing' : 'choice',
      response: answer.response,
      correct: correctResponse(step),
      result: got >= 1 ? 'correct' : 'wrong',
      weighting: step.weight,
      latencyMs: answer.seconds * 1000,
      // When the learner answered; older saved answers carry no time, so the report time stands in.
      time: answer.at === undefined ? now : new Date(answer.at),
      description: step.promptText,
    });
  }
  return records;
}
