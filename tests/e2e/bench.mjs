// Prints how the app does in headless Chromium with 1,000, 10,000 and 100,000 participants
// stored in IndexedDB: opening the report page, a period change, loading the participants
// through the app's storage layer against a plain IndexedDB getAll in JavaScript, and the report
// computed in the browser against the same computation in native Rust. Not a test: it asserts
// nothing.
//   node tests/e2e/bench.mjs   (after `cargo bench --bench report` and a release build;
//                               scripts/bench does all three)
// The records come from target/bench/data-<n>.json, written by the native bench, so both sides
// compute the same report on the same data.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, launch, openContext, serve } from './harness.mjs';

const target = join(DIST, '..', 'target', 'bench');
const native = JSON.parse(await readFile(join(target, 'native.json'), 'utf8'));
const server = await serve();
const browser = await launch();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pad = (s, n) => String(s).padStart(n);
const rows = [];

for (const n of [1000, 10000, 100000]) {
  const data = JSON.parse(await readFile(join(target, `data-${n}.json`), 'utf8'));
  const { page, context } = await openContext(browser, server.url);
  await page.goto(server.url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.evaluate(async ({ project, participants }) => {
    const db = await new Promise((ok) => { const r = indexedDB.open('stegvis'); r.onsuccess = () => ok(r.result); });
    const tx = db.transaction(['projects', 'participants'], 'readwrite');
    tx.objectStore('projects').put(project);
    const store = tx.objectStore('participants');
    for (const row of participants) store.put(row);
    await new Promise((ok) => { tx.oncomplete = ok; });
    db.close();
  }, data);
  const reportUrl = `${server.url}/projekt/${data.project.id}/rapport`;
  const open = [], load = [], compute = [], getAll = [];
  for (let run = 0; run < 3; run++) {
    await page.goto(reportUrl);
    await page.locator('#tabell-oversikt').waitFor({ timeout: 120000 });
    open.push(await page.evaluate(() => performance.now()));
    const [loaded, computed] = await page.evaluate(() => ['stegvis:participants', 'stegvis:report']
      .map((name) => performance.getEntriesByName(name)[0]?.duration ?? NaN));
    load.push(loaded);
    compute.push(computed);
    getAll.push(await page.evaluate(async (projectId) => {
      const db = await new Promise((ok) => { const r = indexedDB.open('stegvis'); r.onsuccess = () => ok(r.result); });
      const t0 = performance.now();
      const found = await new Promise((ok) => {
        db.transaction('participants').objectStore('participants').index('by_project')
          .getAll(projectId).onsuccess = (e) => ok(e.target.result);
      });
      const ms = performance.now() - t0;
      db.close();
      return found.length > 0 ? ms : NaN;
    }, data.project.id));
  }
  // Time from the change event until the new numbers are in the page (a MutationObserver
  // fires at the end of the task that changed the DOM).
  const change = await page.evaluate(async () => {
    const table = document.getElementById('tabell-oversikt').closest('section');
    const select = document.getElementById('period-kind');
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
      times.push((await changed) - t0);
      await new Promise((ok) => setTimeout(ok, 300));
    }
    return times;
  });
  rows.push({ n, open: median(open), change: median(change), load: median(load), getAll: median(getAll),
    compute: median(compute), native: native[String(n)] });
  await context.close();
}

console.log('I headless Chromium (release-bygget), data i IndexedDB, median av 3 körningar:');
console.log(`${pad('deltagare', 10)} ${pad('öppna rapporten', 16)} ${pad('byta period', 12)}`);
for (const r of rows) console.log(`${pad(r.n, 10)} ${pad(r.open.toFixed(0), 13)} ms ${pad(r.change.toFixed(1), 9)} ms`);
console.log('\nLäsa alla deltagare: appens lagringslager mot IndexedDB getAll i JavaScript:');
console.log(`${pad('deltagare', 10)} ${pad('lagringslagret', 15)} ${pad('getAll i JS', 12)} ${pad('kvot', 6)}`);
for (const r of rows) console.log(`${pad(r.n, 10)} ${pad(r.load.toFixed(1), 12)} ms ${pad(r.getAll.toFixed(1), 9)} ms ${pad((r.load / r.getAll).toFixed(1), 5)}×`);
console.log('\nRapporten (hela projektet): i webbläsaren (wasm) mot native Rust:');
console.log(`${pad('deltagare', 10)} ${pad('wasm', 10)} ${pad('native', 10)} ${pad('kvot', 6)}`);
for (const r of rows) console.log(`${pad(r.n, 10)} ${pad(r.compute.toFixed(2), 7)} ms ${pad(r.native.toFixed(2), 7)} ms ${pad((r.compute / r.native).toFixed(1), 5)}×`);
await browser.close();
await server.close();
