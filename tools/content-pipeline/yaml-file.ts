/** Reads one YAML content file and checks it against its schema, collecting problems. */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { fieldPath, type ContentProblem } from './errors.ts';

export const rel = (file: string) => relative(process.cwd(), file) || file;

export function readYamlFile<S extends z.ZodType>(
  file: string,
  schema: S,
  problems: ContentProblem[],
  files: string[],
): z.infer<S> | undefined {
  files.push(file);
  if (!existsSync(file)) {
    problems.push({ file: rel(file), field: '', reason: 'file is missing' });
    return undefined;
  }
  const doc = parseDocument(readFileSync(file, 'utf8'), { prettyErrors: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      problems.push({
        file: rel(file),
        field: `line ${e.linePos?.[0].line ?? '?'}`,
        reason: `not valid YAML: ${e.message.split('\n')[0]}`,
      });
    }
    return undefined;
  }
  const result = schema.safeParse(doc.toJS());
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push({ file: rel(file), field: fieldPath(issue.path), reason: issue.message });
    }
    return undefined;
  }
  return result.data;
}
