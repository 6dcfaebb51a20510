// Prints how the app does in headless Chromium with 1,000, 10,000 and 100,000 participants
// stored in IndexedDB: opening the report page, a period change, loading the participants
// through the app's storage layer against a plain IndexedDB getAll in JavaScript, and the report
// computed in the browser against the same computation in native Rust, and the same with the
// data protected by a passphrase (sealing it, unlocking and opening the report). Not a test: it
// asserts nothing.
//   node tests/e2e/bench.mjs   (after `cargo bench --bench report` and a release build;
//                               scripts/bench does all three)
// The records come from target/bench/data-<n>.json, written by the native bench, so both sides
// compute the same report on the same data.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, launch, openContext, seenAt, serve, watchFor } from './harness.mjs';

const target = join(DIST, '..', 'target', 'bench');
const native = JSON.parse(await readFile(join(target, 'native.json'), 'utf8'));
const server = await serve();
const browser = await launch();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pad = (s, n) => String(s).padStart(n);
const rows = [];
const PASSPHRASE = 'fyra ord som inte hör ihop';

// BENCH_SIZES=100000 (comma-separated) measures only those sizes; BENCH_SEALED=0 leaves out the
// passphrase half, which takes most of the time.
const sizes = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const sealed = process.env.BENCH_SEALED !== '0';
for (const n of sizes) {
  const data = JSON.parse(await readFile(join(target, `data-${n}.json`), 'utf8'));
  const { page, context } = await openContext(browser, server.url);
  await page.goto(server.url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.evaluate(async ({ project, participants }) => {
    const db = await new Promise((ok) => { const r = indexedDB.open('stegvis'); r.onsuccess = () => ok(r.result); });
    const tx = db.transaction(['projects', 'participants', 'meta'], 'readwrite');
    // Rows written behind the app's back: its packs are made again on the next read.
    tx.objectStore('meta').delete('packed');
    tx.objectStore('projects').put(project);
    const store = tx.objectStore('participants');
    for (const row of participants) store.put(row);
    await new Promise((ok) => { tx.oncomplete = ok; });
    db.close();
  }, data);
  const reportUrl = `${server.url}/projekt/${data.project.id}/rapport`;
  const open = [], load = [], compute = [], getAll = [];
  // From the navigation until the report's first table is in the page.
  await watchFor(page, '#tabell-oversikt');
  for (let run = 0; run < 3; run++) {
    await page.goto(reportUrl);
    open.push(await seenAt(page));
    compute.push(await page.evaluate(() => performance.getEntriesByName('stegvis:report')[0]?.duration ?? NaN));
    // The storage layer on its own: on a reload the read overlaps the fetch and start of the
    // report's code (which is what makes the page open sooner, but stretches the read). So
    // the app is opened at its start page, the report's code is left to be fetched ahead,
    // and then the app goes to the report without a reload, as a link does.
    await page.goto(server.url);
    await page.waitForFunction(() => performance.getEntriesByType('resource')
      .some((e) => /stegvis-split-report-/.test(e.name)), null, { timeout: 60000 });
    // Every family is fetched ahead, one after the other: wait until the last has come and
    // two quiet seconds have passed, so that nothing else runs during the read.
    for (let seen = -1, now = 0; seen !== now;) {
      seen = now;
      await page.waitForTimeout(2000);
      now = await page.evaluate(() => performance.getEntriesByType('resource').length);
    }
    await page.evaluate((url) => {
      history.pushState(null, '', url);
      dispatchEvent(new PopStateEvent('popstate'));
    }, reportUrl);
    await page.locator('#tabell-oversikt').waitFor({ timeout: 120000 });
    load.push(await page.evaluate(() => performance.getEntriesByName('stegvis:participants')[0]?.duration ?? NaN));
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
    const times = [], computed = [];
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
      const measures = performance.getEntriesByName('stegvis:report');
      computed.push(measures[measures.length - 1]?.duration ?? NaN);
      await new Promise((ok) => setTimeout(ok, 300));
    }
    return { times, computed };
  });
  // The same data protected with a passphrase: sealing everything, then (median of 3) from the
  // unlock click to the report's table, and reading the participants (opening every row).
  const protection = { protect: NaN, sealedOpen: [NaN], sealedLoad: [NaN] };
  if (sealed) {
    await page.goto(`${server.url}/sakerhetskopia`);
    await page.getByLabel('Ny lösenfras').fill(PASSPHRASE);
    await page.getByLabel('Skriv lösenfrasen igen').fill(PASSPHRASE);
    await page.getByLabel('Jag förstår att uppgifterna inte går att få tillbaka').check();
    const p0 = Date.now();
    await page.getByRole('button', { name: 'Skydda uppgifterna' }).click();
    await page.getByText('Uppgifterna är nu skyddade med lösenfras.').waitFor({ timeout: 300000 });
    protection.protect = Date.now() - p0;
    protection.sealedOpen = [];
    protection.sealedLoad = [];
    for (let run = 0; run < 3; run++) {
      await page.goto(reportUrl);
      await page.getByLabel('Lösenfras', { exact: true }).fill(PASSPHRASE);
      const t0 = await page.evaluate(() => performance.now());
      await page.getByRole('button', { name: 'Lås upp' }).click();
      protection.sealedOpen.push(await seenAt(page) - t0);
      protection.sealedLoad.push(await page.evaluate(() => performance.getEntriesByName('stegvis:participants')[0]?.duration ?? NaN));
    }
  }
  rows.push({ n, open: median(open), change: median(change.times), changeCompute: median(change.computed), load: median(load), getAll: median(getAll),
    compute: median(compute), native: native[String(n)], protect: protection.protect,
    sealedOpen: median(protection.sealedOpen), sealedLoad: median(protection.sealedLoad) });
  await context.close();
}

console.log('I headless Chromium (release-bygget), data i IndexedDB, median av 3 körningar:');
console.log(`${pad('deltagare', 10)} ${pad('öppna rapporten', 16)} ${pad('byta period', 12)} ${pad('varav beräkning', 16)}`);
for (const r of rows) console.log(`${pad(r.n, 10)} ${pad(r.open.toFixed(0), 13)} ms ${pad(r.change.toFixed(1), 9)} ms ${pad(r.changeCompute.toFixed(1), 13)} ms`);
console.log('\nLäsa alla deltagare: appens lagringslager mot IndexedDB getAll i JavaScript:');
console.log(`${pad('deltagare', 10)} ${pad('lagringslagret', 15)} ${pad('getAll i JS', 12)} ${pad('kvot', 6)}`);
for (const r of rows) console.log(`${pad(r.n, 10)} ${pad(r.load.toFixed(1), 12)} ms ${pad(r.getAll.toFixed(1), 9)} ms ${pad((r.load / r.getAll).toFixed(1), 5)}×`);
console.log('\nRapporten (hela projektet): i webbläsaren (wasm) mot native Rust:');
console.log(`${pad('deltagare', 10)} ${pad('wasm', 10)} ${pad('native', 10)} ${pad('kvot', 6)}`);
for (const r of rows) console.log(`${pad(r.n, 10)} ${pad(r.compute.toFixed(2), 7)} ms ${pad(r.native.toFixed(2), 7)} ms ${pad((r.compute / r.native).toFixed(1), 5)}×`);
console.log('\nMed lösenfras (krypterat): skydda allt, och från klick på Lås upp till rapportens tabell:');
console.log(`${pad('deltagare', 10)} ${pad('skydda', 10)} ${pad('lås upp + öppna', 16)} ${pad('läsa deltagarna', 16)}`);
for (const r of rows) console.log(`${pad(r.n, 10)} ${pad(r.protect, 7)} ms ${pad(r.sealedOpen.toFixed(0), 13)} ms ${pad(r.sealedLoad.toFixed(1), 13)} ms`);
await browser.close();
await server.close();
