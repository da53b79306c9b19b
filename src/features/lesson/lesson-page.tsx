/**
 * A lesson, one section at a time, with previous and next. Opening a section records
 * progress; reaching the last section finishes the lesson. A distressing lesson starts
 * with its content note: a full page where the content asks for one (ContentNote.gate),
 * otherwise a compact note first on the page, with the section held back until the
 * learner continues (nothing is recorded until then).
 */
import { lazy, Suspense, useEffect, useRef } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { paths } from '../../config/paths.ts';
import { useCourse } from '../../components/course-context.tsx';
import { Markdown } from '../../components/markdown.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { useStore } from '../../state/store.ts';
import type { Lesson, LessonSummary } from '../../course/types.ts';
import { ContentNoteGate } from '../../components/content-note-gate.tsx';
import { KeyPoints } from './key-points.tsx';
import { KeyTerms } from './key-terms.tsx';
import { CompactContentNote } from './compact-content-note.tsx';
import { LeafletLine } from './leaflet-line.tsx';
import { LessonClose, LessonIntro } from './lesson-extras.tsx';
import { useNoteStudy } from '../../components/use-note-study.ts';
import { useLesson } from './use-lesson.ts';
import { LessonEnd } from './lesson-end.tsx';
import { LessonPosition } from './lesson-position.tsx';
import { WhenIdle } from './when-idle.tsx';
// Only theme lessons end with a check: its code loads with the first one.
const KnowledgeCheck = lazy(() => import('../../components/quiz/knowledge-check.tsx').then((m) => ({ default: m.KnowledgeCheck })));
// Activities (reveal cards, sorts, quick checks) load with the first section that has any.
const SectionActivities = lazy(() => import('./activities/section-activities.tsx'));
// Only the Summary shows local contacts: their code loads with it.
const LocalContacts = lazy(() => import('../../components/local-contacts.tsx').then((m) => ({ default: m.LocalContacts })));
// The parts of the lesson beside it on a wide screen (its chunk also holds the phone's drawer).
const LessonSidebar = lazy(() => import('./lesson-outline.tsx').then((m) => ({ default: m.LessonSidebar })));
import { NotFoundPage } from '../../components/not-found-page.tsx';
import { LookIcon } from '../../components/look-icon.tsx';

export function LessonPage() {
  const { lessonId = '', sectionId } = useParams();
  const course = useCourse();
  const summary = course.lessons.find((l) => l.id === lessonId);
  const acknowledged = useStore((s) => s.acknowledged.includes(lessonId));
  const acknowledge = useStore((s) => s.acknowledgeNote);
  const skip = useStore((s) => s.skipLesson);

  if (!summary) return <NotFoundPage />;
  const section = summary.sections.find((s) => s.id === sectionId);
  if (!section) return <Navigate replace to={paths.lesson(summary.id, summary.sections[0].id)} />;
  if (summary.contentNote?.gate && !acknowledged) {
    return (
      <ContentNoteGate
        title={summary.title}
        note={summary.contentNote}
        what="lesson"
        wholeCourse={summary.kind === 'intro'}
        onContinue={() => acknowledge(summary.id)}
        onSkip={() => skip(summary.id)}
      />
    );
  }
  return <LessonSection summary={summary} sectionId={section.id} held={summary.contentNote !== undefined && !acknowledged} />;
}

/** `held`: a compact content note waits for the learner's choice, so the section is neither shown nor recorded. */
function LessonSection({ summary, sectionId, held }: { summary: LessonSummary; sectionId: string; held: boolean }) {
  const { lesson, failed, retry } = useLesson(summary.id);
  const visitSection = useStore((s) => s.visitSection);
  // Noted once the lesson shows: the record's code is not needed for its first paint.
  useNoteStudy(lesson !== undefined);

  useEffect(() => {
    if (lesson && !held) visitSection(summary, sectionId);
  }, [lesson, summary, sectionId, visitSection, held]);

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
  return (
    <div className="lesson-layout">
      <SectionView lesson={lesson} sectionId={sectionId} held={held} />
      <WhenIdle>
        <Suspense fallback={null}>
          <LessonSidebar lesson={lesson} sectionId={sectionId} />
        </Suspense>
      </WhenIdle>
    </div>
  );
}

function SectionView({ lesson, sectionId, held }: { lesson: Lesson; sectionId: string; held: boolean }) {
  const acknowledge = useStore((s) => s.acknowledgeNote);
  const skip = useStore((s) => s.skipLesson);
  const sectionHeading = useRef<HTMLHeadingElement>(null);
  const wasHeld = useRef(held);
  // Continuing shows the section in place of the note's choices: focus goes to its heading,
  // where the new text starts (not a route change, so route-focus.tsx does not move it).
  useEffect(() => {
    if (wasHeld.current && !held) sectionHeading.current?.focus();
    wasHeld.current = held;
  }, [held]);
  const index = lesson.sections.findIndex((s) => s.id === sectionId);
  const section = lesson.sections[index];
  const compactNote = lesson.contentNote && !lesson.contentNote.gate ? lesson.contentNote : undefined;

  return (
    <article className="lesson">
      <PageHeading title={`${section.title}: ${lesson.title}`}>
        <LookIcon look={lesson.look} />
        {lesson.title}
      </PageHeading>
      {compactNote && (held || index === 0) && (
        <CompactContentNote note={compactNote} continued={!held} onContinue={() => acknowledge(lesson.id)} onSkip={() => skip(lesson.id)} />
      )}
      {index === 0 && <LessonIntro lesson={lesson} />}
      <LessonPosition lesson={lesson} sectionId={sectionId} />
      <section aria-labelledby={`section-${section.id}`} className="lesson-section">
        <h2 id={`section-${section.id}`} ref={sectionHeading} tabIndex={-1}>
          {section.title}
        </h2>
        {held ? (
          <p className="held-note">This part follows when you choose &ldquo;Continue to the lesson&rdquo; in the content note above.</p>
        ) : (
          <>
            {index === 0 && lesson.review && <ReviewFacts review={lesson.review} />}
            {index === 0 && lesson.review && <LeafletLine review={lesson.review} />}
            <Markdown nodes={section.body} />
            <KeyTerms terms={section.keyTerms} />
            {section.activities.length > 0 && (
              <Suspense fallback={<p className="loading">Loading the activities…</p>}>
                {/* Keyed by section, so one section's answers never show in the next. */}
                <SectionActivities key={`${lesson.id}/${section.id}`} activities={section.activities} />
              </Suspense>
            )}
            <KeyPoints points={section.keyPoints} />
          </>
        )}
      </section>
      {held ? null : <SectionEnd lesson={lesson} index={index} />}
    </article>
  );
}

/** After the section: the lesson's check and close on its last section, and the way on. */
function SectionEnd({ lesson, index }: { lesson: Lesson; index: number }) {
  const previous = lesson.sections[index - 1];
  const next = lesson.sections[index + 1];
  return (
    <>
      {!next && lesson.check && (
        <Suspense fallback={<p className="loading">Loading the check…</p>}>
          <KnowledgeCheck check={lesson.check} />
        </Suspense>
      )}
      {!next && <LessonClose lesson={lesson} />}
      {!next && lesson.kind === 'summary' && <SummaryContacts />}
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
    </>
  );
}

/** At the end of the Summary, under its content: who to contact locally, from settings.json. */
function SummaryContacts() {
  const { localContacts } = useCourse();
  return (
    <Suspense fallback={<p className="loading">Loading your local contacts…</p>}>
      <LocalContacts contacts={localContacts} />
    </Suspense>
  );
}

/** The review's code and kind, as the leaflet gives them; its summary is behind LeafletLine. */
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
