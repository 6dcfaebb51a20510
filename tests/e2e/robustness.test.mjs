// What happens when storage fails, and with many participants.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible, createProject, listedCodes, openContext, seedParticipants, suite } from './harness.mjs';

const env = suite();

describe('storage failures', () => {
  it('a full disk while saving says so, keeps what was typed and saves nothing', async () => {
    const { page, context, foreign } = await openContext(env.browser, env.server.url);
    await createProject(page, env.server.url, 'Fullt', { start: '2025-01-01' });
    await page.getByRole('link', { name: 'Registrera deltagare' }).click();
    await page.getByLabel('Födelseår').fill('1979');
    await page.getByLabel('Anteckning').fill('Vill börja med praktik');
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.getByRole('button', { name: 'Spara' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'inte plats för mer' });
    await alert.waitFor();
    assert.match(await alert.innerText(), /Det du skrev finns kvar i formuläret/);
    assert.equal(await page.getByLabel('Födelseår').inputValue(), '1979');
    assert.equal(await page.getByLabel('Anteckning').inputValue(), 'Vill börja med praktik');
    await assertAccessible(page, 'a form with a storage error');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Registrera deltagare' }).waitFor();
    await page.getByRole('link', { name: 'Avbryt' }).click();
    await page.getByText('Inga deltagare är registrerade än.').waitFor();
    assert.deepEqual(foreign, []);
    await context.close();
  });

  it('a browser that refuses IndexedDB gets a message saying what to do', async () => {
    const { page, context } = await openContext(env.browser, env.server.url);
    await context.addInitScript(() => {
      IDBFactory.prototype.open = function () {
        throw new DOMException('Access to storage is not allowed.', 'SecurityError');
      };
    });
    await page.goto(env.server.url);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /tillåter inte att Stegvis sparar här.*privat läge/s);
    await assertAccessible(page, 'the storage-refused message');
    await context.close();
  });
});

describe('a project with 10,000 participants', () => {
  it('lists them a page at a time, searches and sorts them', async () => {
    const { page, context, errors } = await openContext(env.browser, env.server.url);
    await createProject(page, env.server.url, 'Stort projekt', { start: '2025-01-01' });
    const seeded = await seedParticipants(page, 10000);
    assert.equal(seeded, 10000);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Stort projekt' }).waitFor();
    await page.getByLabel('Alla').check();
    await page.getByText('Sida 1 av 200 · 10000 deltagare').waitFor();
    assert.equal((await listedCodes(page)).length, 50, 'one page of rows is rendered, not all');
    await page.getByRole('button', { name: 'Nästa sida' }).click();
    await page.getByText('Sida 2 av 200').waitFor();
    assert.equal((await listedCodes(page))[0], 'D-00051');
    await page.getByLabel('Pågående').check();
    await page.getByText('Sida 1 av 134 · 6667 deltagare').waitFor();
    await page.getByRole('button', { name: 'Kod' }).click();
    assert.equal((await listedCodes(page))[0], 'D-10000', 'sorted by code, descending');
    await page.getByLabel('Sök på kod').fill('0999');
    assert.deepEqual(await listedCodes(page), ['D-09998', 'D-09997', 'D-09995', 'D-09994', 'D-09992', 'D-09991'], 'active codes containing 0999 (every third is discharged)');
    await assertAccessible(page, 'a long participant list');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
