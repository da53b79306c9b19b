/**
 * The result: score, passed or not, a breakdown by theme, the lessons to revisit and a
 * review of every answer. Shows the attempt just finished, or else the one that counts,
 * and "Course complete" once nothing is left (the same rule as the course map's).
 */
import { Link, useLocation } from 'react-router';
import { paths } from '../../config/paths.ts';
import type { Assessment } from '../../course/quiz-types.ts';
import { useCourse, useCourseSource } from '../../components/course-context.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { forDraw, scoreAttempt, type AttemptResult } from '../../lib/quiz-rules.ts';
import type { Answer } from '../../course/progress.ts';
import { useStore } from '../../state/store.ts';
import { AnswerReview } from './answer-review.tsx';
import { assessmentStatus } from '../../lib/assessment-status.ts';
import { useAssessment } from '../../components/use-assessment.ts';
import { CourseComplete } from '../../components/course-complete.tsx';
import { nextStep } from '../../lib/next-step.ts';
import { LookIcon, useLessonLook } from '../../components/look-icon.tsx';

interface Shown {
  result: AttemptResult & { practice?: boolean };
  answers: Answer[];
  drawn?: string[];
}

export function AssessmentResultsPage() {
  const { assessment: all } = useAssessment();
  const location = useLocation();
  const course = useCourse();
  const { evaluation } = useCourseSource();
  const progress = useStore((s) => s.progress);
  const status = assessmentStatus(course, progress);
  if (all === undefined) return <p className="loading">Loading your result…</p>;
  if (!all || !status) return <PageHeading title="There is no assessment in this course" />;

  const justFinished = (location.state ?? undefined) as Shown | undefined;
  const counted = progress.quiz?.counted ?? [];
  const countedDrawn = progress.quiz?.countedDrawn;
  // Scored again for the detail, but the score and verdict are the recorded ones: a content
  // update since the attempt must never change (or lower) a result already given.
  const recorded = status.counted;
  const shown: Shown | undefined =
    justFinished ??
    (counted.length && recorded
      ? {
          result: { ...scoreAttempt(forDraw(all, countedDrawn), counted, course.passMark), score: recorded.score, passed: recorded.passed },
          answers: counted,
          drawn: countedDrawn,
        }
      : undefined);
  if (!shown) {
    return (
      <>
        <PageHeading title="Your result" />
        <p>You have not finished an attempt yet.</p>
        <Link to={paths.assessment}>Go to the assessment</Link>
      </>
    );
  }
  const { result } = shown;
  const step = nextStep(course, progress);
  const assessment = forDraw(all, shown.drawn);
  return (
    <>
      <PageHeading title="Your result" />
      <p className="score">
        You scored <strong>{result.score}%</strong>. The pass mark is {course.passMark}%.{' '}
        <strong>{result.passed ? 'You passed.' : 'You have not passed this time.'}</strong>
      </p>
      {result.practice && status.counted && <p>This was practice: your recorded result is still {status.counted.score}%.</p>}
      {step.kind === 'complete' && <CourseComplete score={step.score} />}
      {evaluation && status.final && !progress.evaluation && (
        <section aria-labelledby="evaluation-heading" className="evaluation-invite">
          <h2 id="evaluation-heading">Course evaluation (optional)</h2>
          <p>
            {`Tell your organisation what you thought of the course: four questions on a scale of 1 to 5, nothing to type.${evaluation.reachesLms ? ' Your answers go to its learning system under your name.' : ' Your answers stay in this browser.'}`}
          </p>
          <Link to={paths.evaluation}>Answer the course evaluation</Link>
        </section>
      )}
      <ThemeTable assessment={assessment} result={result} />
      {result.revisit.length > 0 && (
        <section aria-labelledby="revisit-heading">
          <h2 id="revisit-heading">Lessons to revisit</h2>
          <ul>
            {result.revisit.map((l) => (
              <li key={l.id + (l.section ?? '')}>
                <Link to={paths.lesson(l.id, l.section)}>{l.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="button-row">
        {!status.passed && status.attemptsLeft !== 0 && (
          <Link className="button primary" to={paths.assessmentRun}>
            Try again{status.attemptsLeft !== undefined ? ` (${status.attemptsLeft} left)` : ''}
          </Link>
        )}
        <Link className="button" to={paths.home}>
          Back to the course map
        </Link>
      </div>
      <AnswerReview assessment={assessment} answers={shown.answers} />
    </>
  );
}

function ThemeTable({ assessment, result }: { assessment: Assessment; result: AttemptResult }) {
  return (
    <table className="theme-table">
      <caption>Your score by theme ({assessment.decisions} decisions)</caption>
      <thead>
        <tr>
          <th scope="col">Theme</th>
          <th scope="col">Score</th>
        </tr>
      </thead>
      <tbody>
        {result.byTheme.map((t) => (
          <tr key={t.theme.id}>
            <th scope="row">
              <ThemeName lessonId={t.theme.id} title={t.theme.title} />
            </th>
            <td>{Math.round((t.earned / t.possible) * 100)}%</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A scenario's theme is its theme lesson's id; the lesson carries the theme's look. */
function ThemeName({ lessonId, title }: { lessonId: string; title: string }) {
  return (
    <>
      <LookIcon look={useLessonLook(lessonId)} />
      {title}
    </>
  );
}
