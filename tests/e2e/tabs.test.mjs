// Issue 5 end to end: two tabs of Stegvis at once. A change in one appears in the other without
// a reload, and an edit begun before the other tab's change is refused instead of overwriting.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createProject, launch, listedCodes, openContext, serve } from './harness.mjs';

describe('two tabs', () => {
  let server, browser, session, a, b, project;
  before(async () => {
    server = await serve();
    browser = await launch();
    session = await openContext(browser, server.url);
    a = session.page;
    b = await session.context.newPage();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const register = async (page) => {
    await page.getByRole('link', { name: 'Registrera deltagare' }).click();
    const code = await page.getByLabel('Kod').inputValue();
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText(`Deltagare ${code} är registrerad.`).waitFor();
    return code;
  };

  it('shows a participant registered in one tab in the other', async () => {
    project = await createProject(a, server.url, 'Två flikar');
    const first = await register(a);
    await b.goto(project);
    assert.deepEqual(await listedCodes(b), [first]);
    const second = await register(a);
    await b.locator('table.participants tbody th', { hasText: second }).waitFor();
    assert.deepEqual(await listedCodes(b), [first, second]);
  });

  it('refuses an edit begun before the other tab saved, and keeps what was typed', async () => {
    const [code] = await listedCodes(b);
    for (const page of [a, b]) {
      await page.goto(project);
      await page.getByRole('link', { name: code, exact: true }).click();
      await page.getByLabel('Anteckning').waitFor();
    }
    await b.getByLabel('Anteckning').fill('Ändrat i flik B');
    await b.getByRole('button', { name: 'Spara', exact: true }).click();
    await b.getByText('Uppgifterna är sparade.').waitFor();

    await a.getByLabel('Anteckning').fill('Ändrat i flik A');
    await a.getByRole('button', { name: 'Spara', exact: true }).click();
    const alert = a.getByRole('alert').filter({ hasText: 'ändrat det här i en annan flik' });
    await alert.waitFor();
    assert.match(await alert.innerText(), /Det du skrev finns kvar/);
    assert.equal(await a.getByLabel('Anteckning').inputValue(), 'Ändrat i flik A');

    await a.reload();
    assert.equal(await a.getByLabel('Anteckning').inputValue(), 'Ändrat i flik B', 'the other tab\'s edit stands');
    // From the fresh version the edit goes through, and tab B sees it after its own reload.
    await a.getByLabel('Anteckning').fill('Ändrat i flik A');
    await a.getByRole('button', { name: 'Spara', exact: true }).click();
    await a.getByText('Uppgifterna är sparade.').waitFor();
    await b.reload();
    assert.equal(await b.getByLabel('Anteckning').inputValue(), 'Ändrat i flik A');
    assert.deepEqual(session.errors, []);
  });
});
