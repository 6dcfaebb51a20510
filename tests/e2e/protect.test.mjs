// Encryption at rest end to end: protect the data with a passphrase, find nothing readable in
// IndexedDB, the lock screen after a reload, a wrong passphrase that shows nothing, "Lås nu" in
// two tabs, the idle lock, a changed passphrase, a sealed backup restored elsewhere, removing
// the protection, and starting over after a forgotten passphrase.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { assertAccessible, createProject, listedCodes, openContext, registerParticipant, storedRecords, suite } from './harness.mjs';

const RIGHT = 'fyra ord som inte hör ihop';
const NEW = 'en annan lösenfras i dag';
const PROJECT = 'Skyddat projekt';

/** Every stored row of the real database, as IndexedDB holds it, in one JSON text. */
async function rawRows(page) {
  return page.evaluate(async () => {
    const db = await new Promise((ok) => { const r = indexedDB.open('stegvis'); r.onsuccess = () => ok(r.result); });
    const out = [];
    for (const store of ['projects', 'participants', 'forms', 'answers']) {
      out.push(...await new Promise((ok) => { db.transaction(store).objectStore(store).getAll().onsuccess = (e) => ok(e.target.result); }));
    }
    db.close();
    return JSON.stringify(out);
  });
}

async function unlock(page, passphrase) {
  await page.getByRole('heading', { level: 1, name: 'Stegvis är låst' }).waitFor();
  await page.getByLabel('Lösenfras', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Lås upp' }).click();
}

/** After an unlock: to the list of projects, and into the protected one. */
async function toProject(page) {
  await page.getByRole('link', { name: 'Projekt', exact: true }).click();
  await page.getByRole('link', { name: PROJECT }).click();
  await page.getByRole('heading', { level: 1, name: PROJECT }).waitFor();
}

async function openBackupPage(page) {
  await page.getByRole('link', { name: 'Säkerhetskopia', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Säkerhetskopia' }).waitFor();
}

describe('protecting the data with a passphrase', () => {
  const env = suite();
  let coach, elsewhere, backup;
  before(async () => {
    coach = await openContext(env.browser, env.server.url);
    elsewhere = await openContext(env.browser, env.server.url);
  });

  it('protects the data after checking the passphrase, and nothing stored is readable', async () => {
    const page = coach.page;
    await createProject(page, env.server.url, PROJECT);
    await registerParticipant(page);
    await page.getByRole('link', { name: 'Registrera deltagare' }).click();
    await page.getByLabel('Anteckning').fill('Hemlig anteckning');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Deltagare D-002 är registrerad.').waitFor();
    assert.match(await rawRows(page), /Hemlig anteckning/);

    await openBackupPage(page);
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'Skydda med lösenfras' }) });
    assert.match(await section.innerText(), /glömmer du lösenfrasen går uppgifterna inte att få tillbaka/);
    await assertAccessible(page, 'the backup page with the passphrase section');
    const protect = section.getByRole('button', { name: 'Skydda uppgifterna' });
    await section.getByLabel('Ny lösenfras').fill('kort');
    await protect.click();
    await section.getByText('Lösenfrasen behöver minst 8 tecken.').waitFor();
    await section.getByLabel('Ny lösenfras').fill(RIGHT);
    await section.getByLabel('Skriv lösenfrasen igen').fill(`${RIGHT}!`);
    await protect.click();
    await section.getByText('Lösenfraserna är inte lika.', { exact: false }).waitFor();
    await section.getByLabel('Skriv lösenfrasen igen').fill(RIGHT);
    await protect.click();
    await section.getByText('Kryssa i rutan', { exact: false }).waitFor();
    assert.match(await rawRows(page), /Hemlig anteckning/, 'nothing changed while the form was wrong');

    await section.getByLabel('Jag förstår att uppgifterna inte går att få tillbaka').check();
    await protect.click();
    await page.getByText('Uppgifterna är nu skyddade med lösenfras.').waitFor();
    const raw = await rawRows(page);
    for (const secret of ['Hemlig', 'D-001', 'D-002', PROJECT]) assert.ok(!raw.includes(secret), `${secret} is readable in IndexedDB`);
    assert.match(raw, /"sealed"/);
    await page.getByRole('button', { name: 'Lås nu' }).waitFor();
    await assertAccessible(page, 'the backup page of protected data');
  });

  it('a reload shows the lock screen; a wrong passphrase shows and changes nothing', async () => {
    const page = coach.page;
    const before = await rawRows(page);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Stegvis är låst' }).waitFor();
    assert.ok(!(await page.locator('main').innerText()).includes(PROJECT));
    assert.equal(await page.getByRole('button', { name: 'Lås nu' }).count(), 0);
    await assertAccessible(page, 'the lock screen');
    await unlock(page, 'fel lösenfras helt');
    await page.getByRole('alert').filter({ hasText: 'Lösenfrasen stämmer inte.' }).waitFor();
    assert.ok(!(await page.locator('main').innerText()).includes(PROJECT));
    assert.equal(await rawRows(page), before);
    await unlock(page, RIGHT);
    await page.getByRole('heading', { level: 1, name: 'Säkerhetskopia' }).waitFor();
    await toProject(page);
    assert.deepEqual(await listedCodes(page), ['D-001', 'D-002']);
    await page.getByRole('link', { name: 'D-002' }).click();
    assert.equal(await page.getByLabel('Anteckning').inputValue(), 'Hemlig anteckning');
  });

  it('"Lås nu" locks this tab and the other tab', async () => {
    const page = coach.page;
    const other = await coach.context.newPage();
    await other.goto(env.server.url);
    await unlock(other, RIGHT);
    await other.getByRole('link', { name: PROJECT }).waitFor();
    await page.getByRole('button', { name: 'Lås nu' }).click();
    await page.getByRole('heading', { level: 1, name: 'Stegvis är låst' }).waitFor();
    await other.getByRole('heading', { level: 1, name: 'Stegvis är låst' }).waitFor();
    assert.ok(!(await other.locator('main').innerText()).includes(PROJECT));
    await other.close();
    await unlock(page, RIGHT);
    await toProject(page);
  });

  it('locks an idle tab by itself after the chosen minutes, and only that tab', async () => {
    const page = await coach.context.newPage();
    await page.clock.install();
    await page.goto(`${env.server.url}/sakerhetskopia`);
    await unlock(page, RIGHT);
    await page.getByRole('heading', { level: 1, name: 'Säkerhetskopia' }).waitFor();
    const minutes = page.getByLabel('Lås efter så här många minuter utan aktivitet');
    await minutes.fill('0');
    await page.getByRole('button', { name: 'Spara tiden' }).click();
    await page.getByText('Skriv ett antal minuter mellan 1 och 240.').waitFor();
    await minutes.fill('2');
    await page.getByRole('button', { name: 'Spara tiden' }).click();
    await page.getByText('Sparat. Stegvis låses efter 2 minuter utan aktivitet.').waitFor();
    await page.clock.fastForward('01:30');
    assert.equal(await page.getByRole('heading', { level: 1, name: 'Säkerhetskopia' }).count(), 1, 'not locked before the time');
    await page.keyboard.press('Shift');
    await page.clock.fastForward('01:30');
    assert.equal(await page.getByRole('heading', { level: 1, name: 'Säkerhetskopia' }).count(), 1, 'a key press counts as activity');
    await page.clock.fastForward('01:00');
    await page.getByRole('heading', { level: 1, name: 'Stegvis är låst' }).waitFor();
    // Only the idle tab locks: the other one may be the one the coach is using.
    assert.equal(await coach.page.getByRole('heading', { level: 1, name: 'Stegvis är låst' }).count(), 0);
    assert.equal(await coach.page.getByRole('heading', { level: 1, name: PROJECT }).count(), 1);
    await page.close();
  });

  it('downloads a sealed backup that another browser restores with the passphrase', async () => {
    const page = coach.page;
    await openBackupPage(page);
    await page.getByText('säkerhetskopian krypteras med din lösenfras', { exact: false }).waitFor();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ned säkerhetskopia' }).click()]);
    backup = await readFile(await file.path());
    const text = backup.toString('utf8');
    assert.equal(JSON.parse(text).format, 'stegvis-backup-sealed');
    for (const secret of ['Hemlig', 'D-001', PROJECT]) assert.ok(!text.includes(secret), `${secret} is readable in the backup`);

    const other = elsewhere.page;
    await other.goto(`${env.server.url}/sakerhetskopia`);
    await other.getByLabel('Välj säkerhetskopia').setInputFiles({ name: 'kopia.json', mimeType: 'application/json', buffer: backup });
    const field = other.getByLabel('Säkerhetskopians lösenfras');
    await field.fill('fel lösenfras helt');
    await other.getByRole('button', { name: 'Öppna säkerhetskopian' }).click();
    await other.getByRole('alert').filter({ hasText: 'Lösenfrasen öppnar inte säkerhetskopian.' }).waitFor();
    await assertAccessible(other, 'the passphrase prompt of a sealed backup');
    await field.fill(RIGHT);
    await other.getByRole('button', { name: 'Öppna säkerhetskopian' }).click();
    const plan = other.locator('.restore-plan');
    await plan.waitFor();
    assert.match(await plan.innerText(), /Deltagare\s+2 läggs till/);
    await other.getByRole('button', { name: 'Återställ' }).click();
    await other.getByText('Säkerhetskopian är återställd.').waitFor();
    await other.getByRole('link', { name: 'Projekt', exact: true }).click();
    await other.getByRole('link', { name: PROJECT }).click();
    assert.deepEqual(await listedCodes(other), ['D-001', 'D-002']);
  });

  it('the same device restores its own sealed backup without asking', async () => {
    const page = coach.page;
    await openBackupPage(page);
    await page.getByLabel('Välj säkerhetskopia').setInputFiles({ name: 'kopia.json', mimeType: 'application/json', buffer: backup });
    await page.getByText('Det finns inget att återställa').waitFor();
  });

  it('changes the passphrase: the old one opens nothing any more', async () => {
    const page = coach.page;
    const before = await rawRows(page);
    await page.getByLabel('Nuvarande lösenfras').first().fill('fel lösenfras helt');
    await page.getByLabel('Ny lösenfras').fill(NEW);
    await page.getByLabel('Skriv lösenfrasen igen').fill(NEW);
    await page.getByRole('button', { name: 'Byt lösenfras' }).click();
    await page.getByRole('alert').filter({ hasText: 'Den nuvarande lösenfrasen stämmer inte.' }).waitFor();
    assert.equal(await rawRows(page), before);
    await page.getByLabel('Nuvarande lösenfras').first().fill(RIGHT);
    await page.getByRole('button', { name: 'Byt lösenfras' }).click();
    await page.getByText('Lösenfrasen är bytt.', { exact: false }).waitFor();
    assert.notEqual(await rawRows(page), before);
    await page.reload();
    await unlock(page, RIGHT);
    await page.getByRole('alert').filter({ hasText: 'Lösenfrasen stämmer inte.' }).waitFor();
    await unlock(page, NEW);
    await page.getByRole('heading', { level: 1, name: 'Säkerhetskopia' }).waitFor();
  });

  it('kiosk mode on protected data starts after the passphrase and stores sealed answers', async () => {
    const page = coach.page;
    await toProject(page);
    await page.getByRole('link', { name: 'Självskattning' }).click();
    await page.getByRole('heading', { level: 1, name: 'Självskattning' }).waitFor();
    await page.getByLabel('PIN-kod för att avsluta').fill('2468');
    await page.getByLabel('Samma PIN-kod igen').fill('2468');
    await page.getByRole('button', { name: 'Lämna över till deltagare' }).click();
    await page.getByRole('heading', { level: 1, name: 'Stegvis är låst' }).waitFor();
    await assertAccessible(page, 'the kiosk lock screen');
    await page.getByLabel('Lösenfras').fill('fel lösenfras helt');
    await page.getByRole('button', { name: 'Lås upp' }).click();
    await page.getByText('Lösenfrasen stämmer inte.', { exact: false }).waitFor();
    await page.getByLabel('Lösenfras').fill(NEW);
    await page.getByRole('button', { name: 'Lås upp' }).click();
    await page.getByLabel('Alla frågor på en sida').check();
    await page.getByRole('button', { name: 'Börja' }).click();
    const questions = page.locator('fieldset.question');
    for (let q = 0; q < await questions.count(); q++) {
      const box = questions.nth(q);
      if (await box.locator('textarea').count()) await box.locator('textarea').fill('Hemligt svar');
      else await box.locator('input[id$="-3"]').check();
    }
    await page.getByRole('button', { name: 'Skicka svaren' }).click();
    await page.getByRole('heading', { name: 'Tack för dina svar!' }).waitFor();
    assert.ok(!(await rawRows(page)).includes('Hemligt svar'), 'the answer is sealed');
    await page.getByRole('button', { name: 'Avsluta (för coachen)' }).click();
    await page.getByLabel('Coachens PIN-kod').fill('2468');
    await page.keyboard.press('Enter');
    await unlock(page, NEW);
    await page.getByRole('heading', { level: 1, name: 'Självskattning' }).waitFor();
    assert.match(await page.locator('.form-card').first().innerText(), /Start: 1 svar/);
    await openBackupPage(page);
  });

  it('removes the protection: the data is stored readable again and never locks', async () => {
    const page = coach.page;
    await page.getByLabel('Nuvarande lösenfras').nth(1).fill(NEW);
    await page.getByRole('button', { name: 'Ta bort skyddet' }).click();
    await page.getByText('Skyddet är borttaget.', { exact: false }).waitFor();
    const participants = await storedRecords(page, 'stegvis', 'participants');
    assert.deepEqual(participants.map((p) => p.code).sort(), ['D-001', 'D-002']);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Säkerhetskopia' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Lås nu' }).count(), 0);
  });

  it('after a forgotten passphrase, the coach can delete everything and start over', async () => {
    const page = elsewhere.page;
    await openBackupPage(page);
    await page.getByLabel('Ny lösenfras').fill(RIGHT);
    await page.getByLabel('Skriv lösenfrasen igen').fill(RIGHT);
    await page.getByLabel('Jag förstår att uppgifterna inte går att få tillbaka').check();
    await page.getByRole('button', { name: 'Skydda uppgifterna' }).click();
    await page.getByText('Uppgifterna är nu skyddade med lösenfras.').waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Stegvis är låst' }).waitFor();
    await page.getByRole('button', { name: 'Radera allt och börja om' }).click();
    await page.getByText('Det går inte att ångra.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Ja, radera allt' }).click();
    await page.getByText('Allt är raderat.', { exact: false }).waitFor();
    assert.equal(await rawRows(page), '[]');
    await page.reload();
    await page.getByRole('link', { name: 'Säkerhetskopia', exact: true }).waitFor();
    assert.equal(await page.getByRole('heading', { level: 1, name: 'Stegvis är låst' }).count(), 0);
    for (const c of [coach, elsewhere]) {
      assert.deepEqual(c.foreign, [], 'no request left the origin');
      assert.deepEqual(c.errors, []);
    }
  });
});
