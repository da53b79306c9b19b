/**
 * Each theme's colour and icon (content/looks.yaml) is checked at build: a colour that is not
 * #rrggbb or too faint against the page or panel of its mode, an icon outside the allowed
 * list, a theme with no look or a look for no theme, each fails with file, field and reason.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, problemsOf } from '../fixtures/content-copy.ts';
import type { ContentProblem } from '../../tools/content-pipeline/errors.ts';

const shown = (problems: ContentProblem[]) => problems.map((p) => `${p.file.replace(/^.*\//, '')}: ${p.field}: ${p.reason}`);

describe('content/looks.yaml', () => {
  it('refuses a colour that is not a hex colour and an icon not in the allowed list', () => {
    const content = copyFixture();
    content.edit('looks.yaml', (t) => t.replace("light: '#8c2f5c'", 'light: teal').replace('icon: book-open-text', 'icon: pill'));
    expect(shown(problemsOf(content.dir))).toEqual([
      'looks.yaml: themes.fixture.colour.light: must be a hex colour like #0b4f6c: a # and six digits 0-9 or letters a-f',
      expect.stringMatching(/^looks\.yaml: reviews\.icon: "pill" is not an allowed icon: use one of baby, backpack, .*mountain/),
    ]);
  });

  it('refuses a colour below 4.5:1 on the page or panel of its mode, and themes that do not match leaflet-points.yaml', () => {
    const content = copyFixture();
    content.edit('looks.yaml', (t) => t.replace("dark: '#e3c36f'", "dark: '#6b5208'").replace('  fixture:', '  fixtures:'));
    const problems = shown(problemsOf(content.dir));
    expect(problems).toContain('looks.yaml: themes: has no look for the theme "fixture" (leaflet-points.yaml)');
    expect(problems).toContain('looks.yaml: themes.fixtures: "fixtures" is not a theme in leaflet-points.yaml');
    // The dark backgrounds are read from src/app/tokens.css: #121416 (page) and #1f2326 (panel).
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^looks\.yaml: reviews\.colour\.dark: #6b5208 stands only 2\.\d\d:1 against the dark page background #121416; .*4\.5:1/,
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^looks\.yaml: reviews\.colour\.dark: .* against the dark panel background #1f2326; .*lighter/),
    );
    expect(problems).toHaveLength(4);
  });

  it('stops `vite build` with the file, field and reason', () => {
    const content = copyFixture();
    content.edit('looks.yaml', (t) => t.replace('icon: mountain', 'icon: syringe'));
    const out = join(mkdtempSync(join(tmpdir(), 'lfr-out-')), 'dist');
    const result = spawnSync(process.execPath, [resolve('node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], {
      env: { ...process.env, CONTENT_DIR: content.dir, OUT_DIR: out, NO_COLOR: '1' },
      encoding: 'utf8',
    });
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toMatch(/looks\.yaml: themes\.fixture\.icon: "syringe" is not an allowed icon/);
  });
});
