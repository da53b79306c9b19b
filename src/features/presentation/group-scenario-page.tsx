/**
 * A scenario for group discussion: the situation and the choices; the group agrees on one,
 * Reveal shows where each choice leads and why; then the discussion questions. Nothing is
 * scored, saved or sent: all of it lives in this page's own state.
 */
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { paths } from '../../config/paths.ts';
import type { Assessment } from '../../course/quiz-types.ts';
import { Markdown } from '../../components/markdown.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { DecisionForm } from '../../components/quiz/decision-form.tsx';
import { verdictFor } from '../../components/quiz/verdict.ts';
import { credit, nextAfter } from '../../lib/quiz-rules.ts';
import { useAssessment } from '../../components/use-assessment.ts';

export function GroupScenarioPage() {
  const { scenarioId } = useParams();
  const { assessment } = useAssessment();
  if (assessment === undefined) return <p className="loading">Loading the scenarios…</p>;
  if (!assessment) return <PageHeading title="This course has no scenarios" />;
  const scenario = assessment.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) return <ScenarioChooser assessment={assessment} />;
  return <GroupScenario key={scenario.id} scenario={scenario} />;
}

function ScenarioChooser({ assessment }: { assessment: Assessment }) {
  return (
    <>
      <PageHeading title="Group scenarios" />
      <p>Fictional scenarios to discuss together. Nothing here is scored or recorded.</p>
      <ul>
        {assessment.scenarios.map((s) => (
          <li key={s.id}>
            <Link to={paths.group(s.id)}>{s.title}</Link> ({s.theme.title})
          </li>
        ))}
      </ul>
    </>
  );
}

function GroupScenario({ scenario }: { scenario: Assessment['scenarios'][number] }) {
  const [noted, setNoted] = useState(!scenario.contentNote);
  const [stepId, setStepId] = useState(scenario.start);
  const [chosen, setChosen] = useState<string[]>();
  const step = scenario.steps[stepId];
  const goTo = (id: string | undefined) => {
    if (!id) return;
    setChosen(undefined);
    setStepId(id);
  };
  return (
    <article className="group-scenario">
      <PageHeading title={`Group scenario: ${scenario.title}`}>{scenario.title}</PageHeading>
      <p className="scenario-meta">
        <span className="fictional-label">Fictional scenario</span> For discussion: nothing is scored or recorded.
      </p>
      {!noted && scenario.contentNote ? (
        <section className="content-note" aria-label="Content note">
          <p>{scenario.contentNote.text}</p>
          <button type="button" className="button primary" onClick={() => setNoted(true)}>
            Continue to the scenario
          </button>
        </section>
      ) : (
        <>
          <section className="setting" aria-label="The situation">
            <Markdown nodes={scenario.setting} />
          </section>
          {step.kind === 'decision' ? (
            <>
              <DecisionForm
                key={step.id}
                decision={step}
                answered={chosen}
                onAnswer={setChosen}
                submitLabel="Reveal"
                verdict={chosen ? verdictFor(credit(step, chosen)) : undefined}
              />
              {chosen && (
                <button type="button" className="button primary" onClick={() => goTo(nextAfter(step, chosen))}>
                  See what happened next
                </button>
              )}
            </>
          ) : (
            <section className={step.kind === 'end' ? 'debrief' : 'consequence'}>
              <h2>{step.kind === 'end' ? 'Debrief' : 'What happened next'}</h2>
              <Markdown nodes={step.text} />
              {step.kind === 'consequence' && (
                <button type="button" className="button primary" onClick={() => goTo(step.next)}>
                  Continue
                </button>
              )}
            </section>
          )}
          {step.kind === 'end' && (
            <section aria-labelledby="discuss-heading">
              <h2 id="discuss-heading">Questions for discussion</h2>
              <ul>
                {scenario.discussion.map((q) => (
                  <li key={q}>{q}</li>
                ))}
              </ul>
            </section>
          )}
          <details className="facilitator-details">
            <summary>Facilitator notes</summary>
            <p>{scenario.facilitatorNotes}</p>
          </details>
        </>
      )}
      <p>
        <Link to={paths.group()}>All group scenarios</Link>
      </p>
    </article>
  );
}
