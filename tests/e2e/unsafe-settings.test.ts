/**
 * A settings.json with script and data addresses and markup, as an administrator might
 * paste by mistake (or an attacker by design): the support page shows no link that is not
 * a phone number, keeps the safe contacts, and names each refused value in the console.
 */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashOf, paths } from '../../src/config/paths.ts';
import { DIST } from './course-fixture.ts';
import { servedCourse } from './served-course.ts';

const dir = mkdtempSync(join(tmpdir(), 'lfr-unsafe-settings-'));
cpSync(DIST, dir, { recursive: true });
cpSync(resolve('tests/fixtures/settings/unsafe.json'), join(dir, 'settings.json'));
const unsafe = JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')) as { passMark: number };
const served = servedCourse(dir);

describe('an unsafe settings file', () => {
  it('gives no script or data link, keeps the safe contacts and says in the console what it refused', async () => {
    const page = await served.browser.newPage();
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    await page.goto(served.server.url + hashOf(paths.support));
    await page.locator('[data-contact="line"]').waitFor();

    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((h) => /javascript:|data:|vbscript:/i.test(h))).toEqual([]);
    expect(hrefs.filter((h) => h.startsWith('tel:'))).toEqual(['tel:+44(0)800222-222']);
    expect(await page.locator('[data-contact]').evaluateAll((items) => items.map((li) => li.getAttribute('data-contact')))).toEqual([
      'eap',
      'web',
      'line',
    ]);
    await expect.poll(() => page.locator('body').innerText()).not.toMatch(/<img|<script|onerror/);
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^settings\.json: organisation contains markup/),
        expect.stringMatching(/^settings\.json: support contact 1: phone is a javascript: address/),
        expect.stringMatching(/^settings\.json: support contact 2: phone is a data: address/),
      ]),
    );
    // The rest of the file still applies.
    await page.goto(served.server.url + hashOf(paths.assessment));
    await expect.poll(() => page.locator('main').innerText()).toContain(`Pass mark: ${unsafe.passMark}%`);
    expect(served.browser.problems).toEqual([]);
  });
});
