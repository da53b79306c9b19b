/**
 * One decision, in any of the three forms: single choice (radios), multiple response
 * (checkboxes) and ordering (a list moved with buttons, never drag-only). Used by the
 * knowledge checks, the assessment and the briefing mode. Keyboard-only throughout;
 * after an answer, feedback sits next to each choice and is announced in a live region.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { MdNode } from '../../course/types.ts';
import type { QuizChoice } from '../../course/quiz-types.ts';
import { Markdown } from '../markdown.tsx';
import { OrderingList } from './ordering-list.tsx';

export interface DecisionLike {
  type: 'single' | 'multiple' | 'ordering';
  prompt: MdNode[];
  choices: QuizChoice[];
  order?: string[];
}

interface Props {
  decision: DecisionLike;
  /** The answer given, once given: the form then shows feedback and cannot change. */
  answered?: string[];
  onAnswer: (response: string[]) => void;
  /** Said in the live region after answering, e.g. "Right." or "Partly right." */
  verdict?: string;
  submitLabel?: string;
  /** No choice is right or wrong (an open check): feedback shows for chosen answers only, with no verdict on them. */
  unmarked?: boolean;
}

/** Ordering starts in an order that is never already right. */
function startingOrder(choices: QuizChoice[], order: string[] | undefined): string[] {
  const ids = choices.map((c) => c.id);
  const rotated = [...ids.slice(1), ids[0]];
  return order && rotated.every((id, i) => id === order[i]) ? [...ids].reverse() : rotated;
}

export function DecisionForm({ decision, answered, onAnswer, verdict, submitLabel = 'Submit answer', unmarked = false }: Props) {
  const name = useId();
  const [picked, setPicked] = useState<string[]>(() =>
    decision.type === 'ordering' ? startingOrder(decision.choices, decision.order) : [],
  );
  const [error, setError] = useState('');
  const done = answered !== undefined;
  const shown = answered ?? picked;
  // Answering removes the submit button and disables the choices: move focus to the verdict
  // so it is not lost (not when the form opens already answered, as on a resume).
  const verdictRef = useRef<HTMLParagraphElement>(null);
  const wasDone = useRef(done);
  useEffect(() => {
    if (done && !wasDone.current) verdictRef.current?.focus();
    wasDone.current = done;
  }, [done]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (done) return;
    if (picked.length === 0) {
      setError(decision.type === 'single' ? 'Choose an answer first.' : 'Choose at least one answer first.');
      return;
    }
    setError('');
    onAnswer(picked);
  };

  const toggle = (id: string, checked: boolean) =>
    setPicked((now) => (decision.type === 'single' ? [id] : checked ? [...now, id] : now.filter((x) => x !== id)));

  const choiceById = new Map(decision.choices.map((c) => [c.id, c]));
  return (
    <form onSubmit={submit} className="decision" noValidate>
      <fieldset disabled={done}>
        <legend className="decision-prompt">
          <Markdown nodes={decision.prompt} />
        </legend>
        {decision.type === 'multiple' && <p className="hint">Choose all that apply.</p>}
        {decision.type === 'ordering' ? (
          <OrderingList order={shown} choices={choiceById} onChange={setPicked} answered={done} correctOrder={decision.order} />
        ) : (
          <ul className="choices">
            {decision.choices.map((c) => {
              const chosen = shown.includes(c.id);
              const marked = done && chosen ? (unmarked ? 'chosen' : c.correct ? 'chosen right' : 'chosen wrong') : undefined;
              const withFeedback = done && (unmarked ? chosen && c.feedback.length > 0 : chosen || c.correct);
              return (
                <li key={c.id} className={marked}>
                  <label>
                    <input
                      type={decision.type === 'single' ? 'radio' : 'checkbox'}
                      name={name}
                      value={c.id}
                      checked={chosen}
                      onChange={(e) => toggle(c.id, e.target.checked)}
                    />
                    {c.text}
                  </label>
                  {withFeedback && (
                    <div className="feedback">
                      <p className="feedback-label">
                        {unmarked
                          ? 'Your choice.'
                          : chosen
                            ? c.correct
                              ? 'Your choice: right.'
                              : 'Your choice: not the best answer.'
                            : 'A right answer you did not choose.'}
                      </p>
                      <Markdown nodes={c.feedback} />
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </fieldset>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {!done && (
        <button type="submit" className="button primary">
          {submitLabel}
        </button>
      )}
      <div role="status" aria-live="polite" className="visually-hidden">
        {done ? verdict : ''}
      </div>
      {done && verdict && (
        <p className="verdict" ref={verdictRef} tabIndex={-1}>
          {verdict}
        </p>
      )}
    </form>
  );
}
