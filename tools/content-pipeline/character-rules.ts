/**
 * Rules on the people drawn in the fictional scenarios. Within a scenario: ids are unique
 * and no character is a child (the course never pictures a child, least of all one at risk).
 * Across all scenarios: no appearance (a skin tone, a hair style or head covering, facial
 * hair) is given only to adults marked `concern: true`, so no group of people is only ever
 * drawn as the risky adult.
 */
import type { ContentProblem } from './errors.ts';
import type { CharacterFile, LookFile } from './character-schema.ts';

/**
 * Words that make a role a child's. "Child" is allowed where it names a service or a
 * professional ("child protection lead", "children's social worker").
 */
const CHILD_ROLE =
  /\b(?:child(?!(?:ren)?(?:'s|’s)?\s+(?:protection|social|services?|care|health))(?:ren)?|bab(?:y|ies)|infants?|toddlers?|newborns?|sons?|daughters?|boys?|girls?|teen(?:age|agers?|s)?|young (?:person|people)|pupils?|kids?|minors?)\b/i;

export function childRoleWord(role: string): string | undefined {
  return CHILD_ROLE.exec(role)?.[0];
}

/** Checks one scenario's characters; `field` is where the list sits in the file. */
export function checkCharacters(characters: CharacterFile[], file: string, field = 'characters'): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  characters.forEach((c, i) => {
    const at = `${field}[${i}]`;
    if (seen.has(c.id)) problems.push({ file, field: `${at}.id`, reason: `duplicate character id "${c.id}"` });
    seen.add(c.id);
    const word = childRoleWord(c.role);
    if (word) {
      problems.push({
        file,
        field: `${at}.role`,
        reason: `"${c.role}" names a child ("${word}"): the course never draws children; list only the adults`,
      });
    }
  });
  return problems;
}

/** The traits that mark a group of people, as opposed to a choice of glasses or clothes. */
const GROUP_TRAITS = ['skin', 'hair', 'facialHair'] as const satisfies readonly (keyof LookFile)[];

export interface PlacedCharacter {
  file: string;
  field: string;
  character: CharacterFile;
}

/** Across every scenario: each group trait worn by an adult of concern is also worn by someone who is not. */
export function checkDiversity(placed: PlacedCharacter[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const trait of GROUP_TRAITS) {
    const values = new Set(placed.map((p) => p.character.look[trait]).filter((v) => v !== undefined));
    for (const value of values) {
      const wearing = placed.filter((p) => p.character.look[trait] === value);
      if (wearing.some((p) => !p.character.concern)) continue;
      for (const p of wearing) {
        problems.push({
          file: p.file,
          field: `${p.field}.look.${trait}`,
          reason:
            `${trait} "${value}" is given only to adults marked concern: true (${wearing.map((w) => w.character.id).join(', ')}): ` +
            'give it to another character who is not the adult of concern too, or choose another, so no group of people is only ever the risky adult',
        });
      }
    }
  }
  return problems;
}
