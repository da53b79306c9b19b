/**
 * The adults in a fictional scenario, as a row of small figures drawn at build time (on the
 * assessment's first step and a group scenario's situation screen). The
 * pictures are decorative (alt=""): each person's name and role are text beneath, and the
 * setting says everything the pictures might. Lazy, with width and height set, so the page
 * never shifts as they arrive.
 */
import type { ScenarioCharacter } from '../course/quiz-types.ts';
import './scenario-people.css';

export function ScenarioPeople({ characters }: { characters: ScenarioCharacter[] }) {
  if (characters.length === 0) return null;
  return (
    <ul className="scenario-people" aria-label="People in this scenario">
      {characters.map((c) => (
        <li key={c.id}>
          {/* light-surface: the drawing keeps a light backing when the system is dark. */}
          <img className="light-surface" src={c.src} alt="" width={c.size} height={c.size} loading="lazy" decoding="async" />
          {c.name && <span className="person-name">{c.name}</span>}
          <span className="person-role">{c.role}</span>
        </li>
      ))}
    </ul>
  );
}
