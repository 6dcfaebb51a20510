// Issue 3 end to end: import a participant list, read the report, change the period, export.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { assertAccessible, openContext, overviewRow, suite } from './harness.mjs';

// Invented codes only. Windows-1252, as Swedish Excel saves "CSV (semikolonavgränsad)".
const CSV = [
  'kod;kön;födelseår;startdatum;slutdatum;remittent;avslutsorsak;grupp',
  'A-01;K;1990;2025-01-10;2025-03-20;Socialsekreterare;Arbete;',
  'A-02;M;1985;2025-02-01;;Eget initiativ;;',
  'A-03;K;1978;2025-03-05;2025-06-30;Psykiatrisk öppenvård;Studier;',
  'A-04;M;2001;2025-05-12;2025-09-01;Socialsekreterare;Fortsatt rehabilitering;',
  'A-05;Annat;1995;2025-06-01;;Vårdcentral/hälsocentral;;',
  'A-06;K;1988;2025-09-15;2025-11-30;Arbetsförmedlingen;;',
  'A-07;K;1970;2025-10-01;;Daglig verksamhet Öst;;',
  'A-08;X;1990;2025-10-01;;Eget initiativ;;',
].join('\r\n') + '\r\n';

function windows1252(text) {
  const map = { 'å': 0xe5, 'ä': 0xe4, 'ö': 0xf6, 'Å': 0xc5, 'Ä': 0xc4, 'Ö': 0xd6 };
  return Buffer.from([...text].map((c) => map[c] ?? c.charCodeAt(0)));
}

describe('reports from an imported participant list', () => {
  const env = suite();
  let session, page;
  before(async () => {
    session = await openContext(env.browser, env.server.url);
    page = session.page;
  });
  let reportJson;
  async function download(buttonName) {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: buttonName }).click()]);
    return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
  }

  it('imports a Windows-1252 CSV after a preview', async () => {
    const requested = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${env.server.url}/projekt/ny`);
    await page.getByLabel('Projektets namn').fill('Importprojekt');
    await page.getByLabel('Startdatum').fill('2025-01-01');
    await page.getByLabel('Volymmål').fill('10');
    await page.getByLabel('Resultatmål').fill('40');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('heading', { level: 1, name: 'Importprojekt' }).waitFor();
    await page.getByRole('link', { name: 'Importera' }).click();
    await page.getByRole('heading', { level: 1, name: 'Importera deltagare' }).waitFor();
    await assertAccessible(page, 'the import page');
    assert.ok(!requested.some((p) => p.includes('stegvis-tools')), `no file worker before a file is read: ${requested}`);

    // The file worker cannot be loaded (offline on a first visit): the page says so.
    await page.route('**/stegvis-tools*', (route) => route.abort());
    await page.getByLabel('Välj fil').setInputFiles({ name: 'deltagare.csv', mimeType: 'text/csv', buffer: windows1252(CSV) });
    await page.getByRole('alert').filter({ hasText: 'kunde inte laddas' }).waitFor();
    await page.unroute('**/stegvis-tools*');

    // Once it can be loaded, choosing the file again works.
    await page.getByLabel('Välj fil').setInputFiles([]);
    await page.getByLabel('Välj fil').setInputFiles({ name: 'deltagare.csv', mimeType: 'text/csv', buffer: windows1252(CSV) });
    await page.getByRole('heading', { name: 'Det här händer om du importerar' }).waitFor();
    assert.ok(requested.some((p) => p.endsWith('/stegvis-tools_loader.js')), `the worker was loaded for the file: ${requested}`);
    const preview = await page.locator('.import-preview').innerText();
    assert.match(preview, /7 rader kan importeras/);
    assert.match(preview, /Windows-1252/);
    assert.match(preview, /Daglig verksamhet Öst/, 'the new referral source, å ä ö intact');
    assert.match(await page.locator('.import-problems').innerText(), /A-08/);
    await assertAccessible(page, 'the import preview');
    await page.getByRole('button', { name: 'Importera 7 deltagare' }).click();
    await page.getByText('7 deltagare är importerade.').waitFor();
    await page.getByLabel('Alla').check();
    assert.equal(await page.locator('table.participants tbody tr').count(), 7);
  });

  it('shows the numbers of the whole project', async () => {
    await page.getByRole('link', { name: 'Rapport', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Rapport' }).waitFor();
    assert.deepEqual(await overviewRow(page, 'Aktuella'), ['7', '4', '2', '1', '0']);
    assert.deepEqual(await overviewRow(page, 'Utskrivna'), ['4', '3', '1', '0', '0']);
    const outcomes = await page.locator('#tabell-avslutsorsaker').innerText();
    assert.match(outcomes, /Avslutsorsak saknas\s+1\s+25,0\s%/);
    assert.match(outcomes, /Till arbete, studier eller annan sysselsättning\s+2\s+50,0\s%/);
    const goals = await page.locator('#tabell-mal').innerText();
    assert.match(goals, /Antal deltagare\s+10\s+7\s+Nej, inte uppfyllt/);
    assert.match(goals, /50,0\s% \(2 av 4\)\s+Ja, uppfyllt/);
    assert.match(await page.locator('.quality-list').innerText(), /Utskriven utan avslutsorsak: A-06/);
    await page.locator('figure.chart svg').nth(3).waitFor();
    assert.equal(await page.locator('figure.chart svg').count(), 4);
    assert.match(await page.locator('#diagram-avslut').innerText(), /Avslutsorsaker för de utskrivna/);
    await assertAccessible(page, 'the report page');
  });

  it('changes the numbers when the period changes', async () => {
    await page.getByLabel('Typ av period').selectOption({ label: 'Tertial' });
    await page.getByLabel('Kalenderår').selectOption('2025');
    await page.getByLabel('Vilket tertial').selectOption({ label: 'Januari–april' });
    await page.locator('.period-line', { hasText: '2025-01-01 – 2025-04-30' }).waitFor();
    assert.deepEqual(await overviewRow(page, 'Aktuella'), ['3', '2', '1', '0', '0']);
    assert.deepEqual(await overviewRow(page, 'Utskrivna'), ['1', '1', '0', '0', '0']);
    await page.getByLabel('Vilket tertial').selectOption({ label: 'Maj–augusti' });
    await page.locator('.period-line', { hasText: '2025-05-01 – 2025-08-31' }).waitFor();
    assert.deepEqual(await overviewRow(page, 'Aktuella'), ['4', '1', '2', '1', '0']);
    assert.deepEqual(await overviewRow(page, 'Nya'), ['2', '0', '1', '1', '0']);
  });

  it('exports JSON, CSV and Excel files with the numbers on the page', async () => {
    const json = await download('JSON (för sammanställning)');
    assert.match(json.name, /\.json$/);
    const report = JSON.parse(json.bytes.toString('utf8'));
    assert.equal(report.format, 'stegvis-report');
    assert.equal(report.version, 2);
    assert.deepEqual(report.period, { from: '2025-05-01', to: '2025-08-31' });
    assert.equal(report.participants.total.all, 4);
    assert.ok(!json.bytes.toString('utf8').includes('A-0'), 'no participant codes in the file');
    reportJson = json.bytes;

    const csv = await download('CSV för Excel');
    assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
    const text = csv.bytes.toString('utf8');
    assert.match(text, /Aktuella;4;1;2;1;0/);
    assert.match(text, /Psykiatrisk öppenvård;1;25,0/);

    const xlsx = await download('Excel (.xlsx)');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.bytes);
    const sheet = book.getWorksheet('Översikt');
    assert.ok(sheet, 'a sheet per table');
    const current = sheet.getRows(1, 12).find((r) => r.getCell(1).value === 'Aktuella');
    assert.equal(current.getCell(2).value, 4);
    assert.equal(typeof current.getCell(2).value, 'number', 'real numbers, not text');
    assert.ok(book.worksheets.length >= 7);
  });

  it('downloads a chart as SVG and as PNG', async () => {
    const chart = page.locator('#diagram-avslut');
    const [svgFile] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: 'Ladda ned som SVG' }).click()]);
    const svg = (await readFile(await svgFile.path())).toString('utf8');
    assert.match(svgFile.suggestedFilename(), /diagram-avslut\.svg$/);
    assert.match(svg, /^<svg/);
    assert.match(svg, /Psykiatrisk öppenvård|Avslutsorsaker för de utskrivna/);
    const [pngFile] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: 'Ladda ned som PNG' }).click()]);
    const png = await readFile(await pngFile.path());
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG file');
    assert.ok(png.length > 5000, 'with a drawn chart in it');
  });

  it('has a print view without navigation', async () => {
    await page.getByRole('link', { name: 'Utskriftsvy' }).click();
    await page.getByRole('button', { name: 'Skriv ut' }).waitFor();
    assert.equal(await page.locator('.site-header').isVisible(), false);
    assert.match(await page.locator('.print-view').innerText(), /2025-05-01 – 2025-08-31/);
    assert.deepEqual(await overviewRow(page, 'Aktuella'), ['4', '1', '2', '1', '0']);
    await assertAccessible(page, 'the print view');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.getByRole('button', { name: 'Skriv ut' }).isVisible(), false);
    await page.emulateMedia({ media: 'screen' });
  });

  it('combines report files of several projects into one summary, naming a file it cannot use', async () => {
    const other = JSON.parse(reportJson.toString('utf8'));
    other.project = 'Grannprojektet';
    await page.goto(env.server.url);
    await page.getByRole('link', { name: 'Sammanställ rapporter från flera coacher eller projekt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sammanställ rapporter' }).waitFor();
    await page.getByLabel('Välj rapportfiler (JSON)').setInputFiles([
      { name: 'importprojekt.json', mimeType: 'application/json', buffer: reportJson },
      { name: 'granne.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) },
      { name: 'lista.json', mimeType: 'application/json', buffer: Buffer.from('{"kod": "A-01"}') },
    ]);
    await page.getByText('2 rapporter är sammanställda.').waitFor();
    assert.match(await page.getByRole('alert').innerText(), /lista\.json togs inte med: filen är inte en rapportfil/);
    const files = await page.locator('#tabell-rapporter').innerText();
    assert.match(files, /Importprojekt/);
    assert.match(files, /Grannprojektet/);
    assert.deepEqual(await overviewRow(page, 'Aktuella'), ['8', '2', '4', '2', '0'], 'twice the 4 of one report');
    await assertAccessible(page, 'the combined summary');
    const xlsx = await download('Excel (.xlsx)');
    assert.match(xlsx.name, /^sammanstallning.*\.xlsx$/);
  });

  it('links the first 25 participants of a data-quality problem and counts them all', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `Q-${String(i + 1).padStart(2, '0')};K;1990;2025-01-10;2025-03-20;Socialsekreterare;;`);
    const csv = ['kod;kön;födelseår;startdatum;slutdatum;remittent;avslutsorsak;grupp', ...rows].join('\r\n') + '\r\n';
    await page.goto(`${env.server.url}/projekt/ny`);
    await page.getByLabel('Projektets namn').fill('Kvalitetsprojekt');
    await page.getByLabel('Startdatum').fill('2025-01-01');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kvalitetsprojekt' }).waitFor();
    await page.getByRole('link', { name: 'Importera' }).click();
    await page.getByLabel('Välj fil').setInputFiles({ name: 'utskrivna.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Importera 30 deltagare' }).click();
    await page.getByText('30 deltagare är importerade.').waitFor();
    await page.getByRole('link', { name: 'Rapport', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Rapport' }).waitFor();
    const problem = page.locator('.quality-list li').filter({ hasText: 'Utskriven utan avslutsorsak' });
    assert.match(await problem.innerText(), /\(30 deltagare, de första 25 här\) Q-01 /);
    assert.equal(await problem.getByRole('link').count(), 25);
    assert.equal(await problem.getByRole('link', { name: 'Q-26' }).count(), 0);
    await assertAccessible(page, 'a report with a long data-quality problem');
  });

  it('sent nothing to another origin and threw no errors', () => {
    assert.deepEqual(session.foreign, []);
    assert.deepEqual(session.errors, []);
  });
});
