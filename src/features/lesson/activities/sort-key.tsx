/** On paper, a sort cannot be done: print each item with the group it belongs in and why. */
import type { SortActivity } from '../../../course/activity-types.ts';
import { Markdown } from '../../../components/markdown.tsx';

export function SortKey({ activity }: { activity: SortActivity }) {
  return (
    <dl className="sort-key print-only">
      {activity.items.map((item) => (
        <div key={item.id}>
          <dt>
            {item.text}: {activity.groups.find((g) => g.id === item.group)?.label}
          </dt>
          <dd>
            <Markdown nodes={item.feedback} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
