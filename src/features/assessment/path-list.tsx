/**
 * The path a learner took through a scenario, as an ordered list a screen reader reads in
 * order: each decision, what they chose, how right it was and what happened. The mark beside
 * each verdict repeats its words (never colour alone); the line joining the steps is drawn
 * by CSS and is decoration only.
 */
import type { Scenario } from '../../course/quiz-types.ts';
import type { Answer } from '../../course/progress.ts';
import { chosenText, gist, inPlace, questionOf, scenarioPath } from '../../lib/scenario-path.ts';
import { shortVerdict } from '../../components/quiz/verdict.ts';

const MARK = { Right: '✓', 'Partly right': '◐', 'Not the best answer': '✗' } as const;

export function PathList({ scenario, answers }: { scenario: Scenario; answers: Answer[] }) {
  const path = scenarioPath(scenario, answers);
  if (path.length === 0) return null;
  const headingId = `path-${scenario.id}`;
  return (
    <section className="path" aria-labelledby={headingId}>
      <h3 id={headingId}>Your path through this scenario</h3>
      <ol className="path-steps">
        {path.map((entry, i) => {
          const verdict = shortVerdict(entry.credit);
          return (
            <li key={entry.decision.id} className={verdict === 'Right' ? 'path-step is-right' : 'path-step'}>
              <p className="path-question">
                <span className="path-label">Decision {i + 1}:</span> {questionOf(entry.decision.promptText)}
              </p>
              <p>
                <span className="path-label">You chose:</span>{' '}
                {/* An order in full is a paragraph of steps: here, how much of it was right; the review has it all. */}
                {entry.decision.type === 'ordering'
                  ? `an order with ${inPlace(entry.decision, entry.response)} of ${entry.response.length} steps in the right place`
                  : chosenText(entry.decision, entry.response)}
              </p>
              <p>
                <span className="path-mark" aria-hidden="true">
                  {MARK[verdict]}
                </span>{' '}
                {verdict}.
                {entry.consequences.map((c) => (
                  <span key={c.id}>
                    {' '}
                    <span className="path-label">What happened:</span> {gist(c.text)}
                  </span>
                ))}
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
