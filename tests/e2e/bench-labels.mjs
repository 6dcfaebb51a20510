// Prints how long label matching takes in the browser at the sizes of issue 12's finding 5: the
// summary page adding up two report files of 60,000 referral sources each, and the import
// preview of a CSV with 30,000 distinct referral sources. Not a test: it asserts nothing.
//   node tests/e2e/bench-labels.mjs   (after a release build; scripts/bench runs it)
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, openContext, serve } from './harness.mjs';

const server = await serve();
const browser = await launch();
try {
  const { page } = await openContext(browser, server.url);
  const here = new URL('.', import.meta.url).pathname;
  const report = JSON.parse(await readFile(join(here, '..', 'fixtures', 'v0.1.0', 'report.json'), 'utf8'));
  report.referrals = Array.from({ length: 60000 }, (_, i) => ({ label: `Källa ${i}`, count: 0 }));
  report.referrals[0].count = report.participants.total.all;
  report.missing_referral = 0;
  const other = { ...report, referrals: report.referrals.map((r) => ({ ...r, label: r.label.toUpperCase() })) };
  await page.goto(`${server.url}/sammanstallning`);
  const files = [report, other].map((r, i) => ({ name: `r${i}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(r)) }));
  let t0 = Date.now();
  await page.getByLabel(/Välj rapportfiler/).setInputFiles(files);
  await page.getByText('2 rapporter är sammanställda.').waitFor({ timeout: 600000 });
  const combined = Date.now() - t0;

  await page.goto(`${server.url}/projekt/ny`);
  await page.getByLabel('Projektets namn').fill('Många remittenter');
  await page.getByRole('button', { name: 'Spara' }).click();
  await page.getByRole('heading', { level: 1, name: 'Många remittenter' }).waitFor();
  await page.getByRole('link', { name: 'Importera' }).click();
  const csv = ['kod;startdatum;remittent', ...Array.from({ length: 30000 }, (_, i) => `X-${i};2025-01-01;Remittent ${i}`)].join('\n');
  // The file worker is loaded by a first, small file, so that its download is not counted.
  await page.getByLabel('Välj fil').setInputFiles({ name: 'liten.csv', mimeType: 'text/csv', buffer: Buffer.from('kod;startdatum\nA-1;2025-01-01\n') });
  await page.getByRole('heading', { name: 'Det här händer om du importerar' }).waitFor();
  t0 = Date.now();
  await page.getByLabel('Välj fil').setInputFiles({ name: 'stor.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Importera 30000 deltagare' }).waitFor({ timeout: 600000 });
  const previewed = Date.now() - t0;
  console.log('Namnmatchning i headless Chromium (release-bygget):');
  console.log(`  sammanställning av 2 filer med 60 000 remittenter: ${combined} ms (från filval till tabellerna)`);
  console.log(`  importförhandsvisning, 30 000 olika remittenter:   ${previewed} ms (från filval till knappen)`);
} finally {
  await browser.close();
  await server.close();
}
