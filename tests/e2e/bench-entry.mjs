// Prints, for the coach's start page and for a participant's phone link: the bytes a fresh
// browser transfers (gzip, as served; the page chunks fetched ahead once the page is idle are
// counted apart, see src/ui/lazy.rs) and the time until the page can be used, under
// Lighthouse's slow 4G (1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip) and a 4× CPU
// slowdown, in Chromium's own emulation. Median of 5 fresh browsers. Not a test.
//   node tests/e2e/bench-entry.mjs   (scripts/bench, after a release build)
import { launch, newestPhoneLink, seenAt, serve, watchFor } from './harness.mjs';

const fragment = await newestPhoneLink();
const server = await serve();
const browser = await launch();
// What makes each page usable: the start page's heading, the phone form's first button.
const pages = [
  ['startsidan', `${server.url}/`, ['h1']],
  ['telefonlänken', `${server.url}/${fragment}`, ['button', 'Börja']],
];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log('Första besöket i en ny webbläsare, långsam 4G och 4× långsammare processor (median av 5):');
console.log(`${'sida'.padEnd(15)} ${'överfört'.padStart(9)} ${'användbar efter'.padStart(16)} ${'wasm hämtad'.padStart(12)} ${'sidor i förväg'.padStart(15)}`);
for (const [name, url, usable] of pages) {
  const bytes = [], times = [], ahead = [], wasm = [];
  for (let run = 0; run < 5; run += 1) {
    const context = await browser.newContext({ locale: 'sv-SE', serviceWorkers: 'block' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    let transferred = 0, chunks = 0;
    const urls = new Map();
    cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
    cdp.on('Network.loadingFinished', (e) => {
      if (/\/stegvis-(split|chunk)-/.test(urls.get(e.requestId) ?? '')) chunks += e.encodedDataLength;
      else transferred += e.encodedDataLength;
    });
    await watchFor(page, ...usable);
    await page.goto(url, { waitUntil: 'commit' });
    times.push(await seenAt(page));
    // When the main module had arrived: the rest of the time is its start and the page's.
    wasm.push(await page.evaluate(() => performance.getEntriesByType('resource')
      .find((e) => /_bg\.wasm$/.test(e.name))?.responseEnd ?? NaN));
    await page.waitForLoadState('networkidle');
    bytes.push(transferred);
    ahead.push(chunks);
    await context.close();
  }
  const kb = (xs) => `${Math.round(median(xs) / 1024)} KB`;
  console.log(`${name.padEnd(15)} ${kb(bytes).padStart(9)} ${`${(median(times) / 1000).toFixed(2)} s`.padStart(16)} ${`${(median(wasm) / 1000).toFixed(2)} s`.padStart(12)} ${kb(ahead).padStart(15)}`);
}
await browser.close();
await server.close();
