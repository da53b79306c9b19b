/**
 * The facilitator window while a group scenario is on the room's screen: where the group is,
 * the right answers of the decision on screen, the facilitator notes (shown nowhere else) and
 * the questions for discussion. Its buttons move the room's screen.
 */
import { PageHeading } from '../../components/page-heading.tsx';
import { useAssessment } from '../../components/use-assessment.ts';
import { send, type BriefingMessage } from './briefing-link.ts';
import { nextScreen, screenName } from './group-screens.ts';

type GroupMessage = Extract<BriefingMessage, { kind: 'briefing-group' }>;

export function FacilitatorGroup({ message }: { message: GroupMessage }) {
  const { assessment } = useAssessment();
  const scenario = assessment?.scenarios.find((s) => s.id === message.scenario);
  if (!scenario) return <p className="loading">Loading the scenario…</p>;
  const move = (to: 'next' | 'previous') => send(window.opener as Window | null, { kind: 'briefing-move', move: to });
  const screen = message.screen;
  const step = screen.at === 'step' ? scenario.steps[screen.id] : undefined;
  const reveal = step?.kind === 'decision' && screen.at === 'step' && !screen.revealed;
  const coming = nextScreen(scenario, screen);
  const right = step?.kind === 'decision' ? step.choices.flatMap((c, i) => (c.correct ? [i + 1] : [])) : [];
  return (
    <div className="facilitator facilitator-group">
      <PageHeading title="Facilitator view" />
      <p className="slide-counter">
        Group scenario: {scenario.title} · Now showing: {screenName(scenario, screen)}
        {coming && ` · Next: ${screenName(scenario, coming)}`}
      </p>
      <div className="slide-controls">
        <button type="button" onClick={() => move('previous')} disabled={message.first}>
          Previous
        </button>
        <button type="button" onClick={() => move('next')} disabled={message.last}>
          {reveal ? 'Reveal' : 'Next'}
        </button>
      </div>
      {step?.kind === 'decision' && (
        <p className="facilitator-answer">
          {step.type === 'ordering' && step.order
            ? `Right order: ${step.order.map((id) => step.choices.findIndex((c) => c.id === id) + 1).join(', ')}.`
            : `Right ${right.length === 1 ? 'answer' : 'answers'}: ${right.join(', ')}.`}
        </p>
      )}
      <section aria-labelledby="notes-heading">
        <h2 id="notes-heading">Notes</h2>
        <p className="facilitator-notes">{scenario.facilitatorNotes}</p>
      </section>
      <section aria-labelledby="questions-heading">
        <h2 id="questions-heading">Questions for discussion</h2>
        <ul className="facilitator-questions">
          {scenario.discussion.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
