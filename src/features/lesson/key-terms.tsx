/** Key terms explained in the section where they first appear. */
import type { GlossaryTerm } from '../../course/types.ts';

export function KeyTerms({ terms }: { terms: GlossaryTerm[] }) {
  if (terms.length === 0) return null;
  return (
    <aside className="key-terms" aria-label="Key terms">
      <h3>Key terms</h3>
      <dl>
        {terms.map((t) => (
          <div key={t.id}>
            <dt>{t.term}</dt>
            <dd>
              {t.definition} <span className="source">Source: {t.source}</span>
            </dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}
