/**
 * The printed handout for a briefing: each theme's key messages, the review summaries,
 * the discussion and reflection questions and the support contacts, laid out for A4 with
 * each block kept whole on one page. "Print" also gives "Save as PDF".
 * The review summaries are the leaflet's words, so they print as quotations, after a
 * content note (a printed page has no gate to stop at) and with a note where the leaflet's
 * language is no longer used.
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
  // The leaflet's ADS12 line is quoted as written; current language needs saying beside it.
  const saysCommitted = reviews.some((l) => /committed suicide/i.test(l.review!.summary));
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
        <p data-note="content">
          <strong>Content note:</strong> this list is about the deaths and serious injuries of children and young people, including violent
          deaths, suicide and sexual abuse. Each summary is quoted from the leaflet as written.
        </p>
        <ul>
          {reviews.map((l) => (
            <li key={l.id}>
              <strong>{l.review!.code}</strong> ({l.review!.type}): “{l.review!.summary}”
            </li>
          ))}
        </ul>
        {saysCommitted && (
          <p data-note="language">
            <strong>A note on language:</strong> the leaflet says “committed suicide”. Today we say “died by suicide”: “committed” dates
            from when suicide was a crime.
          </p>
        )}
      </section>
      {content.assessment && (
        <section className="handout-block" data-block="discussion">
          <h2>Questions for discussion</h2>
          <ul>
            {content.assessment.scenarios
              .flatMap((s) => s.discussion)
              .map((q) => (
                <li key={q}>{q}</li>
              ))}
          </ul>
        </section>
      )}
      <section className="handout-block" data-block="reflection">
        <h2>Questions for reflection</h2>
        <p>Do not write down details that could identify a real child or family.</p>
        <ul>
          {themes
            .flatMap((l) => l.reflection)
            .map((r) => (
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
