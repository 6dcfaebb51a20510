// Backups end to end: download from one browser, restore into a fresh one and find the same
// data; a damaged file is refused and changes nothing.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { assertAccessible, createProject, listedCodes, openContext, seedParticipants, storedRecords, suite } from './harness.mjs';

describe('backup and restore', () => {
  const env = suite();
  let first, second, backup;
  before(async () => {
    first = await openContext(env.browser, env.server.url);
    second = await openContext(env.browser, env.server.url);
  });
  it('downloads a backup of everything', async () => {
    const page = first.page;
    await page.goto(`${env.server.url}/projekt/ny`);
    await page.getByLabel('Projektets namn').fill('Säkerhetsprojekt <b>');
    await page.getByLabel('Startdatum').fill('2025-01-01');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('heading', { level: 1, name: 'Säkerhetsprojekt <b>' }).waitFor();
    for (let i = 0; i < 2; i++) {
      await page.getByRole('link', { name: 'Registrera deltagare' }).click();
      await page.getByLabel('Anteckning').fill(`Anteckning ${i} med å ä ö`);
      await page.getByRole('button', { name: 'Spara' }).click();
      await page.getByText(/är registrerad/).waitFor();
    }
    await page.getByRole('link', { name: 'Säkerhetskopia', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Säkerhetskopia' }).waitFor();
    assert.match(await page.locator('.last-backup').innerText(), /Ingen säkerhetskopia/);
    await assertAccessible(page, 'the backup page');
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ned säkerhetskopia' }).click()]);
    assert.match(file.suggestedFilename(), /^stegvis-sakerhetskopia-\d{4}-\d\d-\d\d\.json$/);
    backup = await readFile(await file.path());
    const parsed = JSON.parse(backup.toString('utf8'));
    assert.equal(parsed.format, 'stegvis-backup');
    assert.equal(parsed.data.participants.length, 2);
    assert.match(await page.locator('.last-backup').innerText(), /Senaste säkerhetskopia från den här enheten: \d{4}-/);
  });

  it('restores it in another browser after a preview, and the data is the same', async () => {
    const page = second.page;
    await page.goto(`${env.server.url}/sakerhetskopia`);
    await page.getByLabel('Välj säkerhetskopia').setInputFiles({ name: 'kopia.json', mimeType: 'application/json', buffer: backup });
    const plan = page.locator('.restore-plan');
    await plan.waitFor();
    assert.match(await plan.innerText(), /Projekt\s+1 läggs till/);
    assert.match(await plan.innerText(), /Deltagare\s+2 läggs till/);
    await assertAccessible(page, 'the restore preview');
    await page.getByRole('button', { name: 'Återställ' }).click();
    await page.getByText('Säkerhetskopian är återställd.').waitFor();
    await page.getByRole('link', { name: 'Projekt', exact: true }).click();
    await page.getByRole('link', { name: 'Säkerhetsprojekt <b>' }).click();
    assert.deepEqual(await listedCodes(page), ['D-001', 'D-002']);
    await page.getByRole('link', { name: 'D-002' }).click();
    assert.equal(await page.getByLabel('Anteckning').inputValue(), 'Anteckning 1 med å ä ö');
    assert.equal(await page.locator('main b').count(), 0, 'a label with HTML is shown as text');
  });

  it('a second restore of the same backup has nothing to do', async () => {
    const page = second.page;
    await page.getByRole('link', { name: 'Säkerhetskopia', exact: true }).click();
    await page.getByLabel('Välj säkerhetskopia').setInputFiles({ name: 'kopia.json', mimeType: 'application/json', buffer: backup });
    await page.getByText('Det finns inget att återställa').waitFor();
  });

  it('refuses a changed backup and changes nothing', async () => {
    const page = first.page;
    const tampered = Buffer.from(backup.toString('utf8').replace('Anteckning 0', 'Anteckning X'));
    await page.getByLabel('Välj säkerhetskopia').setInputFiles({ name: 'kopia.json', mimeType: 'application/json', buffer: tampered });
    const alert = page.getByRole('alert').filter({ hasText: 'kontrollsumman stämmer inte' });
    await alert.waitFor();
    assert.match(await alert.innerText(), /Ingenting har ändrats/);
    await page.getByLabel('Välj säkerhetskopia').setInputFiles({ name: 'halv.json', mimeType: 'application/json', buffer: backup.subarray(0, 200) });
    await page.getByRole('alert').filter({ hasText: 'avklippt' }).waitFor();
    await page.getByRole('link', { name: 'Projekt', exact: true }).click();
    await page.getByRole('link', { name: 'Säkerhetsprojekt <b>' }).click();
    assert.deepEqual(await listedCodes(page), ['D-001', 'D-002']);
  });

  it('deletes everything after naming it, and the backup brings it all back', async () => {
    const page = first.page;
    await page.getByRole('link', { name: 'Säkerhetskopia', exact: true }).click();
    await page.getByRole('button', { name: 'Ta bort alla uppgifter' }).click();
    await page.getByText('Vill du ta bort alla 1 projekt och 2 deltagare').waitFor();
    await page.getByRole('button', { name: 'Ja, ta bort allt' }).click();
    await page.getByText('Alla projekt och deltagare är borttagna').waitFor();
    await page.getByRole('link', { name: 'Projekt', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Välkommen till Stegvis' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Välkommen till Stegvis' }).waitFor();

    await page.getByRole('link', { name: 'Säkerhetskopia', exact: true }).click();
    await page.getByLabel('Välj säkerhetskopia').setInputFiles({ name: 'kopia.json', mimeType: 'application/json', buffer: backup });
    await page.getByRole('button', { name: 'Återställ' }).click();
    await page.getByText('Säkerhetskopian är återställd.').waitFor();
    await page.getByRole('link', { name: 'Projekt', exact: true }).click();
    await page.getByRole('link', { name: 'Säkerhetsprojekt <b>' }).click();
    assert.deepEqual(await listedCodes(page), ['D-001', 'D-002']);
  });

  it('deletes one project after a confirmation that names it and counts its participants', async () => {
    const page = first.page;
    await page.getByRole('link', { name: 'Inställningar' }).click();
    await page.getByRole('button', { name: 'Ta bort projektet' }).click();
    await page.getByText('Vill du ta bort projektet Säkerhetsprojekt <b> och dess 2 deltagare').waitFor();
    await assertAccessible(page, 'the delete confirmation');
    await page.getByRole('button', { name: 'Ja, ta bort Säkerhetsprojekt <b>' }).click();
    await page.getByText('Projektet är borttaget.').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Välkommen till Stegvis' }).waitFor();
  });

  it('sent nothing to another origin', () => {
    assert.deepEqual(first.foreign, []);
    assert.deepEqual(second.foreign, []);
    assert.deepEqual([...first.errors, ...second.errors], []);
  });
  it('leaves the data exactly as before when the page is closed in the middle of a restore', async () => {
    const session = await openContext(env.browser, env.server.url);
    let page = session.page;
    await createProject(page, env.server.url, 'Stor kopia');
    await seedParticipants(page, 40000);
    await page.goto(`${env.server.url}/sakerhetskopia`);
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ned säkerhetskopia' }).click()]);
    const big = await readFile(await file.path());
    // What is stored before the restore: everything deleted, then one small project.
    await page.getByRole('button', { name: 'Ta bort alla uppgifter' }).click();
    await page.getByRole('button', { name: 'Ja, ta bort allt' }).click();
    await page.getByText('Alla projekt och deltagare är borttagna').waitFor();
    await createProject(page, env.server.url, 'Det gamla');
    await page.getByRole('link', { name: 'Registrera deltagare' }).click();
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText(/är registrerad/).waitFor();
    const before = await storedRecords(page, 'stegvis', 'participants');
    assert.equal(before.length, 1);

    await page.goto(`${env.server.url}/sakerhetskopia`);
    await page.getByLabel('Välj säkerhetskopia').setInputFiles({ name: 'stor.json', mimeType: 'application/json', buffer: big });
    await page.getByRole('button', { name: 'Återställ' }).click();
    await page.getByText('Återställer').waitFor();
    await page.close();

    page = await session.context.newPage();
    await page.goto(env.server.url);
    await page.getByRole('link', { name: 'Det gamla' }).waitFor();
    assert.deepEqual((await storedRecords(page, 'stegvis', 'projects')).map((p) => p.name), ['Det gamla']);
    assert.deepEqual(await storedRecords(page, 'stegvis', 'participants'), before);
  });
});
