// Shared pieces of the end-to-end tests: serve the release build on 127.0.0.1, launch Debian's
// Chromium headless, record every request that leaves the app's origin, and run axe-core.
import { after, before } from 'node:test';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

const here = fileURLToPath(new URL('.', import.meta.url));
export const DIST = resolve(process.env.STEGVIS_DIST ?? join(here, '..', '..', 'dist'));
/** The files of every released version (`tests/fixtures/v*`). */
export const FIXTURES = resolve(here, '..', 'fixtures');

/** Every version's phone link fragment (`#svar=…`) from tests/fixtures, oldest first, as
 * [version, fragment]. */
export async function phoneLinks() {
  const versions = (await readdir(FIXTURES)).filter((v) => v.startsWith('v'))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const links = [];
  for (const version of versions) {
    const text = await readFile(join(FIXTURES, version, 'phone-link.txt'), 'utf8').catch(() => null);
    if (text) links.push([version, text.trim()]);
  }
  return links;
}

/** The newest version's phone link fragment. */
export async function newestPhoneLink() {
  return (await phoneLinks()).at(-1)[1];
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves a build like any static host with a fallback to index.html for app routes: `DIST` at
 * the root, or another build under a sub-path (`{ dir, prefix: '/stegvis' }`), where anything
 * outside the prefix is 404.
 */
export async function serve({ dir = DIST, prefix = '' } = {}) {
  const server = createServer(async (req, res) => {
    const full = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (prefix && full !== prefix && !full.startsWith(`${prefix}/`)) {
      res.writeHead(404).end();
      return;
    }
    const path = normalize(full.slice(prefix.length) || '/').replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    } catch {
      file = join(dir, 'index.html');
    }
    try {
      let body = await readFile(file);
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      // Like a real host: text and wasm go out gzipped to browsers that accept it, as the
      // README's nginx serves them: the .gz a release build writes beside the file
      // (gzip_static), else compressed on the fly (gzip on).
      if (/gzip/.test(req.headers['accept-encoding'] ?? '') && /\.(html|js|wasm|css|svg)$/.test(file)) {
        body = await readFile(`${file}.gz`).catch(() => gzipSync(body));
        headers['content-encoding'] = 'gzip';
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}`;
  return { url, close: () => new Promise((ok) => server.close(ok)) };
}

/**
 * For a `describe` block: serves a build (`serve(options)`) and launches the browser before its
 * tests, and closes both after them. `env.server` and `env.browser` are set once it has started.
 */
export function suite(options) {
  const env = {};
  before(async () => {
    env.server = await serve(options);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** Registers a participant under the suggested code from the project page; returns the code. */
export async function registerParticipant(page) {
  await page.getByRole('link', { name: 'Registrera deltagare' }).click();
  const code = await page.getByLabel('Kod').inputValue();
  await page.getByRole('button', { name: 'Spara' }).click();
  await page.getByText(`Deltagare ${code} är registrerad.`).waitFor();
  return code;
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/**
 * A fresh browser context (its own IndexedDB) that records requests to other origins. The
 * service worker is blocked unless `serviceWorkers: 'allow'`: only the offline test needs it,
 * and without it every request is seen (and can be routed) by the test.
 */
export async function openContext(browser, origin, { serviceWorkers = 'block' } = {}) {
  const context = await browser.newContext({ locale: 'sv-SE', acceptDownloads: true, serviceWorkers });
  const foreign = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  const errors = [];
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  // Chromium reports Content-Security-Policy violations on the console.
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) errors.push(m.text());
  });
  return { context, page, foreign, errors };
}

/**
 * Opens `url` in a fresh context (see `openContext`) and records the bytes of every file it
 * fetches (headers and body, as transferred): `sizes` maps each path to its bytes.
 */
export async function openCounting(browser, origin, url) {
  const session = await openContext(browser, origin);
  const sizes = new Map();
  session.page.on('requestfinished', async (request) => {
    const { responseBodySize, responseHeadersSize } = await request.sizes();
    sizes.set(new URL(request.url()).pathname, responseBodySize + responseHeadersSize);
  });
  await session.page.goto(url);
  return { ...session, sizes };
}

/** What `openCounting` recorded, added up: the bytes in all, and a readable list per file. */
export function transferred(sizes) {
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  const list = [...sizes].map(([f, n]) => `${f} ${Math.round(n / 1024)} KB`).join(', ');
  return { total, list };
}

/** Fails with a readable list if axe-core finds any WCAG 2.1 A or AA violation. */
export async function assertAccessible(page, what) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  assert.deepEqual(summary, [], `axe-core found WCAG 2.1 AA violations on ${what}`);
  assert.ok(result.passes.length > 0, 'axe-core ran its checks');
}

/** The codes shown in the participant table, in order. */
export async function listedCodes(page) {
  await page.locator('table.participants').waitFor();
  return page.locator('table.participants tbody th[scope="row"]').allInnerTexts();
}

/**
 * Puts `n` invented participants into the first project of the app's IndexedDB, in the stored
 * layout of src/storage/record.rs, in one transaction. Codes D-00001…; every third discharged
 * (2026-01-15); genders, referral sources and outcomes in rotation. Returns `n`.
 */
export async function seedParticipants(page, n) {
  return page.evaluate(async (n) => {
    const db = await new Promise((ok, fail) => {
      const r = indexedDB.open('stegvis');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const tx = db.transaction(['projects', 'participants', 'meta'], 'readwrite');
    // Rows written behind the app's back: its packs are made again on the next read
    // (src/storage/idb.rs).
    tx.objectStore('meta').delete('packed');
    const project = await new Promise((ok) => {
      tx.objectStore('projects').getAll().onsuccess = (e) => ok(e.target.result[0]);
    });
    const projectJson = JSON.parse(project.json);
    const store = tx.objectStore('participants');
    for (let i = 1; i <= n; i++) {
      const id = crypto.randomUUID();
      const start = `2025-${String(1 + (i % 12)).padStart(2, '0')}-01`;
      const record = {
        id, project_id: projectJson.id, code: `D-${String(i).padStart(5, '0')}`,
        gender: ['woman', 'man', 'other', 'unspecified'][i % 4], birth_year: 1970 + (i % 30),
        referral: projectJson.referral_sources[i % 8].id, start, sub_unit: null,
        anonymous_in_sus: false, note: '', phases: [{ phase: 'mapping', from: start }],
        discharge: i % 3 === 0 ? { end: '2026-01-15', outcome: projectJson.outcomes[i % 11].id } : null,
        updated_at: 0,
      };
      store.put({ id: id.replaceAll('-', ''), project_id: project.id, json: JSON.stringify(record) });
    }
    await new Promise((ok) => { tx.oncomplete = ok; });
    db.close();
    return n;
  }, n);
}

/** Creates a project through the form at `${url}/projekt/ny` (optionally with a start date) and
 * returns the project page's address. */
export async function createProject(page, url, name, { start } = {}) {
  await page.goto(`${url}/projekt/ny`);
  await page.getByLabel('Projektets namn').fill(name);
  if (start) await page.getByLabel('Startdatum').fill(start);
  await page.getByRole('button', { name: 'Spara' }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  return page.url();
}

/** Presses Tab until `test` (a function run in the page) holds, at most `tries` times. */
export async function tabTo(page, test, what, tries = 40) {
  for (let i = 0; i < tries; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(test)) return;
  }
  assert.fail(`Tab never reached ${what}`);
}

/** The cells after the label of the report overview's row `label` ("Aktuella", …). */
export async function overviewRow(page, label) {
  const row = page.locator('#tabell-oversikt tbody tr', { has: page.locator('th', { hasText: new RegExp(`^${label}$`) }) });
  return row.locator('td').allInnerTexts();
}

/** Every record of object store `store` in IndexedDB database `name`, parsed from its stored
 * JSON; none if the store does not exist. */
export async function storedRecords(page, name, store) {
  return page.evaluate(async ([name, store]) => {
    const db = await new Promise((ok) => { const r = indexedDB.open(name); r.onsuccess = () => ok(r.result); });
    if (!db.objectStoreNames.contains(store)) { db.close(); return []; }
    const rows = await new Promise((ok) => { db.transaction(store).objectStore(store).getAll().onsuccess = (e) => ok(e.target.result); });
    db.close();
    return rows.map((r) => JSON.parse(r.json));
  }, [name, store]);
}

/**
 * For benchmarks: from now on, every page `page` loads notes the moment (its
 * `performance.now()`) an element matching `selector` (and, if given, with exactly the text
 * `text`) is first in the document; `seenAt(page)` reads it. A MutationObserver sees the
 * element in the task that added it, where Playwright's `waitFor` polls at growing intervals (up
 * to half a second), which once made the figures of both benches up to that much too slow.
 */
export async function watchFor(page, selector, text) {
  await page.addInitScript(({ selector, text }) => {
    const found = () => [...document.querySelectorAll(selector)].some((e) => text === undefined || e.textContent.trim() === text);
    const observer = new MutationObserver(() => {
      if (window.stegvisSeenAt === undefined && found()) {
        window.stegvisSeenAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  }, { selector, text });
}

/** When the element `watchFor` waits for was first seen in the page now open, in ms. */
export async function seenAt(page) {
  await page.waitForFunction(() => window.stegvisSeenAt !== undefined, null, { timeout: 120000 });
  return page.evaluate(() => window.stegvisSeenAt);
}
