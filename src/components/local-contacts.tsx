/**
 * The local safeguarding contacts from settings.json (front door or MASH, LADO, named lead,
 * local procedures, escalation policy), shown on the Support page and at the end of the
 * Summary lesson. With none listed, it says where a learner finds them instead.
 */
import type { LocalContact } from '../course/types.ts';
import { LOCAL_CONTACT_KINDS } from '../lib/local-contact-words.ts';

export function LocalContacts({ contacts, headingLevel = 2 }: { contacts: LocalContact[] | undefined; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  const Item = `h${headingLevel + 1}` as 'h3' | 'h4';
  const list = contacts ?? [];
  return (
    <section className="local-contacts" aria-labelledby="local-contacts-heading">
      <Heading id="local-contacts-heading">Local safeguarding contacts</Heading>
      {list.length === 0 ? (
        <p>
          Your organisation has not listed local contacts in this course. Your manager or named safeguarding lead can tell you how to reach
          your local children&apos;s social care front door (or MASH) and the LADO, and where to find your local safeguarding procedures and
          escalation policy.
        </p>
      ) : (
        <ul className="contacts">
          {list.map((c) => (
            <li key={c.id} data-local-contact={c.id}>
              <Item>{c.name}</Item>
              <p className="contact-kind">{LOCAL_CONTACT_KINDS[c.kind].label}</p>
              {(c.detail ?? LOCAL_CONTACT_KINDS[c.kind].when) && <p>{c.detail ?? LOCAL_CONTACT_KINDS[c.kind].when}</p>}
              {c.phone && (
                <p>
                  Phone: <a href={`tel:${c.phone.replace(/\s/g, '')}`}>{c.phone}</a>
                  {c.hours ? ` (${c.hours})` : ''}
                </p>
              )}
              {c.email && (
                <p>
                  Email: <a href={`mailto:${c.email}`}>{c.email}</a>
                </p>
              )}
              {c.url && (
                <p>
                  <a href={c.url} target="_blank" rel="noopener noreferrer">
                    {c.name} (opens in a new tab)
                  </a>
                </p>
              )}
              {!c.phone && c.hours && <p>Hours: {c.hours}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
