/**
 * Sort into groups by choosing, never dragging (WCAG 2.5.7): pick an item (a pressed
 * button), then its group (a button). Each item then says, in words, where it was placed,
 * whether that is right and why; the same is announced. Nothing moves on the page: an
 * item stays where it was and gains its feedback. A printed lesson shows every item with
 * its group and feedback instead of the buttons.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { SortActivity as Sort } from '../../../course/activity-types.ts';
import { Markdown } from '../../../components/markdown.tsx';
import { mdText } from '../../../lib/md-text.ts';
import { LiveRegion } from './live-region.tsx';
import { SortKey } from './sort-key.tsx';

export function SortActivity({ activity }: { activity: Sort }) {
  const headingId = useId();
  const groupsLabelId = useId();
  // Component state only: nothing here is saved or reported.
  const [placed, setPlaced] = useState<Record<string, string>>({});
  const [picked, setPicked] = useState<string>();
  const [said, setSaid] = useState('');
  const itemList = useRef<HTMLUListElement>(null);
  const [restarted, setRestarted] = useState(0);
  // "Start again" goes away with what it reset: focus moves to the first item, not the page.
  useEffect(() => {
    if (restarted) itemList.current?.querySelector('button')?.focus();
  }, [restarted]);

  const { items, groups } = activity;
  const label = (groupId: string) => groups.find((g) => g.id === groupId)?.label ?? groupId;
  const pickedItem = items.find((i) => i.id === picked);
  const done = items.filter((i) => placed[i.id]);
  const right = done.filter((i) => placed[i.id] === i.group).length;
  const verdict = (item: Sort['items'][number], group: string) =>
    group === item.group
      ? `Placed in: ${label(group)}. Right.`
      : `Placed in: ${label(group)}. Not quite: it belongs in ${label(item.group)}.`;

  const place = (group: string) => {
    if (!pickedItem) {
      setSaid('Choose an item first, then its group.');
      return;
    }
    const next = { ...placed, [pickedItem.id]: group };
    setPlaced(next);
    setPicked(undefined);
    const all = items.every((i) => next[i.id]);
    const score = items.filter((i) => next[i.id] === i.group).length;
    setSaid(
      `${pickedItem.text}: ${verdict(pickedItem, group)} ${mdText(pickedItem.feedback)}` +
        (all ? ` All ${items.length} sorted: ${score} in the right group.` : ''),
    );
  };

  return (
    <section className="activity sort-activity" aria-labelledby={headingId}>
      <h3 id={headingId}>Sort into groups</h3>
      <div className="activity-prompt">
        <Markdown nodes={activity.prompt} />
      </div>
      <p className="hint no-print">Choose an item, then the group it belongs in.</p>
      <ul className="sort-items no-print" ref={itemList}>
        {items.map((item) => {
          const group = placed[item.id];
          return (
            <li key={item.id} className={group ? (group === item.group ? 'sort-item right' : 'sort-item wrong') : 'sort-item'}>
              {group ? (
                <p className="sort-item-text">{item.text}</p>
              ) : (
                <button
                  type="button"
                  className="option-button"
                  aria-pressed={picked === item.id}
                  onClick={() => setPicked((now) => (now === item.id ? undefined : item.id))}
                >
                  {item.text}
                </button>
              )}
              <p className="sort-state">
                {group ? verdict(item, group) : picked === item.id ? 'Chosen: now choose its group.' : 'Not placed yet.'}
              </p>
              {group && (
                <div className="feedback">
                  <Markdown nodes={item.feedback} />
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <div className="sort-groups no-print" role="group" aria-labelledby={groupsLabelId}>
        <p className="sort-groups-label" id={groupsLabelId}>
          {pickedItem ? `Put “${pickedItem.text}” in:` : 'Groups (choose an item first):'}
        </p>
        {groups.map((g) => (
          <button key={g.id} type="button" className="button" aria-disabled={!pickedItem || undefined} onClick={() => place(g.id)}>
            {g.label}
          </button>
        ))}
      </div>
      {done.length === items.length && (
        <p className="verdict no-print">
          All {items.length} sorted: {right} in the right group.
        </p>
      )}
      {done.length > 0 && (
        <button
          type="button"
          className="button no-print"
          onClick={() => {
            setPlaced({});
            setPicked(undefined);
            setSaid('Started again: every item is back, not placed.');
            setRestarted((n) => n + 1);
          }}
        >
          Start again
        </button>
      )}
      <LiveRegion message={said} />
      <SortKey activity={activity} />
    </section>
  );
}
