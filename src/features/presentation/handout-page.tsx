/**
 * The printed handout for a briefing: each theme's key messages, the review summaries,
 * the discussion and reflection questions and the support contacts, laid out for A4 with
 * each block kept whole on one page. "Print" also gives "Save as PDF".
 */
import { useEffect, useState } from 'react';
import type { Lesson } from '../../course/types.ts';
import type { Assessment } from '../../course/quiz-types.ts';
import { useCourse, useCourseSource } from '../../components/course-context.tsx';
import { PageHeading } from '../../components/page-heading.tsx';

export function HandoutPage() {
  const course = useCourse();
  const { loadLesson, loadAssessment } = useCourseSource();
  const [content, setContent] = useState<{ lessons: Lesson[]; assessment: Assessment | null }>();
  useEffect(() => {
    let live = true;
    Promise.all([Promise.all(course.lessons.map((l) => loadLesson(l.id))), loadAssessment()]).then(
      ([lessons, assessment]) => live && setContent({ lessons, assessment }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [course, loadLesson, loadAssessment]);

  if (!content) return <p className="loading">Preparing the handout…</p>;
  const themes = content.lessons.filter((l) => l.kind === 'theme');
  const reviews = content.lessons.filter((l) => l.review);
  return (
    <article className="handout">
      <PageHeading title="Handout: learning from reviews" />
      <p className="no-print">
        <button type="button" className="button primary" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </p>
      <p>{course.title}. Key messages for a team briefing.</p>
      {themes.map((lesson) => (
        <section key={lesson.id} className="handout-block" data-block={lesson.id}>
          <h2>{lesson.title}</h2>
          <ul>
            {[...new Set(lesson.sections.flatMap((s) => s.keyPoints))].map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </section>
      ))}
      <section className="handout-block" data-block="reviews">
        <h2>The reviews (2008-12)</h2>
        <ul>
          {reviews.map((l) => (
            <li key={l.id}>
              <strong>{l.review!.code}</strong> ({l.review!.type}): {l.review!.summary}
            </li>
          ))}
        </ul>
      </section>
      {content.assessment && (
        <section className="handout-block" data-block="discussion">
          <h2>Questions for discussion</h2>
          <ul>
            {content.assessment.scenarios.flatMap((s) => s.discussion).map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        </section>
      )}
      <section className="handout-block" data-block="reflection">
        <h2>Questions for reflection</h2>
        <p>Do not write down details that could identify a real child or family.</p>
        <ul>
          {themes.flatMap((l) => l.reflection).map((r) => (
            <li key={r.id + r.text}>{r.text}</li>
          ))}
        </ul>
      </section>
      <section className="handout-block" data-block="support">
        <h2>Support</h2>
        <ul>
          {course.support.map((c) => (
            <li key={c.id}>
              <strong>{c.name}</strong>: {c.detail}
              {c.phone ? ` Phone ${c.phone}${c.hours ? ` (${c.hours})` : ''}.` : ''}
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
