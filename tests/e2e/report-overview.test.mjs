// Issue 16 (first part): a report a coach can hand in opens with the key figures and the goals,
// then the charts, then the tables in sections that fold, with a list of links to them. Run on
// the demo's group-guidance project, whose 13 outcomes once shared colours in the flow chart.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible, openContext, suite } from './harness.mjs';

describe('the report overview', () => {
  const env = suite();
  let page;
  before(async () => {
    ({ page } = await openContext(env.browser, env.server.url));
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(env.server.url);
    await page.getByRole('button', { name: 'Visa demo' }).click();
    await page.getByRole('link', { name: 'Vägledning Åby och Norrbacka' }).click();
    await page.getByRole('link', { name: 'Rapport', exact: true }).click();
    await page.locator('#tabell-oversikt').waitFor();
    await page.locator('figure.chart svg').first().waitFor();
  });

  it('puts the first chart within the first 2,000 px at 1,280 px wide', async () => {
    const top = await page.evaluate(() => document.querySelector('figure.chart').getBoundingClientRect().top + window.scrollY);
    console.log(`# first chart starts at ${Math.round(top)} px; page ${await page.evaluate(() => document.body.scrollHeight)} px tall`);
    assert.ok(top < 2000, `the first chart starts at ${top} px`);
  });

  it('shows the same numbers as the tables', async () => {
    const figures = await page.locator('.key-figures li').evaluateAll((items) => items.map((li) => ({
      label: li.querySelector('.key-label').textContent.trim(),
      value: li.querySelector('.key-value').textContent.trim(),
    })));
    const overview = Object.fromEntries(await page.locator('#tabell-oversikt tbody tr').evaluateAll((rows) =>
      rows.map((r) => [r.querySelector('th').textContent.trim(), r.querySelector('td').textContent.trim()])));
    for (const label of ['Aktuella', 'Nya', 'Utskrivna']) {
      const shown = figures.find((f) => f.label === label);
      assert.ok(shown, `${label} is a key figure: ${JSON.stringify(figures)}`);
      assert.equal(shown.value, overview[label], label);
    }
    const progression = figures.find((f) => f.label.startsWith('Till arbete'));
    assert.ok(progression, 'the share who progressed');
    assert.match(await page.locator('#tabell-avslutsorsaker').innerText(), new RegExp(progression.value.replace(/[,%\s]/g, '.')));
    assert.match(await page.locator('.report-overview').innerText(), /uppfyllt/, 'the goals, met or not, in words');
  });

  it('folds the tables, and links to each of them', async () => {
    const links = page.getByRole('navigation', { name: 'Tabellerna i rapporten' }).getByRole('link');
    assert.ok(await links.count() >= 8);
    await page.locator('nav.report-contents a[href="#avsnitt-avslutsorsaker"]').click();
    assert.match(page.url(), /#avsnitt-avslutsorsaker$/);
    const section = page.locator('#avsnitt-avslutsorsaker');
    await section.locator('summary').click();
    assert.equal(await section.evaluate((d) => d.open), false, 'folded');
    await section.locator('summary').click();
    assert.equal(await section.evaluate((d) => d.open), true);
    assert.equal(await page.locator('table[id^="tabell-alder-"]').count() <= 3, true, 'one age table per group, not one per outcome');
    assert.match(await page.locator('#tabell-alder-avslut thead').innerText(), /Arbete/);
  });

  it('never uses a colour twice in the flow chart', async () => {
    const legend = await page.locator('#diagram-flode svg rect').evaluateAll((rects) =>
      rects.filter((r) => r.getAttribute('width') === '16').map((r) => r.getAttribute('fill')));
    assert.ok(legend.length >= 10, `the flow chart has many categories: ${legend.length}`);
    assert.equal(new Set(legend).size, legend.length, `distinct colours: ${legend}`);
  });

  it('passes axe at 360 px and at 1,280 px', async () => {
    await assertAccessible(page, 'the report at 1,280 px');
    await page.setViewportSize({ width: 360, height: 800 });
    await assertAccessible(page, 'the report at 360 px');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('shows self-evaluation results as paired bars beside the star chart', async () => {
    await page.goto(env.server.url);
    await page.getByRole('link', { name: 'IPS Norrbacka' }).first().click();
    await page.getByRole('link', { name: 'Självskattning' }).click();
    await page.getByRole('link', { name: 'Resultat' }).click();
    await page.locator('#stjarna svg').waitFor();
    const bars = page.locator('#parstaplar');
    await bars.locator('svg').waitFor();
    assert.match(await bars.locator('figcaption').innerText(), /Medelvärde vid start och vid avslut/);
    const areas = await page.locator('#tabell-forandring-staplar tbody tr').count();
    assert.ok(areas >= 3, `${areas} areas`);
    // The page background, two legend boxes, two bars per area.
    assert.equal(await bars.locator('svg rect').count(), 3 + 2 * areas);
    await assertAccessible(page, 'the self-evaluation results with paired bars');
  });
});
