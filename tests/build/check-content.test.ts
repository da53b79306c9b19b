/**
 * `npm run check-content` validates all content with the build's own loader and no app
 * build: one line on good content, every problem with file, field and reason and a
 * non-zero exit on bad content.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT } from '../fixtures/fixture-course.ts';
import { UNSAFE_PROBLEMS, unsafeContent } from '../fixtures/content-unsafe.ts';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const checkContent = (dir: string) =>
  spawnSync(npm, ['run', '--silent', 'check-content', '--', dir], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('npm run check-content', () => {
  it('passes good content and says what it checked', () => {
    const result = checkContent(FIXTURE_CONTENT);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/is valid: 3 lessons, 2 assessment scenarios/);
  });

  it('fails bad content with every problem, each with file, field and reason', () => {
    const result = checkContent(unsafeContent());
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`The course content has ${UNSAFE_PROBLEMS.length} problems`);
    const lines = result.stderr.split('\n');
    for (const { file, field, reason } of UNSAFE_PROBLEMS) {
      expect(
        lines.some((l) => l.includes(`${file}: ${field}: `) && reason.test(l)),
        `${file}: ${field}: ${reason}`,
      ).toBe(true);
    }
  });
});
