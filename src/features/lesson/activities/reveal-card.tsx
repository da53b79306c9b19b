/**
 * One reveal card: its front asks something, the learner commits to one of its options
 * (none is right), then its back shows. The options stay where they are, marked as
 * pressed, so focus is never lost; turning the card back returns focus to its options.
 * The back is in the page from the start, hidden, so a printed lesson shows it.
 */
import { useId, useRef } from 'react';
import type { RevealActivity } from '../../../course/activity-types.ts';
import { Markdown } from '../../../components/markdown.tsx';

type Card = RevealActivity['cards'][number];

interface Props {
  card: Card;
  number: number;
  of: number;
  chosen: number | undefined;
  onChoose: (option: number) => void;
  onReset: () => void;
}

export function RevealCard({ card, number, of, chosen, onChoose, onReset }: Props) {
  const frontId = useId();
  const firstOption = useRef<HTMLButtonElement>(null);
  const turned = chosen !== undefined;
  return (
    <div className={turned ? 'reveal-card turned' : 'reveal-card'} role="group" aria-labelledby={frontId}>
      <p className="reveal-front" id={frontId}>
        <span className="reveal-number">
          Card {number} of {of}:{' '}
        </span>
        {card.front}
      </p>
      <p className="hint no-print">{turned ? 'You chose:' : 'Choose one to turn the card over.'}</p>
      <div className="reveal-options no-print">
        {card.options.map((option, i) => (
          <button
            key={option}
            ref={i === 0 ? firstOption : undefined}
            type="button"
            className="option-button"
            aria-pressed={chosen === i}
            // Committed: the choice cannot change, but the buttons stay focusable (a disabled
            // button drops the focus of whoever just pressed it).
            aria-disabled={turned || undefined}
            onClick={() => {
              if (!turned) onChoose(i);
            }}
          >
            {option}
          </button>
        ))}
      </div>
      <div className="reveal-back" hidden={!turned}>
        <p className="feedback-label">On the back</p>
        <Markdown nodes={card.back} />
      </div>
      {turned && (
        <button
          type="button"
          className="button no-print"
          onClick={() => {
            onReset();
            firstOption.current?.focus();
          }}
        >
          Turn this card back<span className="visually-hidden">: card {number}</span>
        </button>
      )}
    </div>
  );
}
