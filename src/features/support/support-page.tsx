/** Support: who to contact, from the course file (the organisation's own service among them). */
import { useCourse } from '../../components/course-context.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { LocalContacts } from '../../components/local-contacts.tsx';

export function SupportPage() {
  const course = useCourse();
  return (
    <>
      <PageHeading title="Support" />
      <p>
        This course covers the deaths and serious harm of children and young people. It is normal to find some of it upsetting, especially
        if it connects with your own experience or your work. You can stop, skip a lesson for now, and come back later: your progress is
        kept.
      </p>
      <ul className="contacts">
        {course.support.map((c) => (
          <li key={c.id} data-contact={c.id}>
            <h2>{c.name}</h2>
            <p>{c.detail}</p>
            {c.phone && (
              <p>
                Phone: <a href={`tel:${c.phone.replace(/\s/g, '')}`}>{c.phone}</a>
                {c.hours ? ` (${c.hours})` : ''}
              </p>
            )}
          </li>
        ))}
      </ul>
      <p>
        If you are worried about a child you work with, follow your organisation's safeguarding procedures and talk to your manager or
        designated safeguarding lead.
      </p>
      <LocalContacts contacts={course.localContacts} />
    </>
  );
}
