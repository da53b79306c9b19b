/** The learner's own evaluation answers, as they were kept. */
import { EVALUATION_QUESTIONS } from '../../lib/evaluation.ts';

export function EvaluationAnswers({ answers }: { answers: Record<string, number> }) {
  return (
    <dl className="evaluation-answers">
      {EVALUATION_QUESTIONS.map((q) => (
        <div key={q.id}>
          <dt>{q.text}</dt>
          <dd>{answers[q.id] === undefined ? 'Not answered' : `${answers[q.id]} out of 5`}</dd>
        </div>
      ))}
    </dl>
  );
}
