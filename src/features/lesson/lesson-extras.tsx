/**
 * The parts of a lesson around its sections: what you will learn (first section) and
 * reflection questions and sources (last section).
 */
import { lazy, Suspense } from 'react';
import type { Lesson } from '../../course/types.ts';
// The answer boxes and the private record behind them load with a lesson's last part, not in the first load.
const ReflectionAnswers = lazy(() => import('./reflection-answers.tsx').then((m) => ({ default: m.ReflectionAnswers })));

export function LessonIntro({ lesson }: { lesson: Lesson }) {
  return (
    <div className="lesson-intro">
      <p className="lesson-meta">About {lesson.minutes} minutes</p>
      <h2>In this lesson you will</h2>
      <ul>
        {lesson.outcomes.map((o) => (
          <li key={o}>{o}</li>
        ))}
      </ul>
    </div>
  );
}

export function LessonClose({ lesson }: { lesson: Lesson }) {
  return (
    <>
      {lesson.reflection.length > 0 && (
        <section className="reflection" aria-labelledby="reflect-heading">
          <h2 id="reflect-heading">Reflect on your practice</h2>
          <p>Take a moment with these questions, on your own or with your supervisor. You can write an answer below each one.</p>
          <Suspense fallback={<p className="loading">Loading the reflection questions…</p>}>
            <ReflectionAnswers lesson={lesson} />
          </Suspense>
        </section>
      )}
      <section className="sources" aria-labelledby="sources-heading">
        <h2 id="sources-heading">Sources</h2>
        <ul>
          {lesson.sources.map((s) => (
            <li key={s.title}>
              {s.title}
              {s.by ? `, ${s.by}` : ''}
              {s.url ? ` (${s.url})` : ''}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
