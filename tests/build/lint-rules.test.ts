/**
 * The lint step holds the layers: each case is code that breaks one rule, linted as if it
 * stood at a real path in the tree (nothing is written), and must be rejected with that
 * rule. The whole tree passing lint (and Prettier's check) is `npm run lint`, which `npm test` runs.
 */
import { ESLint } from 'eslint';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

describe('the lint step', () => {
  it('rejects a feature importing another feature', async () => {
    const code = "import { LessonPage } from '../lesson/lesson-page.tsx';\nexport const page = LessonPage;\n";
    expect(await ruleIds('src/features/support/probe.ts', code)).toEqual(['import-x/no-restricted-paths']);
  });

  it('rejects an upward import (pure rules reaching for the store)', async () => {
    const code = "import { useStore } from '../state/store.ts';\nexport const store = useStore;\n";
    expect(await ruleIds('src/lib/probe.ts', code)).toEqual(['import-x/no-restricted-paths']);
  });

  it('rejects shipped code importing build-time code', async () => {
    const code = "import { CSP } from '../../tools/content-pipeline/csp-plugin.ts';\nexport const csp = CSP;\n";
    expect(await ruleIds('src/app/probe.ts', code)).toEqual(['import-x/no-restricted-paths']);
  });

  it('rejects the SCORM runtime importing the store', async () => {
    const code = "import { useStore } from '../../src/state/store.ts';\nexport const store = useStore;\n";
    expect(await ruleIds('scorm/runtime/probe.ts', code)).toEqual(['import-x/no-restricted-paths']);
  });

  it('rejects an import cycle', async () => {
    // assessment-status.ts imports quiz-rules.ts, so this closes a loop.
    const code = "import { assessmentStatus } from './assessment-status.ts';\nexport const status = assessmentStatus;\n";
    expect(await ruleIds('src/lib/quiz-rules.ts', code)).toContain('import-x/no-cycle');
  });

  it('accepts an import down the layers', async () => {
    const code = "import type { Progress } from '../course/progress.ts';\nexport const empty = (): Progress => ({ lessons: {} });\n";
    expect(await ruleIds('src/lib/probe.ts', code)).toEqual([]);
  });

  it("rejects code that is not in the formatter's style (npm run lint runs prettier --check)", async () => {
    const options = { ...(await prettier.resolveConfig('src/lib/probe.ts')), filepath: 'src/lib/probe.ts' };
    expect(await prettier.check('export const a = {b:1}\n', options)).toBe(false);
    expect(await prettier.check(await prettier.format('export const a = {b:1}\n', options), options)).toBe(true);
  });
});
