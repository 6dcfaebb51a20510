// Makes the real files of one released version of Stegvis for tests/fixtures/<version>/, by
// driving the built app (dist/) in headless Chromium as a coach and a participant would. Not a
// test: run it once per release, before the release's formats change, and commit what it wrote.
//
//   node tests/e2e/make-fixtures.mjs tests/fixtures/v0.1.0
//
// Everything in it is invented: a project, four participants with made-up codes, the default
// self-evaluation form and two anonymous answers.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, openContext, serve } from './harness.mjs';

const out = process.argv[2];
if (!out) throw new Error('usage: node tests/e2e/make-fixtures.mjs <output folder>');
export const PASSPHRASE = 'fixtur lösenfras 2026';

// Since 0.3.0 with the journey's columns too (an older build ignores columns it does not know).
// Since 0.4.0 F-04 has an age at the start (24) instead of a birth year: the same year, 2001,
// stored as approximate.
const CSV = [
  'kod;kön;födelseår;startdatum;slutdatum;remittent;avslutsorsak;anvisningsdatum;'
    + 'försörjning vid start;försörjning vid avslut;sysselsättning vid start;sysselsättning vid avslut;'
    + 'omfattning vid start;omfattning vid avslut;ålder',
  'F-01;K;1990;2025-01-10;2025-03-20;Socialsekreterare;Arbete;2024-12-16;Försörjningsstöd;Lön;Ingen;Förvärvsarbete;0;75;',
  'F-02;M;1985;2025-02-01;;Eget initiativ;;2025-01-20;Sjukpenning;;Arbetsträning;;25;;',
  'F-03;K;1978;2025-03-05;2025-06-30;Psykiatrisk öppenvård;Studier;;Aktivitetsersättning;Studiemedel;Ingen;Studier;0;50;',
  'F-04;M;;2025-05-12;2025-09-01;Socialsekreterare;;;;;;;;;24',
].join('\r\n') + '\r\n';

async function download(page, click) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

await mkdir(out, { recursive: true });
const server = await serve();
const browser = await launch();
try {
  const { page } = await openContext(browser, server.url);
  await page.goto(`${server.url}/projekt/ny`);
  await page.getByLabel('Projektets namn').fill('Fixturprojektet');
  await page.getByLabel('Startdatum').fill('2025-01-01');
  await page.getByLabel('Volymmål').fill('10');
  await page.getByLabel('Resultatmål').fill('40');
  await page.getByRole('button', { name: 'Spara' }).click();
  await page.getByRole('heading', { level: 1, name: 'Fixturprojektet' }).waitFor();
  const projectUrl = page.url();

  await page.getByRole('link', { name: 'Importera' }).click();
  await page.getByLabel('Välj fil').setInputFiles({ name: 'fixtur.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await page.getByRole('button', { name: 'Importera 4 deltagare' }).click();
  await page.getByText('4 deltagare är importerade.').waitFor();

  // Since 0.5.0: granted funds, one period of used funds and a running total, and two of the
  // final report's texts.
  await page.goto(projectUrl);
  await page.getByRole('link', { name: 'Ekonomi' }).click();
  await page.getByLabel('Beviljade medel för hela projektet (kr)').fill('900 000');
  await page.getByRole('button', { name: 'Spara beviljade medel' }).click();
  await page.getByText('Beviljade medel är sparade.').waitFor();
  await page.locator('#used-from').fill('2025-01-01');
  await page.locator('#used-to').fill('2025-06-30');
  await page.locator('#used-amount').fill('250 000');
  await page.getByRole('button', { name: 'Lägg till perioden' }).click();
  await page.getByText('Perioden är tillagd.').waitFor();
  await page.locator('#used-through').fill('2025-12-31');
  await page.locator('#used-total').fill('400 000');
  await page.getByRole('button', { name: 'Lägg till totalen' }).click();
  await page.locator('#used-funds').getByText('150 000 kr').waitFor();
  await page.goto(`${projectUrl}/slutrapport`);
  await page.getByLabel('2 Ansvarig för genomförandet').fill('Samordningsförbundet, projektledare.');
  await page.getByLabel('6 Lärdomar').fill('Tidiga möten.\n\nPraktik med handledare.');
  await page.getByRole('button', { name: 'Spara texterna' }).click();
  await page.getByText('Texterna är sparade.').waitFor();

  // A phone link for the default form at the end, answered on a "phone", taken in by its code.
  await page.goto(projectUrl);
  await page.getByRole('link', { name: 'Självskattning' }).click();
  await page.getByRole('heading', { level: 1, name: 'Självskattning' }).waitFor();
  const surveyUrl = page.url();
  await page.locator('.form-card').first().getByRole('link', { name: 'Länk till telefon' }).click();
  await page.getByLabel('Avslut', { exact: true }).check();
  const link = await page.getByLabel('Länk', { exact: true }).inputValue();
  const codes = [];
  for (const [value, text] of [[4, 'Bra stöd'], [2, '']]) {
    const phone = await openContext(browser, server.url);
    await phone.page.goto(link);
    await phone.page.getByLabel('Alla frågor på en sida').check();
    await phone.page.getByRole('button', { name: 'Börja' }).click();
    const questions = phone.page.locator('fieldset.question');
    for (let q = 0; q < await questions.count(); q++) {
      const box = questions.nth(q);
      if (await box.locator('textarea').count()) await box.locator('textarea').fill(text);
      else await box.locator(`input[id$="-${value}"]`).check();
    }
    await phone.page.getByRole('button', { name: 'Skicka svaren' }).click();
    codes.push(await phone.page.locator('#answer-code').innerText());
    await phone.context.close();
  }
  await page.goto(surveyUrl);
  await page.getByLabel('Svarskod').fill(codes[0]);
  await page.getByRole('button', { name: 'Lägg till svaret' }).click();
  await page.getByText(/Svaret är sparat/).waitFor();
  await writeFile(join(out, 'phone-link.txt'), `${new URL(link).hash}\n`);
  await writeFile(join(out, 'answer-codes.txt'), `${codes.join('\n')}\n`);

  // The report of the whole project: JSON, CSV and Excel.
  await page.goto(projectUrl);
  await page.getByRole('link', { name: 'Rapport', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Rapport' }).waitFor();
  for (const [button, file] of [['JSON (för sammanställning)', 'report.json'], ['CSV för Excel', 'report.csv'], ['Excel (.xlsx)', 'report.xlsx']]) {
    const { bytes } = await download(page, () => page.getByRole('button', { name: button }).click());
    await writeFile(join(out, file), bytes);
  }

  // A plain backup, then a sealed one after protecting the data with a passphrase.
  await page.goto(`${server.url}/sakerhetskopia`);
  const plain = await download(page, () => page.getByRole('button', { name: 'Ladda ned säkerhetskopia' }).click());
  await writeFile(join(out, 'backup.json'), plain.bytes);
  const section = page.locator('section', { has: page.getByRole('heading', { name: 'Skydda med lösenfras' }) });
  await section.getByLabel('Ny lösenfras').fill(PASSPHRASE);
  await section.getByLabel('Skriv lösenfrasen igen').fill(PASSPHRASE);
  await section.getByRole('checkbox').check();
  await section.getByRole('button', { name: 'Skydda uppgifterna' }).click();
  await page.getByText('Uppgifterna är nu skyddade med lösenfras.').waitFor();
  const sealed = await download(page, () => page.getByRole('button', { name: 'Ladda ned säkerhetskopia' }).click());
  await writeFile(join(out, 'backup-sealed.json'), sealed.bytes);
  await writeFile(join(out, 'passphrase.txt'), `${PASSPHRASE}\n`);
  console.log(`wrote the fixtures of this build to ${out}`);
} finally {
  await browser.close();
  await server.close();
}
