// Issue 17 end to end: a coach's own spreadsheet imports as it is. The columns are mapped in the
// preview, personnummer and names never come in, and the mapping is offered again for the next
// file with the same headers. Every code and number is invented.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { assertAccessible, createProject, openContext, storedRecords, suite } from './harness.mjs';

const HEADER = ['Deltagare', 'Kön', 'Ålder', 'Inskrivningsdatum', 'Utskrivningsdatum',
  'Remitterande myndighet', 'Orsak till avslut', 'Personnummer', 'Namn', 'Lag'];

function csv(rows) {
  return Buffer.from([HEADER, ...rows].map((r) => r.join(';')).join('\r\n') + '\r\n');
}

const FIRST = csv([
  ['A-01', 'K', '34', '2021-03-01 00:00:00', '30/09/2021', 'Arbetsförmedlingen', 'Arbete', '19811218-9876', 'Kim Berg', 'Norr'],
  ['A-02', 'M', '51', '20210412', '', 'Försäkringskassan', '', '', 'Alex Lind', 'Syd'],
  ['A-03', 'Kvinna', '28', '01.06.2021', '2021-11-30', 'Socialtjänsten', 'Studier', '19900202-2345', 'Sam Ek', 'Norr'],
]);

const SECOND = csv([
  ['A-04', 'M', '40', '2022-01-10', '', 'Arbetsförmedlingen', '', '', 'Robin Ås', 'Syd'],
]);

async function choose(page, name, buffer) {
  await page.getByLabel('Välj fil').setInputFiles([]);
  await page.getByLabel('Välj fil').setInputFiles({ name, mimeType: 'text/csv', buffer });
  await page.getByRole('heading', { name: 'Vilken kolumn är vad?' }).waitFor();
}

const field = (page, header) => page.getByLabel(`Läses in som, för kolumnen ${header}`, { exact: true });

describe('a coach’s own spreadsheet', () => {
  const env = suite();
  let session, page, project;
  before(async () => {
    session = await openContext(env.browser, env.server.url);
    page = session.page;
    project = await createProject(page, env.server.url, 'Egen lista', { start: '2021-01-01' });
  });

  it('is mapped in the preview, with personnummer and names left out', async () => {
    await page.goto(`${project}/importera`);
    await choose(page, 'deltagare.csv', FIRST);
    const table = page.locator('.import-mapping-table');
    assert.equal(await field(page, 'Deltagare').inputValue(), 'Code');
    assert.equal(await field(page, 'Inskrivningsdatum').inputValue(), 'Start');
    assert.equal(await field(page, 'Orsak till avslut').inputValue(), 'Outcome');
    assert.equal(await field(page, 'Ålder').inputValue(), 'Age');
    assert.equal(await field(page, 'Lag').inputValue(), '', 'an unknown word is not read until the coach says');
    const text = await table.innerText();
    assert.match(text, /Personnummer\s+Läses aldrig in: personnummer/);
    assert.match(text, /Namn\s+Läses aldrig in: namn/);
    assert.ok(!text.includes('9876') && !text.includes('Kim'), 'no personnummer or name is shown');
    assert.match(text, /30\/09\/2021 → 2021-09-30/, 'how a date was read');
    assert.match(text, /20210412 → 2021-04-12/);
    assert.match(await page.locator('.import-preview').innerText(), /3 rader kan importeras/);
    await assertAccessible(page, 'the import mapping');
    await page.setViewportSize({ width: 360, height: 800 });
    await assertAccessible(page, 'the import mapping at 360 px');
    await page.setViewportSize({ width: 1280, height: 900 });

    // Two columns for one field, then no code: a plain message, and no import button.
    await field(page, 'Utskrivningsdatum').selectOption('Start');
    await page.getByRole('alert').filter({ hasText: 'Två kolumner läses in som startdatum' }).waitFor();
    assert.equal(await page.getByRole('button', { name: /^Importera \d+ deltagare$/ }).count(), 0);
    await field(page, 'Utskrivningsdatum').selectOption('End');
    await field(page, 'Deltagare').selectOption('');
    await page.getByRole('alert').filter({ hasText: 'Filen saknar kolumnen kod.' }).waitFor();
    await field(page, 'Deltagare').selectOption('Code');

    await field(page, 'Lag').selectOption('Group');
    await page.getByRole('button', { name: 'Importera 3 deltagare' }).click();
    await page.getByText('3 deltagare är importerade.').waitFor();
    const stored = JSON.stringify(await storedRecords(page, 'stegvis', 'participants'));
    for (const secret of ['9876', '2345', 'Kim', 'Berg', 'Alex', 'Lind', 'Sam Ek']) {
      assert.ok(!stored.includes(secret), `${secret} was stored`);
    }
    const people = await storedRecords(page, 'stegvis', 'participants');
    const a01 = people.find((p) => p.code === 'A-01');
    assert.equal(a01.start, '2021-03-01');
    assert.equal(a01.discharge.end, '2021-09-30');
    assert.equal(a01.birth_year, 1987);
    assert.equal(a01.birth_year_approximate, true);
  });

  it('offers the same mapping for the next file with the same headers', async () => {
    await page.goto(`${project}/importera`);
    await choose(page, 'deltagare-2.csv', SECOND);
    await page.getByText('Stegvis minns hur du läste in en fil med samma rubriker').waitFor();
    assert.equal(await field(page, 'Lag').inputValue(), 'Group');
    await page.getByRole('button', { name: 'Importera 1 deltagare' }).click();
    await page.getByText('1 deltagare är importerad.').waitFor();
  });

  it('asks what 1 and 2 mean, and which comes first in a slashed date', async () => {
    const file = Buffer.from('kod;startdatum;kön\r\nB-01;01/03/2021;1\r\nB-02;02/04/2021;2\r\n');
    await page.goto(`${project}/importera`);
    await choose(page, 'siffror.csv', file);
    assert.match(await page.locator('.import-problems').innerText(), /Kön står som 1 eller 2/);
    await page.getByLabel('Dagen (3 april 2021), som i Sverige').waitFor();
    assert.match(await page.locator('.import-mapping').innerText(), /går att läsa på båda sätten/);
    await page.getByLabel('1 = man, 2 = kvinna (som i SCB:s statistik)').check();
    await page.getByLabel('Månaden (4 mars 2021), som i USA').check();
    assert.match(await page.locator('.import-mapping-table').innerText(), /01\/03\/2021 → 2021-01-03/);
    assert.match(await page.locator('.import-mapping-table').innerText(), /1 → man/);
    await page.getByRole('button', { name: 'Importera 2 deltagare' }).waitFor();
    await assertAccessible(page, 'the import questions');
  });

  it('says plainly when a file has no header row, and when an .xlsx is really a CSV', async () => {
    await page.goto(`${project}/importera`);
    await page.getByLabel('Välj fil').setInputFiles({ name: 'utan.csv', mimeType: 'text/csv', buffer: Buffer.from('C-01;2021-03-01;K\r\n') });
    await page.getByRole('alert').filter({ hasText: 'Första raden ska ha rubriker' }).waitFor();
    await choose(page, 'lista.xlsx', SECOND);
    await page.getByText('Filen heter .xlsx men är en textfil (CSV)').waitFor();
  });

  it('reads a workbook with date cells and a personnummer typed as a number', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Blad1');
    sheet.addRow(['Deltagar-ID', 'Inskriven', 'Utskriven', 'Personnr']);
    sheet.addRow(['X-01', new Date(Date.UTC(2021, 2, 1)), new Date(Date.UTC(2021, 8, 30)), 8112189876]);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    await page.goto(`${project}/importera`);
    await page.getByLabel('Välj fil').setInputFiles({ name: 'bok.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bytes });
    await page.getByRole('heading', { name: 'Vilken kolumn är vad?' }).waitFor();
    assert.match(await page.locator('.import-mapping-table').innerText(), /Personnr\s+Läses aldrig in: personnummer/);
    await page.getByRole('button', { name: 'Importera 1 deltagare' }).click();
    await page.getByText('1 deltagare är importerad.').waitFor();
    const x = (await storedRecords(page, 'stegvis', 'participants')).find((p) => p.code === 'X-01');
    assert.equal(x.start, '2021-03-01');
    assert.equal(x.discharge.end, '2021-09-30');
  });
});
