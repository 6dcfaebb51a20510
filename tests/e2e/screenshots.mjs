// Takes screenshots of the main pages of the release build, for a person to look at:
//   node tests/e2e/screenshots.mjs [out-dir]     (default /tmp/stegvis-screens)
// Not a test: it asserts nothing. It fills in a small invented project first.
import { mkdir } from 'node:fs/promises';
import { launch, openContext, serve } from './harness.mjs';

const out = process.argv[2] ?? '/tmp/stegvis-screens';
await mkdir(out, { recursive: true });
const server = await serve();
const browser = await launch();
const { page } = await openContext(browser, server.url);
const shot = async (name, width = 1280) => {
  await page.setViewportSize({ width, height: 900 });
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: true });
  console.log(`${out}/${name}.png`);
};

await page.goto(server.url);
await page.getByRole('heading', { level: 1 }).waitFor();
await shot('1-welcome');
await page.getByRole('link', { name: 'Skapa ett projekt' }).click();
await page.getByLabel('Projektets namn').fill('Steget');
await page.getByLabel('Volymmål').fill('40');
await shot('2-new-project');
await page.getByRole('button', { name: 'Spara' }).click();
await page.getByRole('heading', { level: 1, name: 'Steget' }).waitFor();
for (const [gender, referral] of [['Kvinna', 'Eget initiativ'], ['Man', 'Socialsekreterare'], ['Annat', 'LSS']]) {
  await page.getByRole('link', { name: 'Registrera deltagare' }).click();
  await page.getByLabel('Kön').selectOption({ label: gender });
  await page.getByLabel('Remittent').selectOption({ label: referral });
  await page.getByRole('button', { name: 'Spara' }).click();
  await page.getByText(/är registrerad/).waitFor();
}
await shot('3-participants');
await shot('3-participants-phone', 360);
await page.getByRole('link', { name: 'D-002' }).click();
await page.getByRole('heading', { level: 1, name: 'Deltagare D-002' }).waitFor();
await page.getByLabel('Födelseår').fill('2019');
await page.getByRole('button', { name: 'Spara', exact: true }).click();
await shot('4-participant-error');
await page.getByRole('link', { name: 'Steget' }).click();
await page.getByRole('link', { name: 'Importera' }).click();
const csv = ['kod;kön;födelseår;startdatum;slutdatum;remittent;avslutsorsak',
  ...Array.from({ length: 40 }, (_, i) => {
    const start = `2025-${String(1 + (i % 12)).padStart(2, '0')}-0${1 + (i % 9)}`;
    const ended = i % 3 !== 0;
    const outcomes = ['Arbete', 'Studier', 'Fortsatt rehabilitering', 'Sjukdom', 'Annan sysselsättning', ''];
    const referrals = ['Socialsekreterare', 'Eget initiativ', 'Psykiatrisk öppenvård', 'Arbetsförmedlingen'];
    return [`I-${i + 1}`, i % 2 ? 'K' : 'M', 1970 + i, start, ended ? `2026-0${1 + (i % 9)}-15` : '',
      referrals[i % 4], ended ? outcomes[i % 6] : ''].join(';');
  })].join('\n');
await page.getByLabel('Välj fil').setInputFiles({ name: 'lista.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
await page.getByRole('button', { name: /Importera \d+ deltagare/ }).waitFor();
await shot('5-import-preview');
await page.getByRole('button', { name: /Importera \d+ deltagare/ }).click();
await page.getByText(/är importerade/).waitFor();
await page.getByRole('link', { name: 'Rapport', exact: true }).click();
await page.locator('#tabell-oversikt').waitFor();
await shot('6-report');
await page.locator('#diagram-avslut').screenshot({ path: `${out}/6a-chart-outcomes.png` });
await page.locator('#diagram-flode').screenshot({ path: `${out}/6b-chart-flow.png` });
await page.locator('#diagram-over-tid').screenshot({ path: `${out}/6c-chart-time.png` });
await page.setViewportSize({ width: 1280, height: 900 });
await page.screenshot({ path: `${out}/6d-report-top.png` });
await page.getByRole('link', { name: 'Utskriftsvy' }).click();
await page.locator('.print-view').waitFor();
await page.emulateMedia({ media: 'print' });
await shot('7-print', 794);
await page.emulateMedia({ media: 'screen' });

// Self-evaluation: the coach's page, the link for phones, a phone answering, the results.
await page.goto(server.url);
await page.getByRole('link', { name: 'Steget' }).click();
await page.getByRole('link', { name: 'Självskattning' }).click();
await page.locator('.form-card').first().waitFor();
await shot('8-survey');
await page.getByRole('link', { name: 'Länk till telefon' }).first().click();
const link = await page.getByLabel('Länk', { exact: true }).inputValue();
await shot('8a-share');
const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
await phone.goto(link);
await phone.getByRole('button', { name: 'Börja' }).waitFor();
await phone.screenshot({ path: `${out}/8b-phone-welcome.png`, fullPage: true });
await phone.getByRole('button', { name: 'Börja' }).click();
await phone.locator('#q0-4').check();
await phone.screenshot({ path: `${out}/8c-phone-question.png`, fullPage: true });
for (let q = 0; q < 10; q++) {
  await phone.locator(`#q${q}-${1 + (q % 5)}`).check();
  await phone.getByRole('button', { name: q < 10 ? 'Nästa' : 'Skicka svaren' }).click();
}
await phone.getByRole('button', { name: 'Skicka svaren' }).click();
await phone.locator('#answer-code').waitFor();
await phone.screenshot({ path: `${out}/8d-phone-code.png`, fullPage: true });
console.log(`${out}/8b…8d phone`);
await page.goto(page.url().replace(/\/dela$/, '/resultat'));
await page.getByRole('heading', { level: 1, name: /Resultat/ }).waitFor();
await shot('8e-results');
await page.goto(page.url().replace(/\/resultat$/, ''));
await page.getByLabel('Formulärets namn').waitFor();
await shot('8f-builder');
// Protect the data with a passphrase, then the lock screen after "Lås nu".
await page.getByRole('link', { name: 'Säkerhetskopia', exact: true }).click();
await page.getByLabel('Ny lösenfras').fill('fyra ord som inte hör ihop');
await page.getByLabel('Skriv lösenfrasen igen').fill('fyra ord som inte hör ihop');
await page.getByLabel('Jag förstår att uppgifterna inte går att få tillbaka').check();
await page.getByRole('button', { name: 'Skydda uppgifterna' }).click();
await page.getByText('Uppgifterna är nu skyddade med lösenfras.').waitFor();
await shot('9-protected');
await page.getByRole('button', { name: 'Lås nu' }).click();
await page.getByRole('heading', { level: 1, name: 'Stegvis är låst' }).waitFor();
await shot('9a-locked');
await page.setViewportSize({ width: 360, height: 740 });
await page.screenshot({ path: `${out}/9b-locked-phone.png`, fullPage: true });
await browser.close();
await server.close();
