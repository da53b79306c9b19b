/**
 * An ordering answer: each item has Move up and Move down buttons, so it works with a
 * keyboard, a switch or touch, with no dragging. Moves are announced.
 */
import { useEffect, useRef, useState } from 'react';
import type { QuizChoice } from '../../course/quiz-types.ts';
import { Markdown } from '../markdown.tsx';

interface Props {
  order: string[];
  choices: Map<string, QuizChoice>;
  onChange: (order: string[]) => void;
  answered: boolean;
  correctOrder?: string[];
}

export function OrderingList({ order, choices, onChange, answered, correctOrder }: Props) {
  const [said, setSaid] = useState('');
  // After a move, focus follows the moved item: on the same button, or on the other one
  // when the item reached the top or bottom and that button is now disabled.
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [follow, setFollow] = useState<{ id: string; dir: 'up' | 'down' }>();
  useEffect(() => {
    if (!follow) return;
    const same = buttons.current.get(`${follow.id}-${follow.dir}`);
    const other = buttons.current.get(`${follow.id}-${follow.dir === 'up' ? 'down' : 'up'}`);
    (same && !same.disabled ? same : other)?.focus();
    setFollow(undefined);
  }, [follow, order]);
  const move = (from: number, to: number) => {
    const next = [...order];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item);
    onChange(next);
    setFollow({ id: item, dir: to < from ? 'up' : 'down' });
    setSaid(`${choices.get(item)?.text} moved to position ${to + 1} of ${order.length}.`);
  };
  const keep = (key: string) => (el: HTMLButtonElement | null) => {
    if (el) buttons.current.set(key, el);
    else buttons.current.delete(key);
  };
  return (
    <>
      <p className="hint">Put these in the order you would take them, first at the top. Use the Move up and Move down buttons.</p>
      <ol className="ordering">
        {order.map((id, i) => {
          const choice = choices.get(id)!;
          const right = correctOrder?.[i] === id;
          return (
            <li key={id} className={answered ? (right ? 'chosen right' : 'chosen wrong') : undefined}>
              <span className="ordering-text">{choice.text}</span>
              {!answered && (
                <span className="ordering-buttons">
                  <button type="button" ref={keep(`${id}-up`)} onClick={() => move(i, i - 1)} disabled={i === 0}>
                    Move up<span className="visually-hidden">: {choice.text}</span>
                  </button>
                  <button type="button" ref={keep(`${id}-down`)} onClick={() => move(i, i + 1)} disabled={i === order.length - 1}>
                    Move down<span className="visually-hidden">: {choice.text}</span>
                  </button>
                </span>
              )}
              {answered && (
                <div className="feedback">
                  <p className="feedback-label">
                    {right ? 'In the right place.' : `Better at position ${(correctOrder?.indexOf(id) ?? 0) + 1}.`}
                  </p>
                  <Markdown nodes={choice.feedback} />
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <div role="status" aria-live="polite" className="visually-hidden">
        {said}
      </div>
    </>
  );
}
