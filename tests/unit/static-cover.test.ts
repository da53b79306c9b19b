/**
 * The copy of the course map's cover written into index.html (tools/content-pipeline/
 * static-cover.ts): the course's own words, escaped, in the empty #root. How it looks beside
 * the app's own cover is checked in Chromium (tests/e2e/static-cover.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { staticCoverHtml, withStaticCover } from '../../tools/content-pipeline/static-cover.ts';

const parse = (html: string) => {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host;
};

describe("index.html's copy of the cover", () => {
  it('shows the title with its years as the source, and the lede, as text', () => {
    const cover = parse(staticCoverHtml({ title: 'Learning from reviews (2008-12)', description: 'What it is.' }));
    expect(cover.querySelector('.static-title')!.textContent).toBe('Learning from reviews (2008-12)');
    expect(cover.querySelector('.static-title .title-source')!.textContent).toBe('(2008-12)');
    expect(cover.querySelector('.cover-lede')!.textContent).toBe('What it is.');
    const plain = parse(staticCoverHtml({ title: 'No years here', description: 'x' }));
    expect(plain.querySelector('.static-title')!.innerHTML).toBe('No years here');
  });

  it("writes the content's words as text, never as markup", () => {
    const cover = parse(staticCoverHtml({ title: 'A <b>title</b> & "more"', description: '<img src=x onerror=alert(1)>' }));
    expect(cover.querySelector('.static-title')!.textContent).toBe('A <b>title</b> & "more"');
    expect(cover.querySelector('.cover-lede')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(cover.querySelectorAll('b, img')).toHaveLength(0);
  });

  it('is hidden from assistive technology, with no heading, no link address and no button that works', () => {
    const cover = parse(staticCoverHtml({ title: 'T', description: 'D' }));
    expect(cover.firstElementChild!.getAttribute('aria-hidden')).toBe('true');
    expect(cover.querySelectorAll('h1, h2, a[href], [tabindex], button:not([disabled])')).toHaveLength(0);
  });

  it('keeps "$" in the course\'s words as written (not a replacement pattern that copies the page into #root)', () => {
    const html = '<head><title>x</title></head><body><div id="root"></div></body>';
    const out = withStaticCover(html, { title: "Costs $& and $' and $`", description: '$$ saved' });
    expect(parse(out.split('<body>')[1]).querySelector('.static-title')!.textContent).toBe("Costs $& and $' and $`");
    expect(out.match(/<title>/g)).toHaveLength(1);
    expect(out).toContain('$$ saved');
  });

  it('goes into the empty #root, and says so when index.html has none', () => {
    const html = '<body><div id="root"></div></body>';
    expect(withStaticCover(html, { title: 'T', description: 'D' })).toMatch(/^<body><div id="root"><div class="static-cover"/);
    expect(() => withStaticCover('<body><div id="app"></div></body>', { title: 'T', description: 'D' })).toThrow(
      'static cover: index.html has no empty <div id="root"></div> to write the cover into',
    );
  });
});
