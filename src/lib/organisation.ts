/**
 * Whether the course names an organisation. The course ships with "Your organisation" in
 * place of a name, for an administrator to replace (course.yaml, or settings.json in a
 * package); until then no sentence may print it as if it were one ("tell Your
 * organisation's team"): each says "your organisation" in its own words instead.
 */

/** The value the course ships with: no organisation named yet. */
export const UNNAMED_ORGANISATION = 'Your organisation';

/** The organisation's name, or undefined when none is set (blank, or still the shipped value). */
export function organisationName(organisation: string | undefined): string | undefined {
  const name = organisation?.trim();
  if (!name || name.toLowerCase() === UNNAMED_ORGANISATION.toLowerCase()) return undefined;
  return name;
}
