/** The facts of My record: course, dates, time, lessons, result, outcomes and the reflections written in lessons. */
import type { CpdRecord } from '../../lib/cpd-record.ts';
import { datesText, resultText } from '../../lib/cpd-record.ts';

export function RecordSummary({ record }: { record: CpdRecord }) {
  return (
    <>
      <section aria-labelledby="record-activity">
        <h2 id="record-activity">The activity</h2>
        <dl className="record-facts">
          <dt>Course</dt>
          <dd>
            {record.title} (version {record.version}), {record.organisation}
          </dd>
          <dt>Dates studied</dt>
          <dd>{datesText(record)}</dd>
          <dt>Time spent</dt>
          <dd>About {record.minutes} minutes (the course&rsquo;s estimate for what you completed)</dd>
          <dt>Lessons completed</dt>
          <dd>
            {record.lessonsDone.length} of {record.lessonsRequired}
            {record.lessonsDone.length > 0 && `: ${record.lessonsDone.join('; ')}`}
          </dd>
          <dt>Assessment</dt>
          <dd>{resultText(record)}</dd>
        </dl>
      </section>
      <section aria-labelledby="record-outcomes">
        <h2 id="record-outcomes">Learning outcomes</h2>
        {record.outcomes.length ? (
          <ul>
            {record.outcomes.map((o, i) => (
              <li key={i}>{o}</li>
            ))}
          </ul>
        ) : (
          <p>The outcomes of each lesson appear here once you complete it.</p>
        )}
      </section>
      <section aria-labelledby="record-reflections">
        <h2 id="record-reflections">My reflections during the course</h2>
        {record.reflections.length ? (
          record.reflections.map((r, i) => (
            <div key={i} className="record-reflection">
              <h3>
                {r.lesson}: {r.question}
              </h3>
              <p className="preserve-lines">{r.answer}</p>
            </div>
          ))
        ) : (
          <p>You have not written any reflections yet. Each lesson ends with questions you can answer.</p>
        )}
      </section>
    </>
  );
}
