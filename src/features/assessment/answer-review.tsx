/**
 * A review of every decision in an attempt: the answer given, the right answer, why, and
 * what happened next. Folded per scenario, each with its score, so the result stays on one
 * screen and the learner opens the scenarios they want to look at again.
 */
import type { Assessment, Scenario } from '../../course/quiz-types.ts';
import { Markdown } from '../../components/markdown.tsx';
import { correctResponse } from '../../lib/quiz-rules.ts';
import type { Answer } from '../../course/progress.ts';
import { verdictFor } from '../../components/quiz/verdict.ts';
import { chosenText, gist, pathScore, scenarioPath, type PathEntry } from '../../lib/scenario-path.ts';

export function AnswerReview({ assessment, answers }: { assessment: Assessment; answers: Answer[] }) {
  return (
    <section aria-labelledby="review-heading" className="answer-review">
      <h2 id="review-heading">Review your answers</h2>
      <p>Open a scenario to see each decision, your answer, the best answer and what happened.</p>
      {assessment.scenarios.map((sc) => (
        <ScenarioReview key={sc.id} scenario={sc} answers={answers} />
      ))}
    </section>
  );
}

function ScenarioReview({ scenario, answers }: { scenario: Scenario; answers: Answer[] }) {
  const path = scenarioPath(scenario, answers);
  const right = path.filter((e) => e.credit >= 1).length;
  return (
    <details className="review-scenario">
      <summary>
        <span className="review-title">{scenario.title}:</span>{' '}
        <span className="review-score">
          {pathScore(path)}%, {right} of {path.length} {path.length === 1 ? 'decision' : 'decisions'} right
        </span>
      </summary>
      <ol>
        {path.map((entry) => (
          <DecisionReview key={entry.decision.id} entry={entry} />
        ))}
      </ol>
    </details>
  );
}

function DecisionReview({ entry }: { entry: PathEntry }) {
  const { decision, response } = entry;
  return (
    <li className="review-decision">
      <Markdown nodes={decision.prompt} />
      <p>
        <strong>Your answer:</strong> {chosenText(decision, response)}
      </p>
      <p>
        <strong>{decision.type === 'ordering' ? 'The best order' : 'The best answer'}:</strong>{' '}
        {chosenText(decision, correctResponse(decision))}
      </p>
      <p>{verdictFor(entry.credit)}</p>
      {response
        .map((id) => decision.choices.find((c) => c.id === id))
        .filter((c) => c !== undefined)
        .map((c) => (
          <div key={c.id} className="feedback">
            <Markdown nodes={c.feedback} />
          </div>
        ))}
      {entry.consequences.map((c) => (
        <p key={c.id}>
          <strong>What happened next:</strong> {gist(c.text)}
        </p>
      ))}
    </li>
  );
}
