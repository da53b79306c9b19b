/**
 * The Team briefings page (issue 11, point 6): reached from the course map by a link of its
 * own, it lists the 7-minute briefings, lessons as slides, the group scenarios, the handout
 * and a guide for facilitators; it passes axe and works by keyboard alone.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { activate } from './keyboard.ts';
import { assessment, course, DIST } from './course-fixture.ts';
import { servedCourse } from './served-course.ts';
import { axeViolations } from './axe.ts';

const served = servedCourse(DIST);
let page: Page;
beforeAll(async () => {
  page = await served.browser.newPage();
  await page.setViewportSize({ width: 1366, height: 768 });
});

const section = (name: string) => page.getByRole('region', { name });

describe('Team briefings', () => {
  it('is reached from the course map by keyboard, lists everything a facilitator needs, and passes axe', async () => {
    await page.goto(served.server.url);
    await expect.poll(() => page.locator('h1').textContent()).toBe(course.meta.title);
    await activate(page, page.getByRole('link', { name: 'Open Team briefings' }), 200);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Team briefings');

    const h2s = await page.locator('h2').allTextContents();
    expect(h2s).toEqual(['7-minute briefings', 'Lessons as slides', 'Group scenarios', 'Handout', 'Guide for facilitators']);
    const themes = course.lessons.filter((l) => l.kind === 'theme').map((l) => l.title);
    expect(await section('7-minute briefings').getByRole('link').allTextContents()).toEqual(themes);
    expect(await section('Lessons as slides').getByRole('checkbox').count()).toBe(course.lessons.length);
    await expect
      .poll(() => section('Group scenarios').getByRole('link').allTextContents())
      .toEqual(assessment.scenarios.map((s) => s.title));
    expect(await section('Handout').getByRole('link', { name: 'Printable handout' }).count()).toBe(1);
    expect(await section('Guide for facilitators').locator('h3').allTextContents()).toEqual([
      'How to run a 7-minute briefing',
      'Setting up the room',
      'If someone is upset',
      'Using the support slide',
    ]);
    // The guide names the same contacts as the support slide.
    const guide = (await section('Guide for facilitators').textContent()) ?? '';
    for (const contact of course.meta.support) expect(guide).toContain(contact.name);

    expect(await axeViolations(page)).toEqual([]);

    // Keyboard only: a group scenario opens in the room from here.
    await activate(page, section('Group scenarios').getByRole('link', { name: assessment.scenarios[0].title }), 200);
    await expect.poll(() => page.locator('.group-screen').getAttribute('data-screen')).toBe('title');
    expect(served.browser.problems).toEqual([]);
  });
});
