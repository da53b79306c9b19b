/**
 * Older saved-state versions, brought up to the current one a version at a time, as the
 * fields of the wire format (see saved-state.ts): each step knows only the version it
 * reads and the next, so a learner who saved three releases ago goes through every step.
 * A step never needs the course; what no longer fits the content is dropped afterwards,
 * whatever the version (saved-state.ts, fitting).
 *
 * To change the format: bump STATE_VERSION, add the step from the previous version here,
 * and keep a saved state of the previous version as a fixture (tests/fixtures/saved-states).
 * An optional field that older readers can ignore needs no new version: v2 gained q: and y:
 * (the course evaluation) that way, and a v2 reader that predates them simply drops them.
 */

/** The fields of one saved state, by their one-letter name. */
export type Fields = Map<string, string>;

const ID = '[a-z0-9][a-z0-9-]*';
const V1_LESSON = new RegExp(`^(${ID})/(${ID})/([01])$`);

/**
 * v1 -> v2: answers' latency goes from decimal to base 36 (shorter). Lessons were `l:<lesson>/<furthest section>/<1 if done>`. A finished lesson
 * now goes in `f:` by its id alone, so it stays finished whatever becomes of its sections
 * (and full progress no longer grows with section ids); lessons under way keep their
 * furthest section in `l:<lesson>/<section>`. A malformed entry is carried over as it is,
 * for the decoder to drop and count.
 */
function v1ToV2(fields: Fields): Fields {
  const next = new Map(fields);
  const finished: string[] = [];
  const underWay: string[] = [];
  for (const entry of (fields.get('l') ?? '').split(',').filter(Boolean)) {
    const m = V1_LESSON.exec(entry);
    if (m && m[3] === '1') finished.push(m[1]);
    else if (m) underWay.push(`${m[1]}/${m[2]}`);
    else underWay.push(entry);
  }
  next.set('l', underWay.join(','));
  if (finished.length) next.set('f', finished.join(','));
  for (const key of ['a', 'b']) {
    const answers = fields.get(key);
    if (answers) next.set(key, answers.split('|').map(latencyInBase36).join('|'));
  }
  return next;
}

/** `<scenario>~<step>.<choices>.<secs in decimal>[.<time>]~...`: v2 writes the latency in base 36. */
function latencyInBase36(group: string): string {
  const [scenario, ...steps] = group.split('~');
  const converted = steps.map((step) => {
    const parts = step.split('.');
    // Anything else is left for the decoder to refuse (it drops unreadable answers whole).
    if (parts.length >= 3 && /^\d{1,9}$/.test(parts[2])) parts[2] = Number(parts[2]).toString(36);
    return parts.join('.');
  });
  return [scenario, ...converted].join('~');
}

/** The step that reads each version and writes the next. */
const MIGRATIONS: Record<number, (fields: Fields) => Fields> = { 1: v1ToV2 };

/** The fields of version `from` as version `to` has them, or undefined when no chain leads there. */
export function migrateFields(from: number, to: number, fields: Fields): Fields | undefined {
  let current = fields;
  for (let v = from; v < to; v++) {
    const step = MIGRATIONS[v];
    if (!step) return undefined;
    current = step(current);
  }
  return current;
}
