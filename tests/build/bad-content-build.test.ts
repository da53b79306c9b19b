/**
 * `npm run build` on bad content stops with the file, field and reason, and writes
 * nothing: a previous good build in the output folder is left as it was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture } from '../fixtures/content-copy.ts';
import { UNSAFE_PROBLEMS, unsafeContent } from '../fixtures/content-unsafe.ts';

function build(contentDir: string, outDir: string) {
  return spawnSync(process.execPath, [resolve('node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], {
    env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, NO_COLOR: '1' },
    encoding: 'utf8',
  });
}

describe('building bad content', () => {
  it('fails with file, field and reason, and leaves the previous output untouched', () => {
    const out = mkdtempSync(join(tmpdir(), 'lfr-out-'));
    mkdirSync(join(out, 'assets'));
    writeFileSync(join(out, 'index.html'), 'previous good build');

    const content = copyFixture();
    content.edit('lessons/first.yaml', (t) => t.replace('title: First lesson\n', ''));
    content.edit('lessons/extra.yaml', (t) => t.replace('Nothing more.', 'Nothing <em>more</em>.'));
    const result = build(content.dir, out);

    expect(result.status).not.toBe(0);
    const output = result.stdout + result.stderr;
    expect(output).toContain('The course content has 2 problems');
    expect(output).toMatch(/lessons\/first\.yaml: title: is required/);
    expect(output).toMatch(/lessons\/extra\.yaml: sections\[0\]\.body: raw HTML is not allowed/);
    expect(readdirSync(out).sort()).toEqual(['assets', 'index.html']);
    expect(readdirSync(join(out, 'assets'))).toEqual([]);
  });

  it('refuses unsafe links and markup in every kind of content file, naming file, field and reason for each at once', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'lfr-out-')), 'dist');
    const result = build(unsafeContent(), out);
    expect(result.status).not.toBe(0);
    const output = result.stdout + result.stderr;
    expect(output).toContain(`The course content has ${UNSAFE_PROBLEMS.length} problems`);
    const lines = output.split('\n');
    for (const { file, field, reason } of UNSAFE_PROBLEMS) {
      expect(
        lines.some((l) => l.includes(`${file}: ${field}: `) && reason.test(l)),
        `${file}: ${field}: ${reason}`,
      ).toBe(true);
    }
    expect(existsSync(out)).toBe(false);
  });

  it('builds good content', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'lfr-out-')), 'dist');
    const result = build(copyFixture().dir, out);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
  });
});
