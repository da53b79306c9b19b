/**
 * What happened next, opening with the choice that led to it, so the branch is visible:
 * different choices lead to different consequences.
 */
import type { ConsequenceStep, Scenario } from '../../course/quiz-types.ts';
import type { Answer } from '../../course/progress.ts';
import { Markdown } from '../../components/markdown.tsx';
import { chosenText, ledTo } from '../../lib/scenario-path.ts';

interface Props {
  scenario: Scenario;
  step: ConsequenceStep;
  answers: Answer[];
}

export function ConsequenceView({ scenario, step, answers }: Props) {
  const led = ledTo(scenario, answers, step.id);
  return (
    <section className="consequence" aria-labelledby="step-heading">
      <h2 id="step-heading" tabIndex={-1}>
        What happened next
      </h2>
      {led && (
        <p className="you-chose">
          <strong>You chose:</strong> {chosenText(led.decision, led.response)}
        </p>
      )}
      <Markdown nodes={step.text} />
    </section>
  );
}
