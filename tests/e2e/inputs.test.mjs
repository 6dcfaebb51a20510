// Issue 12 end to end: the findings of the hostile-input and two-tab test that live in the
// browser. Two pages for the races (a project deleted while a participant is saved, two imports
// at once), the exports (formulas in CSV, the small-group rule), the crashes (a 9999 date, a
// phone link without items, a panic), a crafted backup and a workbook bomb. The parsers and
// validators are tested natively (tests/hostile.rs, tests/no_panic.rs).
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { deflateRawSync } from 'node:zlib';
import { assertAccessible, createProject, listedCodes, openContext, registerParticipant, storedRecords, suite } from './harness.mjs';

/** A page of `context` whose BroadcastChannel hears nothing: it cannot learn of the other
 * tab's change before it saves, as happens when both act at the same moment. */
async function deafPage(context) {
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.BroadcastChannel = class { postMessage() {} close() {} set onmessage(_) {} };
  });
  return page;
}

async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return readFile(await file.path());
}

describe('hostile inputs and two tabs (issue 12)', () => {
  const env = suite();
  let session;
  before(async () => {
    session = await openContext(env.browser, env.server.url);
  });

  it('finding 1: a participant saved into a project another tab deleted is refused, and backups stay restorable', async () => {
    const b = session.page;
    const project = await createProject(b, env.server.url, 'Raderas snart');
    await createProject(b, env.server.url, 'Finns kvar');
    const a = await deafPage(session.context);
    await a.goto(`${project}/ny-deltagare`);
    await a.getByLabel('Kod').waitFor();
    await b.goto(`${project}/installningar`);
    await b.getByRole('button', { name: 'Ta bort projektet' }).click();
    await b.getByRole('button', { name: 'Ja, ta bort Raderas snart' }).click();
    await b.getByText('Projektet är borttaget.').waitFor();
    await a.getByRole('button', { name: 'Spara' }).click();
    await a.getByRole('alert').filter({ hasText: 'Projektet finns inte längre' }).waitFor();
    assert.equal(await a.getByLabel('Kod').inputValue(), 'D-001', 'what was typed is still there');
    assert.deepEqual(await storedRecords(a, 'stegvis', 'participants'), [], 'no orphan was stored');
    // A backup of the browser restores in another one.
    await b.goto(`${env.server.url}/sakerhetskopia`);
    const backup = await download(b, 'Ladda ned säkerhetskopia');
    const other = await openContext(env.browser, env.server.url);
    await other.page.goto(`${env.server.url}/sakerhetskopia`);
    await other.page.getByLabel('Välj säkerhetskopia').setInputFiles({ name: 'kopia.json', mimeType: 'application/json', buffer: backup });
    await other.page.getByRole('button', { name: 'Återställ', exact: true }).click();
    await other.page.getByText(/är återställd/).waitFor();
    await a.close();
    await other.context.close();
  });

  it('finding 2: of two tabs importing into one project at once, one imports and the other says so', async () => {
    const page = session.page;
    const project = await createProject(page, env.server.url, 'Två importer');
    const csv = (prefix, source) => Buffer.from(
      `kod;startdatum;remittent\r\n${prefix}-01;2025-01-10;${source}\r\n${prefix}-02;2025-02-10;${source}\r\nS-01;2025-03-01;${source}\r\n`,
    );
    const tabs = [page, await deafPage(session.context)];
    for (const [i, tab] of tabs.entries()) {
      await tab.goto(`${project}/importera`);
      await tab.getByLabel('Välj fil').setInputFiles({ name: 'lista.csv', mimeType: 'text/csv', buffer: csv(`T${i}`, `Källa ${i}`) });
      await tab.getByRole('button', { name: 'Importera 3 deltagare' }).waitFor();
    }
    await tabs[0].getByRole('button', { name: 'Importera 3 deltagare' }).click();
    await tabs[0].getByText('3 deltagare är importerade.').waitFor();
    await tabs[1].getByRole('button', { name: 'Importera 3 deltagare' }).click();
    await tabs[1].getByText(/Projektet har ändrats i en annan flik/).waitFor();
    const people = (await storedRecords(page, 'stegvis', 'participants'));
    const [stored] = (await storedRecords(page, 'stegvis', 'projects')).filter((p) => p.name === 'Två importer');
    const mine = people.filter((p) => p.project_id === stored.id);
    assert.deepEqual(mine.map((p) => p.code).sort(), ['S-01', 'T0-01', 'T0-02'], 'one import, each code once');
    const sources = new Set(stored.referral_sources.map((l) => l.id));
    assert.ok(mine.every((p) => sources.has(p.referral)), 'every participant points to a source the project has');
    assert.ok(stored.referral_sources.some((l) => l.name === 'Källa 0'));
    await tabs[1].close();
  });

  it('finding 3: 9999-12-31 is refused in the form, and a report asked for up to it opens', async () => {
    const page = session.page;
    await page.goto(`${env.server.url}/projekt/ny`);
    await page.getByLabel('Projektets namn').fill('Utan slut');
    await page.getByLabel('Slutdatum').fill('9999-12-31');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Datumet måste ligga mellan år 1900 och 2100').waitFor();
    await page.getByLabel('Slutdatum').fill('');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('heading', { level: 1, name: 'Utan slut' }).waitFor();
    const project = page.url();
    for (const path of ['/rapport/utskrift?fran=2025-01-01&till=9999-12-31', '/rapport/presentation?fran=9999-12-15&till=9999-12-31']) {
      await page.goto(`${project}${path}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      assert.equal(await page.locator('#crash').count(), 0, `${path} did not crash`);
    }
    await page.goto(`${project}/rapport`);
    await page.getByLabel('Typ av period').selectOption({ label: 'Egna datum' });
    await page.getByLabel('Till och med').fill('9999-12-31');
    await page.getByLabel('Till och med').press('Tab');
    await page.locator('#tabell-oversikt').waitFor();
    assert.equal(await page.locator('#crash').count(), 0);
    assert.deepEqual(session.errors, []);
  });

  it('finding 4: a phone link whose form has no items says the link does not work', async () => {
    const phone = await openContext(env.browser, env.server.url);
    const form = { id: '6f7c9a3e2b1d4c5e8f9a0b1c2d3e4f50', project_id: '6f7c9a3e2b1d4c5e8f9a0b1c2d3e4f51', name: 'Tom', languages: ['sv'], items: [], updated_at: 1 };
    const data = deflateRawSync(Buffer.from(JSON.stringify({ v: 1, m: 'start', f: form }))).toString('base64url');
    await phone.page.goto(`${env.server.url}/#svar=${data}`);
    await phone.page.getByText('Länken fungerar inte.').waitFor();
    assert.equal(await phone.page.getByRole('button', { name: 'Börja' }).count(), 0);
    assert.deepEqual(phone.errors, []);
    await assertAccessible(phone.page, 'a phone link with a form without items');
    await phone.context.close();
  });

  it('finding 6: a CSV export writes a formula-like project name and referral source as text', async () => {
    const page = session.page;
    const name = '=HYPERLINK("http://example.invalid","Klicka")';
    const project = await createProject(page, env.server.url, name);
    await page.goto(`${project}/installningar`);
    await page.getByLabel('Remittent 1', { exact: true }).fill('+46 remittent');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Projektet är sparat.').waitFor();
    await page.goto(`${project}/rapport`);
    const csv = (await download(page, 'CSV för Excel')).toString('utf8');
    assert.ok(csv.includes(`'=HYPERLINK(`), 'the name is written as text');
    assert.ok(csv.includes(`'+46 remittent`), 'the source is written as text');
    const fields = csv.split(/[;\r\n]/).map((f) => f.replace(/^"|"$/g, ''));
    assert.ok(!fields.some((f) => /^[=+@]/.test(f)), 'no field starts a formula');
  });

  it('finding 7: with one answer, the results export holds no answer row and no free text', async () => {
    const page = session.page;
    const project = await createProject(page, env.server.url, 'Få svar');
    await page.goto(`${project}/sjalvskattning`);
    await page.locator('.form-card').first().getByRole('link', { name: 'Länk till telefon' }).click();
    const link = await page.getByLabel('Länk', { exact: true }).inputValue();
    const phone = await openContext(env.browser, env.server.url);
    await phone.page.goto(link);
    await phone.page.getByLabel('Alla frågor på en sida').check();
    await phone.page.getByRole('button', { name: 'Börja' }).click();
    const questions = phone.page.locator('fieldset.question');
    for (let q = 0; q < await questions.count(); q++) {
      const box = questions.nth(q);
      if (await box.locator('textarea').count()) await box.locator('textarea').fill('Hemlig fritext');
      else await box.locator('input[id$="-3"]').check();
    }
    await phone.page.getByRole('button', { name: 'Skicka svaren' }).click();
    const code = await phone.page.locator('#answer-code').innerText();
    await phone.context.close();
    await page.goto(`${project}/sjalvskattning`);
    await page.getByLabel('Svarskod').fill(code);
    await page.getByRole('button', { name: 'Lägg till svaret' }).click();
    await page.getByText(/Svaret är sparat/).waitFor();
    await page.locator('.form-card').first().getByRole('link', { name: 'Resultat' }).click();
    await page.getByRole('heading', { level: 1, name: /Resultat/ }).waitFor();
    const csv = (await download(page, 'Ladda ned CSV')).toString('utf8');
    assert.ok(!csv.includes('Hemlig fritext'), 'the free text is not exported');
    assert.match(csv, /1 svar/, 'the group is named by its size');
    const month = new Date().toISOString().slice(0, 7);
    assert.ok(!csv.includes(month), 'no answer row with its month');
  });

  it('finding 8: a crafted backup lists what it leaves out and restores the rest', async () => {
    const page = session.page;
    await page.goto(`${env.server.url}/sakerhetskopia`);
    const backup = JSON.parse((await download(page, 'Ladda ned säkerhetskopia')).toString('utf8'));
    const { data } = backup;
    const [first] = data.participants;
    data.participants.push({ ...first, id: crypto.randomUUID(), code: '19800101-1234' });
    data.participants.push({ ...first, id: first.id, code: 'SAMMA-ID' });
    const { createHash } = await import('node:crypto');
    backup.checksum = createHash('sha256').update(JSON.stringify(data)).digest('hex');
    const fresh = await openContext(env.browser, env.server.url);
    await fresh.page.goto(`${env.server.url}/sakerhetskopia`);
    await fresh.page.getByLabel('Välj säkerhetskopia').setInputFiles({ name: 'kopia.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
    const list = fresh.page.locator('.rejected');
    await list.waitFor();
    const text = await list.innerText();
    assert.match(text, /2 poster i filen kan inte läsas in/);
    assert.match(text, /ser ut som ett personnummer/);
    assert.match(text, /Deltagare SAMMA-ID: samma post finns två gånger i filen/);
    assert.ok(!text.includes('19800101-1234'), 'the personnummer is not shown');
    assert.match(text, /Deltagare nr \d+ i filen: en text ser ut som ett personnummer/);
    await assertAccessible(fresh.page, 'a restore plan with records left out');
    await fresh.page.getByRole('button', { name: 'Återställ resten' }).click();
    await fresh.page.getByText(/är återställd/).waitFor();
    const codes = (await storedRecords(fresh.page, 'stegvis', 'participants')).map((p) => p.code).sort();
    assert.deepEqual(codes, data.participants.slice(0, -2).map((p) => p.code).sort());
    await fresh.context.close();
  });

  it('a tiny workbook naming cell XFD1048576 is refused as too large, not blamed on the connection', async () => {
    const page = session.page;
    const project = await createProject(page, env.server.url, 'Bomb');
    await page.goto(`${project}/importera`);
    const { default: JSZip } = await import('jszip');
    const zip = new JSZip();
    zip.file('xl/worksheets/sheet1.xml', '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>');
    const bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    await page.getByLabel('Välj fil').setInputFiles({ name: 'lista.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bomb });
    const alert = page.getByText(/Filen är större än Stegvis läser in/);
    await alert.waitFor();
    assert.ok(!(await page.locator('#import-result').innerText()).includes('internet'));
  });

  it('a panic shows "Något gick fel" with "Ladda om", and reloading loses nothing saved', async () => {
    const page = session.page;
    const project = await createProject(page, env.server.url, 'Före felet');
    const code = await registerParticipant(page);
    await page.goto(project);
    await listedCodes(page);
    const errors = session.errors.length;
    await page.evaluate(() => { try { window.wasmBindings.stegvis_test_panic(); } catch { /* the panic */ } });
    await page.getByRole('heading', { level: 1, name: 'Något gick fel' }).waitFor();
    await assertAccessible(page, 'the crash page');
    session.errors.splice(errors);
    await Promise.all([page.waitForEvent('load'), page.getByRole('link', { name: 'Ladda om' }).click()]);
    assert.deepEqual(await listedCodes(page), [code]);
    assert.equal(await page.locator('#crash').count(), 0);
  });
});
