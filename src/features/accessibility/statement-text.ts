/**
 * The accessibility statement's sentences that take the organisation setting, each worded
 * to read well with a name and without one (src/lib/organisation.ts). No possessive on
 * the name: "the team at Anytown Council" reads right for any name, where "Anytown
 * Councils's" would not.
 */
import { organisationName } from '../../lib/organisation.ts';

export function commitment(organisation: string): string {
  const name = organisationName(organisation);
  return `${name ?? 'We'} want${name ? 's' : ''} as many people as possible to be able to use this course.`;
}

export function whoToTell(organisation: string): string {
  const name = organisationName(organisation);
  const team = name ? `the learning and development team at ${name}` : "your organisation's learning and development team";
  return `If you find something you cannot use, tell ${team}, who can provide the content in another format.`;
}
