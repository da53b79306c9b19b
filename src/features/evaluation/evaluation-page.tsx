/**
 * The optional course evaluation, offered after the assessment when the administrator
 * turned it on in settings.json: a few questions on a 1-5 scale and nothing typed. Loaded
 * as its own chunk. Before answering, learners are told where the answers go: in an LMS,
 * to their organisation under their name; in the web edition, nowhere but this browser.
 * Answered once: the answers are kept in the saved state (see state/saved-state.ts, q:),
 * and in an LMS the tracker sends them (state/persistence.ts).
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { paths } from '../../config/paths.ts';
import { useCourse, useCourseSource } from '../../components/course-context.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { assessmentStatus } from '../../lib/assessment-status.ts';
import { EVALUATION_QUESTIONS } from '../../lib/evaluation.ts';
import { useStore } from '../../state/store.ts';
import { EvaluationQuestionField } from './evaluation-question.tsx';
import { EvaluationAnswers } from './evaluation-answers.tsx';

const TITLE = 'Course evaluation';

export function EvaluationPage() {
  const course = useCourse();
  const { evaluation: offered } = useCourseSource();
  const progress = useStore((s) => s.progress);
  const answerEvaluation = useStore((s) => s.answerEvaluation);
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [error, setError] = useState('');
  const errorRef = useRef<HTMLParagraphElement>(null);
  const status = assessmentStatus(course, progress);
  // Once the message is on screen, so a keyboard user lands on it.
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  if (!offered) {
    return (
      <>
        <PageHeading title="There is no course evaluation" />
        <p>Your organisation has not asked for an evaluation of this course.</p>
        <Link to={paths.home}>Back to the course map</Link>
      </>
    );
  }
  if (progress.evaluation) {
    return (
      <>
        <PageHeading title="Thank you for your answers" />
        <p>
          {offered.reachesLms
            ? "Your answers are with your organisation's learning system, under your name."
            : 'Your answers are kept in this browser only, with your record of the course.'}
        </p>
        <EvaluationAnswers answers={progress.evaluation.answers} />
        <Link className="button" to={paths.home}>
          Back to the course map
        </Link>
      </>
    );
  }
  if (!status?.final) {
    return (
      <>
        <PageHeading title={TITLE} />
        <p>The course evaluation opens once you have your final assessment result.</p>
        <Link to={paths.home}>Back to the course map</Link>
      </>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (Object.keys(answers).length === 0) {
      setError('Choose an answer to at least one question, or go back to the course map without answering.');
      return;
    }
    answerEvaluation(answers);
  };

  return (
    <>
      <PageHeading title={TITLE} />
      <p>
        This is optional and does not change your result. There are {EVALUATION_QUESTIONS.length} questions, each on a scale of 1 to 5, and
        nothing to type. Answer as many as you like. You can answer once.
      </p>
      <p className="evaluation-privacy">
        {offered.reachesLms
          ? "Your answers are sent to your organisation's learning system (LMS) under your name, so the people who run the course there can read them with your record."
          : 'Your answers are kept in this browser only, with your record of the course. They are not sent anywhere.'}
      </p>
      <form onSubmit={submit} className="evaluation" noValidate>
        {EVALUATION_QUESTIONS.map((q) => (
          <EvaluationQuestionField
            key={q.id}
            question={q}
            value={answers[q.id]}
            onChange={(n) => {
              setError('');
              setAnswers((now) => ({ ...now, [q.id]: n }));
            }}
          />
        ))}
        {error && (
          <p className="form-error" role="alert" tabIndex={-1} ref={errorRef}>
            {error}
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="button primary">
            {offered.reachesLms ? 'Send my answers' : 'Keep my answers'}
          </button>
          <Link className="button" to={paths.home}>
            Back to the course map without answering
          </Link>
        </div>
      </form>
    </>
  );
}
