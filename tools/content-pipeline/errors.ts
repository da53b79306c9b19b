/**
 * Content errors name the file, the field and the reason, so an editor who is not a
 * programmer can find and fix the problem. All errors are collected before the build
 * stops, so one run shows every problem at once.
 */
export interface ContentProblem {
  file: string;
  field: string;
  reason: string;
}

export class ContentError extends Error {
  readonly problems: ContentProblem[];

  constructor(found: ContentProblem[]) {
    // A problem can be found twice (a Markdown field is checked with its file's schema and
    // again when compiled): list it once.
    const problems = [...new Map(found.map((p) => [`${p.file}\n${p.field}\n${p.reason}`, p])).values()];
    super(
      `The course content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  ${p.file}: ${p.field || '(whole file)'}: ${p.reason}`).join('\n'),
    );
    this.problems = problems;
    this.name = 'ContentError';
  }
}

/** Turns a zod issue path like ['sections', 2, 'body'] into `sections[2].body`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`)).join('');
}
