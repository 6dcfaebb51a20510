// Issue 5 end to end: the retention reminder lists participants discharged longer ago than the
// coach keeps data for, names them before deleting, and deletes them in one click (in the demo).
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible, listedCodes, openContext, suite } from './harness.mjs';

describe('the retention reminder', () => {
  const env = suite();
  let session, page;
  before(async () => {
    session = await openContext(env.browser, env.server.url);
    page = session.page;
  });

  it('lists old discharges, names them, and deletes them in one click', async () => {
    await page.goto(env.server.url);
    await page.getByRole('button', { name: 'Visa demo' }).click();
    await page.getByRole('link', { name: 'IPS Norrbacka' }).click();
    await page.getByRole('heading', { level: 1, name: 'IPS Norrbacka' }).waitFor();
    await page.getByLabel('Alla').check();
    const before = await listedCodes(page);
    const reminder = page.getByRole('region', { name: 'Dags att radera gamla uppgifter' });
    // The demo's discharges are all within 24 months of some day; one month always finds some.
    if (await reminder.count() === 0) {
      await page.evaluate(() => localStorage.setItem('stegvis.retention_months', '1'));
      await page.reload();
      await page.getByLabel('Alla').check();
    }
    await reminder.waitFor();
    await reminder.getByLabel('Spara utskrivna deltagare i (månader)').fill('1');
    await reminder.getByLabel('Spara utskrivna deltagare i (månader)').dispatchEvent('change');
    const body = await reminder.locator('p').first().innerText();
    const [, n] = body.match(/^(\d+) deltagare skrevs ut för mer än 1 månader sedan: /);
    const codes = body.split(': ')[1].split('. ')[0].split(', ');
    assert.equal(codes.length, Number(n));
    assert.ok(codes.every((c) => before.includes(c)), 'every listed code is a participant of the project');
    await assertAccessible(page, 'the project page with the retention reminder');
    await reminder.getByRole('button', { name: `Radera ${n} utskrivna` }).click();
    assert.match(await reminder.innerText(), new RegExp(`Radera ${n} deltagare för alltid: ${codes[0]}`));
    await reminder.getByRole('button', { name: 'Ja, radera dem' }).click();
    await page.getByText(`${n} deltagare är raderade.`).waitFor();
    const after = await listedCodes(page);
    assert.equal(after.length, before.length - codes.length);
    assert.ok(codes.every((c) => !after.includes(c)), 'the listed participants are gone');
    assert.equal(await reminder.count(), 0, 'nothing left to remind of');
    assert.deepEqual(session.errors, []);
  });
});
