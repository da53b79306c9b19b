/**
 * The unscored check at the end of a theme lesson: answer, read why, move on. Nothing is
 * saved or reported; trying again simply starts the check afresh.
 */
import { useState } from 'react';
import type { KnowledgeCheck as Check } from '../../course/quiz-types.ts';
import { credit } from '../../lib/quiz-rules.ts';
import { DecisionForm } from './decision-form.tsx';
import { verdictFor } from './verdict.ts';

export function KnowledgeCheck({ check }: { check: Check }) {
  const [answer, setAnswer] = useState<string[] | undefined>();
  const [round, setRound] = useState(0);
  // An open check is answered like a multiple-response one, but nothing in it is right or wrong.
  const open = check.type === 'open';
  const decision = { ...check, type: check.type === 'open' ? 'multiple' : check.type } as const;
  const score =
    answer && !open ? credit({ ...decision, kind: 'decision', promptText: '', lesson: { id: '', title: '' }, weight: 1 }, answer) : 0;
  return (
    <section className="knowledge-check" aria-labelledby={`check-${check.id}`}>
      <h2 id={`check-${check.id}`}>Check your understanding</h2>
      <p className="hint">This is not scored and nothing is recorded.</p>
      <DecisionForm
        key={round}
        decision={decision}
        answered={answer}
        onAnswer={setAnswer}
        verdict={answer && !open ? verdictFor(score) : undefined}
        submitLabel="Check my answer"
      />
      {answer && (
        <button
          type="button"
          className="button"
          onClick={() => {
            setAnswer(undefined);
            setRound((r) => r + 1);
          }}
        >
          Try the check again
        </button>
      )}
    </section>
  );
}
