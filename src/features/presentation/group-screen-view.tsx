/**
 * One screen of a group scenario in projector type (the slide's own classes and sizes).
 * Choices are numbered so the room can say which one it picks; once revealed, each number
 * shows where that choice leads and why. The facilitator notes never appear here: they go
 * to the facilitator window only.
 */
import type { Scenario } from '../../course/quiz-types.ts';
import type { SupportContact } from '../../course/types.ts';
import { Markdown } from '../../components/markdown.tsx';
import { ScenarioPeople } from '../../components/scenario-people.tsx';
import type { Screen } from './group-screens.ts';
import { SlideView } from './slide-view.tsx';

interface Props {
  scenario: Scenario;
  screen: Screen;
  support: SupportContact[];
}

export function GroupScreenView({ scenario, screen, support }: Props) {
  switch (screen.at) {
    case 'title':
      return (
        <>
          <p className="slide-kicker">Group scenario · {scenario.theme.title}</p>
          <h2 className="slide-title">{scenario.title}</h2>
          <p>
            <span className="fictional-label">Fictional scenario</span> For discussion: nothing is scored or recorded.
          </p>
        </>
      );
    case 'note':
      return scenario.contentNote ? (
        <SlideView slide={{ kind: 'note', lesson: '', title: 'Content note', text: scenario.contentNote.text, field: 'contentNote' }} />
      ) : null;
    case 'setting':
      return (
        <>
          <h2 className="slide-title">The situation</h2>
          <Markdown nodes={scenario.setting} />
          <ScenarioPeople characters={scenario.characters} />
        </>
      );
    case 'discussion':
      return (
        <>
          <h2 className="slide-title">Questions for discussion</h2>
          <ul className="slide-points">
            {scenario.discussion.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        </>
      );
    case 'support':
      return <SlideView slide={{ kind: 'support', title: 'Support', contacts: support, field: 'support' }} />;
    case 'step':
      return <StepView scenario={scenario} id={screen.id} revealed={screen.revealed} />;
  }
}

function StepView({ scenario, id, revealed }: { scenario: Scenario; id: string; revealed: boolean }) {
  const step = scenario.steps[id];
  if (step.kind !== 'decision') {
    return (
      <>
        <h2 className="slide-title">{step.kind === 'end' ? 'Debrief' : 'What happened next'}</h2>
        <Markdown nodes={step.text} />
      </>
    );
  }
  const number = new Map(step.choices.map((c, i) => [c.id, i + 1]));
  if (!revealed) {
    return (
      <>
        <div className="group-prompt">
          <Markdown nodes={step.prompt} />
        </div>
        <ol className="slide-points group-choices">
          {step.choices.map((c) => (
            <li key={c.id}>{c.text}</li>
          ))}
        </ol>
      </>
    );
  }
  // An ordering reveals the right order; the others keep the numbers the room discussed.
  const shown = step.type === 'ordering' && step.order ? step.order.map((o) => step.choices.find((c) => c.id === o)!) : step.choices;
  return (
    <>
      <h2 className="slide-title">{step.type === 'ordering' ? 'The order, and why' : 'Where each choice leads'}</h2>
      <ul className="slide-points group-reveal">
        {shown.map((c) => (
          <li key={c.id} className={step.type === 'ordering' ? undefined : c.correct ? 'right' : 'not-best'}>
            <strong>
              {step.type === 'ordering' ? `${number.get(c.id)}:` : `${number.get(c.id)} (${c.correct ? 'right' : 'not the best'}):`}
            </strong>{' '}
            <Markdown nodes={c.feedback} />
          </li>
        ))}
      </ul>
    </>
  );
}
