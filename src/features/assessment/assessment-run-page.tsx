/**
 * Taking the assessment, one step at a time: a decision (answered once, then its feedback),
 * what happened next, and each scenario's debrief. Every answer and the step on screen are
 * saved, so a closed window resumes at the same step with the same answers.
 */
import { useEffect, useRef, useState } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { paths } from '../../config/paths.ts';
import type { Assessment, DecisionStep, Scenario } from '../../course/quiz-types.ts';
import { useCourse } from '../../components/course-context.tsx';
import { Markdown } from '../../components/markdown.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { credit, drawScenarios, forDraw, walk } from '../../lib/quiz-rules.ts';
import { useStore } from '../../state/store.ts';
import { DecisionForm } from '../../components/quiz/decision-form.tsx';
import { verdictFor } from '../../components/quiz/verdict.ts';
import { assessmentStatus } from '../../lib/assessment-status.ts';
import { finishAttempt } from './finish-attempt.ts';
import { ContentNoteGate } from '../../components/content-note-gate.tsx';
import { useAssessment } from '../../components/use-assessment.ts';
import { ConsequenceView } from './consequence-view.tsx';
import { PathList } from './path-list.tsx';
import { Setting } from './setting.tsx';

export function AssessmentRunPage() {
  const { assessment, failed, retry } = useAssessment();
  if (failed) {
    return (
      <>
        <PageHeading title="Final assessment" />
        <p role="alert">The assessment could not be loaded. Check your connection, then try again.</p>
        <button type="button" className="button" onClick={retry}>
          Try again
        </button>
      </>
    );
  }
  if (assessment === undefined) return <p className="loading">Loading the assessment…</p>;
  if (assessment === null) return <Navigate replace to={paths.home} />;
  return <Drawn assessment={assessment} />;
}

/** With question banks, the attempt's scenarios are drawn once, before its first step. */
function Drawn({ assessment }: { assessment: Assessment }) {
  const drawn = useStore((s) => s.progress.quiz?.drawn);
  const needsDraw = assessment.banks.length > 0 && !drawn;
  useEffect(() => {
    if (needsDraw) useStore.getState().setDraw(drawScenarios(assessment));
  }, [needsDraw, assessment]);
  if (needsDraw) return <p className="loading">Preparing the assessment…</p>;
  return <Runner all={assessment} assessment={forDraw(assessment, drawn)} />;
}

/** `assessment` is this attempt's (its drawn scenarios); `all` holds every scenario. */
function Runner({ all, assessment }: { all: Assessment; assessment: Assessment }) {
  const course = useCourse();
  const navigate = useNavigate();
  const progress = useStore((s) => s.progress);
  const quiz = progress.quiz;
  const answers = quiz?.answers ?? [];
  const status = assessmentStatus(course, progress);
  const { visited } = walk(assessment, answers);
  const found = quiz?.at ? visited.findIndex((p) => p.scenario === quiz.at!.scenario && p.step === quiz.at!.step) : -1;
  const index = Math.max(0, found);
  const here = visited[index];
  const scenario = assessment.scenarios.find((s) => s.id === here.scenario)!;
  const step = scenario.steps[here.step];
  const acknowledged = useStore((s) => s.acknowledged.includes(`scenario:${scenario.id}`));

  // A new step in the same scenario takes focus, so keyboard and screen-reader users start
  // at it; a new scenario is announced by its page heading (PageHeading), with its setting.
  const shownStep = useRef(here);
  useEffect(() => {
    const before = shownStep.current;
    shownStep.current = here;
    if (before.scenario === here.scenario && before.step !== here.step) document.getElementById('step-heading')?.focus();
  }, [here]);
  // Set while the result is being shown, so the emptied attempt never flashes up.
  const finishing = useRef(false);

  if (finishing.current) return <p className="loading">Working out your result…</p>;
  if (status?.locked || (status && status.attemptsLeft === 0 && !status.passed)) return <Navigate replace to={paths.assessment} />;

  const next = visited[index + 1];
  const isLastStep = !next && step.kind === 'end' && scenario === assessment.scenarios[assessment.scenarios.length - 1];
  const goOn = () => {
    if (next) useStore.getState().viewStep(next);
  };
  const finish = () => {
    const current = useStore.getState().progress.quiz;
    const result = finishAttempt(course, all);
    // Undefined when an earlier dispatch already finished this attempt: that one navigates.
    if (!result || !current) return;
    finishing.current = true;
    navigate(paths.assessmentResults, { state: { result, answers: current.answers, drawn: current.drawn } });
  };

  const scenarioNumber = assessment.scenarios.indexOf(scenario) + 1;
  const decisionNumber = visited.slice(0, index + 1).filter((p) => {
    const s = assessment.scenarios.find((x) => x.id === p.scenario)!;
    return s.steps[p.step].kind === 'decision';
  }).length;

  if (scenario.contentNote && !acknowledged && here.step === scenario.start) {
    return (
      <ContentNoteGate
        title={scenario.title}
        note={scenario.contentNote}
        what="scenario"
        onContinue={() => useStore.getState().acknowledgeNote(`scenario:${scenario.id}`)}
      />
    );
  }
  return (
    <article className="scenario">
      <PageHeading title={`${scenario.title}: final assessment`}>{scenario.title}</PageHeading>
      <p className="scenario-meta">
        <span className="fictional-label">Fictional scenario</span> Scenario {scenarioNumber} of {assessment.scenarios.length}
        {step.kind === 'decision' && ` · Decision ${decisionNumber} of ${assessment.decisions}`}
      </p>
      {/* Keyed by step: each new step starts with the situation folded, even if it was opened before. */}
      <Setting key={`setting:${scenario.id}/${here.step}`} scenario={scenario} collapsed={here.step !== scenario.start} />
      {step.kind === 'decision' ? (
        <DecisionView key={`${scenario.id}/${step.id}`} scenario={scenario} step={step} />
      ) : step.kind === 'consequence' ? (
        <ConsequenceView scenario={scenario} step={step} answers={answers} />
      ) : (
        <section className="debrief" aria-labelledby="step-heading">
          <h2 id="step-heading" tabIndex={-1}>
            Debrief
          </h2>
          <PathList scenario={scenario} answers={answers} />
          <Markdown nodes={step.text} />
        </section>
      )}
      <div className="button-row">
        {isLastStep ? (
          <button type="button" className="button primary" onClick={finish}>
            See your result
          </button>
        ) : (
          next &&
          (step.kind !== 'decision' || answers.some((a) => a.scenario === scenario.id && a.step === step.id)) && (
            <button type="button" className="button primary" onClick={goOn}>
              {step.kind === 'end' ? 'Next scenario' : 'Continue'}
            </button>
          )
        )}
        <Link className="button" to={paths.home}>
          Stop for now
        </Link>
      </div>
    </article>
  );
}

function DecisionView({ scenario, step }: { scenario: Scenario; step: DecisionStep }) {
  const answer = useStore((s) => s.progress.quiz?.answers.find((a) => a.scenario === scenario.id && a.step === step.id));
  const shownAt = useRef(Date.now());
  const [, rerender] = useState(0);
  useEffect(() => {
    shownAt.current = Date.now();
    rerender((n) => n + 1);
  }, [step.id]);
  return (
    <section className="decision-step" aria-labelledby="step-heading">
      <h2 id="step-heading" tabIndex={-1}>
        Your decision
      </h2>
      <DecisionForm
        decision={step}
        answered={answer?.response}
        verdict={answer ? verdictFor(credit(step, answer.response)) : undefined}
        onAnswer={(response) =>
          useStore.getState().answerDecision({
            scenario: scenario.id,
            step: step.id,
            response,
            seconds: Math.max(1, Math.round((Date.now() - shownAt.current) / 1000)),
            at: Date.now(),
          })
        }
      />
      {answer && (
        <p className="learn-more">
          Where the course teaches this: <Link to={paths.lesson(step.lesson.id, step.lesson.section)}>{step.lesson.title}</Link>
        </p>
      )}
    </section>
  );
}
