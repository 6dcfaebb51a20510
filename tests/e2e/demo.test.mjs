// Issue 6 end to end: the workshop demo in its own database, with a banner on every page, the
// presenter view, a reset, and real data never touched.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible, createProject, openContext, overviewRow, storedRecords, suite } from './harness.mjs';

/** The names of the projects stored in IndexedDB database `name`, sorted. */
const storedProjects = async (page, name) => (await storedRecords(page, name, 'projects')).map((p) => p.name).sort();
/** The total in the report overview's row `label`. */
const overview = async (page, label) => (await overviewRow(page, label))[0];

describe('the workshop demo', () => {
  const env = suite();
  let session, page;
  before(async () => {
    session = await openContext(env.browser, env.server.url);
    page = session.page;
  });
  it('opens in one click, in a database of its own, with a banner on every page', async () => {
    await createProject(page, env.server.url, 'Riktigt projekt');
    await page.goto(env.server.url);
    await page.getByRole('button', { name: 'Visa demo' }).click();
    const banner = page.getByRole('region', { name: 'Demoläge' });
    await banner.getByText('påhittade uppgifter').waitFor();
    await page.getByRole('link', { name: 'IPS Norrbacka' }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Riktigt projekt' }).count(), 0);
    assert.equal(await page.locator('.project-card').count(), 3);
    await assertAccessible(page, 'the demo start page');
    assert.deepEqual(await storedProjects(page, 'stegvis'), ['Riktigt projekt'], 'the real database is untouched');
    assert.deepEqual(await storedProjects(page, 'stegvis-demo'),
      ['Arbetsförmågebedömning Steget', 'IPS Norrbacka', 'Vägledning Åby och Norrbacka']);
  });

  it('shows the demo numbers on the report, and its charts one at a time', async () => {
    await page.getByRole('link', { name: 'IPS Norrbacka' }).click();
    await page.getByRole('heading', { level: 1, name: 'IPS Norrbacka' }).waitFor();
    await page.getByRole('region', { name: 'Demoläge' }).waitFor();
    await page.getByRole('link', { name: 'Rapport', exact: true }).click();
    await page.locator('#tabell-oversikt').waitFor();
    assert.equal(await overview(page, 'Aktuella'), '40');
    assert.equal(await overview(page, 'Utskrivna'), '27');
    assert.match(await page.locator('#tabell-avslutsorsaker').innerText(), /Avslutsorsak saknas\s+1/);
    await page.getByRole('region', { name: 'Demoläge' }).waitFor();

    await page.getByRole('link', { name: 'Presentera diagrammen' }).click();
    const count = page.locator('.presenter-count');
    await count.getByText(/^1 av \d+$/).waitFor();
    const total = Number((await count.innerText()).split(' av ')[1]);
    assert.ok(total >= 3, 'several charts to show');
    const first = await page.getByRole('heading', { level: 1 }).innerText();
    await assertAccessible(page, 'the presenter view');
    await page.keyboard.press('ArrowRight');
    await count.getByText(`2 av ${total}`).waitFor();
    assert.notEqual(await page.getByRole('heading', { level: 1 }).innerText(), first);
    await page.keyboard.press('ArrowLeft');
    await count.getByText(`1 av ${total}`).waitFor();
    assert.ok(await page.getByRole('button', { name: 'Föregående' }).isDisabled());
    await page.getByRole('button', { name: 'Nästa' }).click();
    await count.getByText(`2 av ${total}`).waitFor();
    await page.keyboard.press('Escape');
    await page.locator('#tabell-oversikt').waitFor();
  });

  it('has self-evaluation answers at start and end', async () => {
    await page.getByRole('link', { name: 'IPS Norrbacka' }).first().click();
    await page.getByRole('link', { name: 'Självskattning' }).click();
    const facts = await page.locator('.form-card').first().innerText();
    const [, start, , end] = facts.match(/Start: (\d+) svar · Under insatsen: (\d+) svar · Avslut: (\d+) svar/).map(Number);
    assert.ok(start >= 20 && end >= 5, facts);
    await page.getByRole('link', { name: 'Resultat' }).click();
    await page.locator('#stjarna svg').waitFor();
  });

  it('resets to the original demo data, and leaving it shows the real data again', async () => {
    await page.goto(env.server.url);
    await page.getByRole('link', { name: 'IPS Norrbacka' }).click();
    await page.getByLabel('Alla').check();
    await page.getByRole('link', { name: 'IPS-001' }).click();
    await page.getByRole('button', { name: 'Ta bort deltagaren' }).click();
    await page.getByRole('button', { name: 'Ja, ta bort' }).click();
    await page.getByText('Deltagaren är borttagen.').waitFor();
    await page.getByLabel('Alla').check();
    assert.equal(await page.getByRole('link', { name: 'IPS-001' }).count(), 0);

    await page.getByRole('button', { name: 'Återställ demon' }).click();
    await page.getByText('Demon är återställd.').waitFor();
    await page.getByRole('link', { name: 'IPS Norrbacka' }).click();
    await page.getByLabel('Alla').check();
    await page.getByRole('link', { name: 'IPS-001' }).waitFor();

    await page.getByRole('button', { name: 'Lämna demon' }).click();
    await page.getByRole('link', { name: 'Riktigt projekt' }).waitFor();
    assert.equal(await page.getByRole('region', { name: 'Demoläge' }).count(), 0);
    assert.equal(await page.locator('.project-card').count(), 1);
    assert.deepEqual(await storedProjects(page, 'stegvis'), ['Riktigt projekt']);
    assert.deepEqual(session.foreign, []);
    assert.deepEqual(session.errors, []);
  });
});
