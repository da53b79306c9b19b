/**
 * Build-time placeholders in lesson text, so content says the course's times without
 * anyone typing them: `{lessons-minutes}` and `{assessment-minutes}` are replaced when the
 * course is compiled. A typed time goes stale the moment a lesson changes; a placeholder
 * cannot. An unknown name, or a time not known yet, fails the build with file and field.
 * In YAML, a line that starts with a placeholder, or one inside [ ], needs quotes: a bare
 * `{` there opens a YAML mapping.
 */
import type { ContentProblem } from './errors.ts';

export type PlaceholderName = 'lessons-minutes' | 'assessment-minutes';
/** The values at this build; a value left undefined is not known yet. */
export type PlaceholderValues = Record<PlaceholderName, number | undefined>;

const PLACEHOLDER = /\{([a-z][a-z0-9-]*)\}/g;
const WHAT: Record<PlaceholderName, string> = {
  'lessons-minutes': 'the lessons',
  'assessment-minutes': 'the final assessment',
};
const isKnown = (name: string): name is PlaceholderName => Object.hasOwn(WHAT, name);

/**
 * Every problem with the placeholders anywhere in a content file's data (strings at any
 * depth), each named by its field as the editor wrote it, e.g. `sections[3].body`.
 */
export function placeholderProblems(data: unknown, values: PlaceholderValues, file: string, field = ''): ContentProblem[] {
  if (typeof data === 'string') {
    return [...data.matchAll(PLACEHOLDER)].flatMap(([whole, name]): ContentProblem[] => {
      if (!isKnown(name)) {
        return [
          {
            file,
            field,
            reason: `unknown placeholder ${whole}: the placeholders are ${Object.keys(WHAT)
              .map((n) => `{${n}}`)
              .join(', ')}`,
          },
        ];
      }
      if (values[name] === undefined) return [{ file, field, reason: `${whole}: the time of ${WHAT[name]} is not known at this build` }];
      return [];
    });
  }
  if (Array.isArray(data)) return data.flatMap((item, i) => placeholderProblems(item, values, file, `${field}[${i}]`));
  if (data && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => placeholderProblems(value, values, file, field ? `${field}.${key}` : key));
  }
  return [];
}

/**
 * A copy of compiled content with every placeholder replaced by its value (strings at any
 * depth, so compiled Markdown, key points and notes alike). Call only once
 * placeholderProblems found nothing.
 */
export function fillPlaceholders<T>(data: T, values: PlaceholderValues): T {
  if (typeof data === 'string') {
    return data.replace(PLACEHOLDER, (whole, name: string) => (isKnown(name) ? String(values[name] ?? whole) : whole)) as T;
  }
  if (Array.isArray(data)) return data.map((item: unknown) => fillPlaceholders(item, values)) as T;
  if (data && typeof data === 'object') {
    return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, fillPlaceholders(value, values)])) as T;
  }
  return data;
}
