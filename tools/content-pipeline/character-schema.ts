/**
 * The adults of a fictional scenario, as authors list them under `characters:`. Each is drawn
 * as a small illustration at build time (illustrations.ts) and shown with its role as text.
 * Children are never drawn: character-rules.ts refuses a role that names one.
 */
import { z } from 'zod';
import { idSchema, text } from './schema.ts';
import { CLOTHES, EXPRESSION, FACIAL_HAIR, GLASSES, HAIR, SKIN, namesOf } from './character-looks.ts';

const trait = <T extends Record<string, string>>(map: T) => {
  const names = namesOf(map);
  return z.enum(names, { error: `must be one of: ${names.join(', ')}` });
};

export const lookSchema = z.strictObject({
  skin: trait(SKIN),
  hair: trait(HAIR),
  facialHair: trait(FACIAL_HAIR).optional(),
  glasses: trait(GLASSES).optional(),
  clothes: trait(CLOTHES).optional(),
  expression: trait(EXPRESSION).default('smile'),
});

export const characterSchema = z.strictObject({
  /** Stable: it names the illustration file. */
  id: idSchema,
  /** The first name the setting uses, shown with the role. */
  name: text().optional(),
  /** Shown as text under the figure: "Parent", "Health visitor". */
  role: text(),
  /** For authors and reviewers only, never shown: who this is in the scenario. */
  description: text(),
  /**
   * The adult whose behaviour is the concern in the scenario. The build checks that no
   * appearance is only ever given to such adults (character-rules.ts).
   */
  concern: z.boolean().default(false),
  look: lookSchema,
});

export type CharacterFile = z.infer<typeof characterSchema>;
export type LookFile = z.infer<typeof lookSchema>;
