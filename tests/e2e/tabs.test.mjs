// Issue 5 end to end: two tabs of Stegvis at once. A change in one appears in the other without
// a reload, and an edit begun before the other tab's change is refused instead of overwriting.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createProject, listedCodes, openContext, registerParticipant, suite } from './harness.mjs';

describe('two tabs', () => {
  const env = suite();
  let session, a, b, project;
  before(async () => {
    session = await openContext(env.browser, env.server.url);
    a = session.page;
    b = await session.context.newPage();
  });

  it('shows a participant registered in one tab in the other', async () => {
    project = await createProject(a, env.server.url, 'Två flikar');
    const first = await registerParticipant(a);
    await b.goto(project);
    assert.deepEqual(await listedCodes(b), [first]);
    const second = await registerParticipant(a);
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

  it('keeps a refused discharge and its message while another section of the page saves (#13)', async () => {
    await a.goto(project);
    const code = await registerParticipant(a);
    await a.getByRole('link', { name: code, exact: true }).click();
    await a.getByLabel('Anteckning').waitFor();
    await a.getByLabel('Slutdatum').fill('2025-06-30');
    await a.getByRole('button', { name: 'Skriv ut deltagaren' }).click();
    const problem = a.locator('#discharge-outcome-error');
    await a.waitForFunction(() => document.querySelector('#discharge-outcome-error')?.textContent.trim());
    const message = await problem.innerText();
    // Saving the details draws the participant's sections again.
    await a.getByLabel('Anteckning').fill('Sparat medan utskrivningen väntar');
    await a.getByRole('button', { name: 'Spara', exact: true }).click();
    await a.getByText('Uppgifterna är sparade.').waitFor();
    assert.equal(await problem.innerText(), message, 'the discharge\'s message stays');
    assert.equal(await a.getByLabel('Slutdatum').inputValue(), '2025-06-30', 'what was typed stays');
    assert.equal(await a.getByLabel('Avslutsorsak').getAttribute('aria-invalid'), 'true');
    assert.deepEqual(session.errors, []);
  });

  it('lets one coach save section after section of a participant without a conflict (#13)', async () => {
    await a.goto(project);
    const code = await registerParticipant(a);
    await a.getByRole('link', { name: code, exact: true }).click();
    await a.getByLabel('Anteckning').waitFor();
    const note = async (text) => {
      await a.getByLabel('Anteckning').fill(text);
      await a.getByRole('button', { name: 'Spara', exact: true }).click();
      await a.getByText('Uppgifterna är sparade.').waitFor();
    };
    // Phase, then details, discharge, details, undo, details: all in one tab, none refused.
    await a.getByLabel('Ny fas').selectOption({ index: 2 });
    await a.getByRole('button', { name: 'Byt fas' }).click();
    await a.getByText('Fasen är ändrad.').waitFor();
    await note('Efter fasbytet');
    await a.getByLabel('Avslutsorsak').selectOption({ index: 1 });
    await a.getByRole('button', { name: 'Skriv ut deltagaren' }).click();
    await a.getByText('Deltagaren är utskriven.').waitFor();
    await note('Efter utskrivningen');
    await a.getByRole('button', { name: 'Ångra utskrivningen' }).click();
    await a.getByText('Utskrivningen är ångrad.').waitFor();
    await note('Efter ångrandet');
    assert.equal(await a.getByRole('alert').filter({ hasText: 'annan flik' }).count(), 0);
    await a.reload();
    assert.equal(await a.getByLabel('Anteckning').inputValue(), 'Efter ångrandet');
    assert.match(await a.locator('.status-line').innerText(), /Pågående/);
    // The same sections in two tabs: tab B's phase change makes tab A's note from before stale.
    await b.goto(a.url());
    await b.getByLabel('Ny fas').waitFor();
    await b.getByLabel('Ny fas').selectOption({ index: 3 });
    await b.getByRole('button', { name: 'Byt fas' }).click();
    await b.getByText('Fasen är ändrad.').waitFor();
    const deaf = await session.context.newPage();
    await deaf.addInitScript(() => { window.BroadcastChannel = class { postMessage() {} close() {} set onmessage(_) {} }; });
    await deaf.goto(a.url());
    await deaf.getByLabel('Anteckning').waitFor();
    await b.getByLabel('Anteckning').fill('Ändrat i flik B igen');
    await b.getByRole('button', { name: 'Spara', exact: true }).click();
    await b.getByText('Uppgifterna är sparade.').waitFor();
    await deaf.getByLabel('Anteckning').fill('Ändrat i den döva fliken');
    await deaf.getByRole('button', { name: 'Spara', exact: true }).click();
    await deaf.getByRole('alert').filter({ hasText: 'ändrat det här i en annan flik' }).waitFor();
    assert.equal(await deaf.getByLabel('Anteckning').inputValue(), 'Ändrat i den döva fliken', 'what was typed is kept');
    await deaf.close();
    assert.deepEqual(session.errors, []);
  });

  it('shows a self-evaluation form copied in one tab in the other', async () => {
    for (const page of [a, b]) {
      await page.goto(`${project}/sjalvskattning`);
      await page.locator('.form-card').first().waitFor();
    }
    const before = await b.locator('.form-card').count();
    await a.getByRole('button', { name: 'Kopiera' }).first().click();
    await b.locator('.form-card').nth(before).waitFor();
    assert.equal(await b.locator('.form-card').count(), before + 1);
    assert.deepEqual(session.errors, []);
  });
});
