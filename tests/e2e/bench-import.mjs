// Prints how long a coach's .xlsx of 50,000 rows takes (asserts nothing; see scripts/bench):
// from choosing the file to the mapping and preview, and from "Importera" to the participant
// list (one transaction). Invented codes only.
import ExcelJS from 'exceljs';
import { createProject, launch, openContext, serve } from './harness.mjs';

const ROWS = 50_000;
const book = new ExcelJS.Workbook();
const sheet = book.addWorksheet('Deltagare');
sheet.addRow(['Deltagare', 'Kön', 'Ålder', 'Inskrivningsdatum', 'Utskrivningsdatum', 'Remitterande myndighet', 'Orsak till avslut']);
for (let i = 0; i < ROWS; i++) {
  const start = new Date(Date.UTC(2021, i % 12, 1 + (i % 28)));
  const end = i % 3 === 0 ? new Date(Date.UTC(2022, i % 12, 1 + (i % 28))) : null;
  sheet.addRow([`B-${i}`, ['K', 'M', 'Annat'][i % 3], 20 + (i % 40), start, end,
    ['Arbetsförmedlingen', 'Försäkringskassan', 'Socialtjänsten'][i % 3], end ? ['Arbete', 'Studier', 'Avbrott'][i % 3] : null]);
}
const bytes = Buffer.from(await book.xlsx.writeBuffer());

const server = await serve();
const browser = await launch();
const { page } = await openContext(browser, server.url);
const project = await createProject(page, server.url, 'Stor lista', { start: '2021-01-01' });
await page.goto(`${project}/importera`);
const t0 = performance.now();
await page.getByLabel('Välj fil').setInputFiles({ name: 'stor.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bytes });
const button = page.getByRole('button', { name: `Importera ${ROWS} deltagare` });
await button.waitFor({ timeout: 120_000 });
const t1 = performance.now();
await button.click();
await page.getByText(`${ROWS} deltagare är importerade.`).waitFor({ timeout: 120_000 });
const t2 = performance.now();
console.log(`\nImport av en .xlsx med ${ROWS} rader (${(bytes.length / 1024 / 1024).toFixed(1)} MB) i headless Chromium:`);
console.log(`  läsa och förhandsvisa: ${((t1 - t0) / 1000).toFixed(1)} s`);
console.log(`  importera (en transaktion) till deltagarlistan: ${((t2 - t1) / 1000).toFixed(1)} s`);
console.log(`  totalt: ${((t2 - t0) / 1000).toFixed(1)} s`);
await browser.close();
await server.close();
