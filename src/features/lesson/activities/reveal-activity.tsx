/** Reveal cards: a prompt, then cards the learner turns over after committing to an answer. */
import { useId, useState } from 'react';
import type { RevealActivity as Reveal } from '../../../course/activity-types.ts';
import { Markdown } from '../../../components/markdown.tsx';
import { mdText } from '../../../lib/md-text.ts';
import { LiveRegion } from './live-region.tsx';
import { RevealCard } from './reveal-card.tsx';

export function RevealActivity({ activity }: { activity: Reveal }) {
  const headingId = useId();
  // Component state only: nothing here is saved or reported.
  const [chosen, setChosen] = useState<Record<string, number>>({});
  const [said, setSaid] = useState('');
  const { cards } = activity;
  return (
    <section className="activity reveal-activity" aria-labelledby={headingId}>
      <h3 id={headingId}>Think, then turn over</h3>
      <div className="activity-prompt">
        <Markdown nodes={activity.prompt} />
      </div>
      <ul className="reveal-cards">
        {cards.map((card, i) => (
          <li key={card.id}>
            <RevealCard
              card={card}
              number={i + 1}
              of={cards.length}
              chosen={chosen[card.id]}
              onChoose={(option) => {
                setChosen((now) => ({ ...now, [card.id]: option }));
                setSaid(`Card ${i + 1} turned over. You chose: ${card.options[option]}. On the back: ${mdText(card.back)}`);
              }}
              onReset={() => {
                setChosen(({ [card.id]: _, ...rest }) => rest);
                setSaid(`Card ${i + 1} turned back.`);
              }}
            />
          </li>
        ))}
      </ul>
      <LiveRegion message={said} />
    </section>
  );
}
