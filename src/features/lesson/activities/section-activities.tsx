/**
 * What the learner does in a section after its body and key terms, in content order.
 * Loaded as its own chunk, with its stylesheet, the first time a section has activities:
 * the first screen of the course does not pay for it. Activities are unscored, nothing
 * in them is saved or reported, and none of them holds the learner back from Next.
 */
import './activities.css';
import type { Activity } from '../../../course/activity-types.ts';
import { Markdown } from '../../../components/markdown.tsx';
import { KnowledgeCheck } from '../../../components/quiz/knowledge-check.tsx';
import { RevealActivity } from './reveal-activity.tsx';
import { SortActivity } from './sort-activity.tsx';

export default function SectionActivities({ activities }: { activities: Activity[] }) {
  return (
    <div className="activities">
      {activities.map((a, i) => {
        // Position is a safe key: a section's activities never reorder while it is shown.
        switch (a.kind) {
          case 'text':
            return (
              <div key={i} className="activity-text">
                <Markdown nodes={a.body} />
              </div>
            );
          case 'reveal':
            return <RevealActivity key={i} activity={a} />;
          case 'sort':
            return <SortActivity key={i} activity={a} />;
          case 'check':
            return <KnowledgeCheck key={i} check={a.check} level={3} title="Quick check" className="section-check" />;
        }
      })}
    </div>
  );
}
