/**
 * A scenario's situation. In full at its first step; after that it folds away behind
 * "Show the situation", so on a phone the next decision is on the first screen and the
 * learner can still read the situation again. The people in it are drawn only at the first
 * step.
 */
import type { Scenario } from '../../course/quiz-types.ts';
import { Markdown } from '../../components/markdown.tsx';
import { ScenarioPeople } from '../../components/scenario-people.tsx';

export function Setting({ scenario, collapsed }: { scenario: Scenario; collapsed: boolean }) {
  if (!collapsed) {
    return (
      <section className="setting" aria-label="The situation">
        <Markdown nodes={scenario.setting} />
        <ScenarioPeople characters={scenario.characters} />
      </section>
    );
  }
  return (
    <details className="setting setting-folded">
      <summary>Show the situation</summary>
      <Markdown nodes={scenario.setting} />
    </details>
  );
}
