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
await browser.close();
await server.close();
