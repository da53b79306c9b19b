/** A review of every decision in an attempt: the answer given, the right answer, and why. */
import type { Assessment } from '../../course/quiz-types.ts';
import { Markdown } from '../../components/markdown.tsx';
import { correctResponse, credit, walk } from '../../lib/quiz-rules.ts';
import type { Answer } from '../../course/progress.ts';
import { verdictFor } from '../../components/quiz/verdict.ts';

export function AnswerReview({ assessment, answers }: { assessment: Assessment; answers: Answer[] }) {
  const byKey = new Map(answers.map((a) => [`${a.scenario}/${a.step}`, a]));
  const decisions = walk(assessment, answers).visited.flatMap(({ scenario, step }) => {
    const sc = assessment.scenarios.find((s) => s.id === scenario)!;
    const st = sc.steps[step];
    const answer = byKey.get(`${scenario}/${step}`);
    return st.kind === 'decision' && answer ? [{ sc, st, answer }] : [];
  });
  return (
    <section aria-labelledby="review-heading" className="answer-review">
      <h2 id="review-heading">Review your answers</h2>
      <ol>
        {decisions.map(({ sc, st, answer }) => {
          const text = (ids: string[]) =>
            ids.map((id) => st.choices.find((c) => c.id === id)?.text ?? id).join(st.type === 'ordering' ? ', then ' : '; ');
          return (
            <li key={`${sc.id}/${st.id}`}>
              <p className="review-scenario">{sc.title}</p>
              <Markdown nodes={st.prompt} />
              <p>
                <strong>Your answer:</strong> {text(answer.response)}
              </p>
              <p>
                <strong>{st.type === 'ordering' ? 'The best order' : 'The best answer'}:</strong> {text(correctResponse(st))}
              </p>
              <p>{verdictFor(credit(st, answer.response))}</p>
              {answer.response
                .map((id) => st.choices.find((c) => c.id === id))
                .filter((c) => c !== undefined)
                .map((c) => (
                  <div key={c.id} className="feedback">
                    <Markdown nodes={c.feedback} />
                  </div>
                ))}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
