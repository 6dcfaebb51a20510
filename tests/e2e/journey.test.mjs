// Issue 14 end to end, as far as it is built: the age is judged at the start, not today, and
// the report gives the mean and median age at start; a participant registered by mistake
// (felregistrerad) is left out of the list and every count, shown under its own filter, and can
// be counted again.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible, createProject, listedCodes, openContext, suite } from './harness.mjs';

describe('a participant\'s journey (issue 14)', () => {
  const env = suite();
  let session, page, project;
  before(async () => {
    session = await openContext(env.browser, env.server.url);
    page = session.page;
  });

  async function register(code, birthYear, start) {
    await page.goto(project);
    await page.getByRole('link', { name: 'Registrera deltagare' }).click();
    await page.getByLabel('Kod').fill(code);
    await page.getByLabel('Födelseår').fill(birthYear);
    await page.getByLabel('Startdatum').fill(start);
    await page.getByRole('button', { name: 'Spara' }).click();
  }

  it('registers participants of a project from 2007 by their age at the start', async () => {
    project = await createProject(page, env.server.url, 'Steget 2007', { start: '2007-01-01' });
    // 67 at the start in 2007, 86 today: registered without a word about the age.
    await register('G-01', '1940', '2007-03-01');
    await page.getByText('Deltagare G-01 är registrerad.').waitFor();
    await register('G-02', '1982', '2007-04-01');
    await page.getByText('Deltagare G-02 är registrerad.').waitFor();
    // 7 at the start in 2007, 26 today: too young then, and nothing is saved.
    await register('G-03', '2000', '2007-03-01');
    const message = page.locator('#participant-birth-year-error');
    await page.waitForFunction(() => document.querySelector('#participant-birth-year-error')?.textContent.trim());
    assert.match(await message.innerText(), /yngre än 15 år vid start/);
    await page.goto(project);
    await page.getByRole('link', { name: 'G-02', exact: true }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'G-03', exact: true }).count(), 0);
  });

  it('gives the mean and median age at start in the report', async () => {
    await page.getByRole('link', { name: 'Rapport', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Rapport' }).waitFor();
    const table = await page.locator('#tabell-alder-start').innerText();
    assert.match(table, /Medelålder vid start, aktuella/);
    // 67 and 25 at the start.
    assert.match(table, /Medel\s+46,0/);
    assert.match(table, /Median\s+46,0/);
    assert.match(table, /Med känt födelseår\s+2/);
    await assertAccessible(page, 'the report with the age at start');
  });

  it('leaves a participant registered by mistake out of the list and the report, and counts them again on undo', async () => {
    await page.goto(project);
    await page.getByRole('link', { name: 'G-02', exact: true }).click();
    await page.getByRole('button', { name: 'Markera som felregistrerad' }).click();
    await page.getByText('Deltagaren är markerad som felregistrerad').waitFor();
    assert.match(await page.locator('.status-line').innerText(), /Felregistrerad/);
    await assertAccessible(page, 'a participant registered by mistake');

    await page.getByRole('link', { name: 'Steget 2007' }).click();
    await page.getByLabel('Alla').check();
    assert.deepEqual(await listedCodes(page), ['G-01']);
    await page.getByLabel('Felregistrerade').check();
    assert.deepEqual(await listedCodes(page), ['G-02']);
    assert.match(await page.locator('table.participants tbody tr').first().innerText(), /Felregistrerad/);

    await page.getByRole('link', { name: 'Rapport', exact: true }).click();
    const table = page.locator('#tabell-alder-start');
    await table.waitFor();
    assert.match(await table.innerText(), /Medel\s+67,0/);
    assert.match(await table.innerText(), /Med känt födelseår\s+1/);
    assert.match(await page.locator('#tabell-oversikt').innerText(), /Aktuella\s+1\s/);

    await page.goto(project);
    await page.getByLabel('Felregistrerade').check();
    await page.getByRole('link', { name: 'G-02', exact: true }).click();
    await page.getByRole('button', { name: 'Ångra felregistreringen' }).click();
    await page.getByText('Felregistreringen är ångrad').waitFor();
    await page.reload();
    assert.doesNotMatch(await page.locator('.status-line').innerText(), /Felregistrerad/);
    await page.getByRole('link', { name: 'Steget 2007' }).click();
    await page.getByLabel('Alla').check();
    assert.deepEqual(await listedCodes(page), ['G-01', 'G-02']);
    assert.deepEqual(session.foreign, []);
    assert.deepEqual(session.errors, []);
  });
});
