// Issue 6 end to end: the layout reflows on a 360 px phone and at 200 % zoom (a 1280 px screen
// zoomed to 640 CSS px) without sideways scrolling of the page, and reduced motion is honoured.
// Wide tables may scroll inside their own box; the page itself may not.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { suite } from './harness.mjs';

/** Elements that stick out to the right of the viewport, outside any box that scrolls itself. */
const overflowing = (page) => page.evaluate(() => {
  const width = document.documentElement.clientWidth;
  const scrolls = (e) => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX);
  const inScroller = (e) => { for (let p = e.parentElement; p; p = p.parentElement) if (scrolls(p)) return true; return false; };
  const out = [...document.querySelectorAll('body *')]
    .filter((e) => e.getBoundingClientRect().right > width + 1 && !inScroller(e) && e.getClientRects().length)
    .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className && typeof e.className === 'string' ? `.${e.className.split(' ').join('.')}` : ''}`);
  return { pageScrolls: document.documentElement.scrollWidth > width + 1, out: out.slice(0, 8) };
});

describe('layout on small screens and at 200 % zoom', () => {
  const env = suite();

  for (const [what, viewport, scale] of [['a 360 px phone', { width: 360, height: 740 }, 3], ['200 % zoom', { width: 640, height: 400 }, 2]]) {
    it(`reflows every kind of page on ${what}`, async () => {
      const context = await env.browser.newContext({ locale: 'sv-SE', viewport, deviceScaleFactor: scale });
      const page = await context.newPage();
      await page.goto(env.server.url);
      await page.getByRole('button', { name: 'Visa demo' }).click();
      await page.getByRole('link', { name: 'Vägledning Åby och Norrbacka' }).click();
      await page.getByRole('heading', { level: 1, name: 'Vägledning Åby och Norrbacka' }).waitFor();
      const project = page.url();
      const participant = await page.locator('table.participants tbody a').first().getAttribute('href');
      const pages = [
        ['the start page', env.server.url],
        ['the project', project],
        ['a participant', `${env.server.url}${participant}`],
        ['the report', `${project}/rapport`],
        ['the print view', `${project}/rapport/utskrift`],
        ['the settings', `${project}/installningar`],
        ['a new participant', `${project}/ny-deltagare`],
        ['the import', `${project}/importera`],
        ['the self-evaluations', `${project}/sjalvskattning`],
        ['the backups', `${env.server.url}/sakerhetskopia`],
        ['the money', `${project}/ekonomi`],
        ['the final report', `${project}/slutrapport`],
        ['the final report print view', `${project}/slutrapport/utskrift`],
      ];
      const problems = [];
      for (const [name, url] of pages) {
        await page.goto(url);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        const { pageScrolls, out } = await overflowing(page);
        if (pageScrolls || out.length) problems.push(`${name}: ${pageScrolls ? 'the page scrolls sideways; ' : ''}${out.join(', ')}`);
      }
      // The results page of the first form: tables and the star chart.
      await page.goto(`${project}/sjalvskattning`);
      await page.getByRole('link', { name: /^Resultat/ }).first().click();
      await page.locator('#items-title').waitFor();
      const results = await overflowing(page);
      if (results.pageScrolls || results.out.length) problems.push(`the results: ${results.out.join(', ')}`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  it('honours reduced motion: nothing moves', async () => {
    const context = await env.browser.newContext({ locale: 'sv-SE', reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(env.server.url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const moving = await page.evaluate(() => [...document.querySelectorAll('*')]
      .map((e) => [e.tagName, getComputedStyle(e)])
      .filter(([, s]) => s.animationName !== 'none' || s.transitionDuration.split(',').some((d) => parseFloat(d) > 0) || s.scrollBehavior === 'smooth')
      .map(([t]) => t));
    assert.deepEqual(moving, []);
    assert.equal(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches), true);
    await context.close();
  });
});
