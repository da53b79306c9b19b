/**
 * A lesson, one section at a time, with previous and next. Opening a section records
 * progress; reaching the last section finishes the lesson.
 */
import { lazy, Suspense, useEffect } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { paths } from '../../config/paths.ts';
import { useCourse } from '../../components/course-context.tsx';
import { Markdown } from '../../components/markdown.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { useStore } from '../../state/store.ts';
import type { Lesson, LessonSummary } from '../../course/types.ts';
import { ContentNoteGate } from '../../components/content-note-gate.tsx';
import { KeyTerms } from './key-terms.tsx';
import { LessonClose, LessonIntro } from './lesson-extras.tsx';
import { useLesson } from './use-lesson.ts';
import { LessonEnd } from './lesson-end.tsx';
// Only theme lessons end with a check: its code loads with the first one.
const KnowledgeCheck = lazy(() => import('../../components/quiz/knowledge-check.tsx').then((m) => ({ default: m.KnowledgeCheck })));
import { NotFoundPage } from '../../components/not-found-page.tsx';

export function LessonPage() {
  const { lessonId = '', sectionId } = useParams();
  const course = useCourse();
  const summary = course.lessons.find((l) => l.id === lessonId);
  const acknowledged = useStore((s) => s.acknowledged.includes(lessonId));
  const acknowledge = useStore((s) => s.acknowledgeNote);

  if (!summary) return <NotFoundPage />;
  const section = summary.sections.find((s) => s.id === sectionId);
  if (!section) return <Navigate replace to={paths.lesson(summary.id, summary.sections[0].id)} />;
  if (summary.contentNote && !acknowledged) {
    return <ContentNoteGate title={summary.title} note={summary.contentNote} what="lesson" onContinue={() => acknowledge(summary.id)} />;
  }
  return <LessonSection summary={summary} sectionId={section.id} />;
}

function LessonSection({ summary, sectionId }: { summary: LessonSummary; sectionId: string }) {
  const { lesson, failed, retry } = useLesson(summary.id);
  const visitSection = useStore((s) => s.visitSection);

  useEffect(() => {
    if (lesson) visitSection(summary, sectionId);
  }, [lesson, summary, sectionId, visitSection]);

  if (failed) {
    return (
      <>
        <PageHeading title={summary.title} />
        <p role="alert">This lesson could not be loaded. Check your connection, then try again.</p>
        <button type="button" className="button" onClick={retry}>
          Try again
        </button>
      </>
    );
  }
  if (!lesson) return <p className="loading">Loading the lesson…</p>;
  return <SectionView lesson={lesson} sectionId={sectionId} />;
}

function SectionView({ lesson, sectionId }: { lesson: Lesson; sectionId: string }) {
  const index = lesson.sections.findIndex((s) => s.id === sectionId);
  const section = lesson.sections[index];
  const previous = lesson.sections[index - 1];
  const next = lesson.sections[index + 1];

  return (
    <article className="lesson">
      <PageHeading title={`${section.title}: ${lesson.title}`}>{lesson.title}</PageHeading>
      {index === 0 && <LessonIntro lesson={lesson} />}
      <p className="section-count">
        Part {index + 1} of {lesson.sections.length}
      </p>
      <section aria-labelledby={`section-${section.id}`} className="lesson-section">
        <h2 id={`section-${section.id}`}>{section.title}</h2>
        {index === 0 && lesson.review && <ReviewFacts review={lesson.review} />}
        <Markdown nodes={section.body} />
        <KeyTerms terms={section.keyTerms} />
      </section>
      {!next && lesson.check && (
        <Suspense fallback={<p className="loading">Loading the check…</p>}>
          <KnowledgeCheck check={lesson.check} />
        </Suspense>
      )}
      {!next && <LessonClose lesson={lesson} />}
      <nav aria-label="Lesson" className="lesson-nav">
        {previous ? (
          <Link className="button" to={paths.lesson(lesson.id, previous.id)} rel="prev">
            Previous<span className="visually-hidden">: {previous.title}</span>
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link className="button primary" to={paths.lesson(lesson.id, next.id)} rel="next">
            Next<span className="visually-hidden">: {next.title}</span>
          </Link>
        ) : (
          <LessonEnd lessonId={lesson.id} />
        )}
      </nav>
    </article>
  );
}

/** The review's code and kind, as the leaflet gives them; its summary is quoted in the text. */
function ReviewFacts({ review }: { review: NonNullable<Lesson['review']> }) {
  return (
    <dl className="review-facts">
      <div>
        <dt>Review</dt>
        <dd>{review.code}</dd>
      </div>
      <div>
        <dt>Kind of review</dt>
        <dd>{review.type}</dd>
      </div>
    </dl>
  );
}
