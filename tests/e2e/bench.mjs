// Prints how long the report page takes in headless Chromium with 1,000, 10,000 and 100,000
// participants stored in IndexedDB: from opening the page to the rendered report, and from
// changing the period to the updated numbers. Not a test: it asserts nothing.
//   node tests/e2e/bench.mjs          (after a release build; scripts/bench does both)
import { launch, openContext, seedParticipants, serve } from './harness.mjs';

const server = await serve();
const browser = await launch();
console.log('Rapportsidan i headless Chromium (release-bygget), från IndexedDB:');
console.log(`${'deltagare'.padStart(10)} ${'öppna rapporten'.padStart(16)} ${'byta period → nya siffror'.padStart(26)}`);
for (const n of [1000, 10000, 100000]) {
  const { page, context } = await openContext(browser, server.url);
  await page.goto(`${server.url}/projekt/ny`);
  await page.getByLabel('Projektets namn').fill('Bänk');
  await page.getByLabel('Startdatum').fill('2025-01-01');
  await page.getByRole('button', { name: 'Spara' }).click();
  await page.getByRole('heading', { level: 1, name: 'Bänk' }).waitFor();
  const reportUrl = `${page.url()}/rapport`;
  await seedParticipants(page, n);
  const open = [];
  for (let run = 0; run < 3; run++) {
    await page.goto(reportUrl);
    await page.locator('#tabell-oversikt').waitFor({ timeout: 120000 });
    open.push(await page.evaluate(() => performance.now()));
  }
  // Time from the change event until the new numbers are in the page (a MutationObserver
  // fires at the end of the task that changed the DOM), and whether that fits in one frame.
  const change = await page.evaluate(async () => {
    const select = document.getElementById('period-kind');
    const table = document.getElementById('tabell-oversikt').closest('section');
    const times = [];
    for (const kind of ['year', 'tertial', 'whole', 'year', 'whole']) {
      const before = document.getElementById('tabell-oversikt').textContent;
      const changed = new Promise((ok) => {
        const observer = new MutationObserver(() => {
          const now = document.getElementById('tabell-oversikt');
          if (now && now.textContent !== before) { observer.disconnect(); ok(performance.now()); }
        });
        observer.observe(table.parentElement, { childList: true, subtree: true, characterData: true });
      });
      const t0 = performance.now();
      select.value = kind;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      const t1 = await changed;
      times.push({ ms: t1 - t0, changed: true });
      await new Promise((ok) => setTimeout(ok, 300));
    }
    return times;
  });
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const changeMs = median(change.map((c) => c.ms));
  const note = changeMs <= 16.7 ? '  (inom en bildruta)' : '  (mer än en bildruta, 16,7 ms)';
  console.log(`${String(n).padStart(10)} ${median(open).toFixed(0).padStart(13)} ms ${changeMs.toFixed(1).padStart(23)} ms${note}`);
  await context.close();
}
await browser.close();
await server.close();
