// Issue 5 end to end: after one visit the app (and the phone form) opens and works with no
// network (service worker),
// it is installable (manifest), and a newly deployed version is offered, not swapped in under
// the coach's hands.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  assertAccessible, createProject, DIST, launch, listedCodes, newestPhoneLink, openContext, serve,
} from './harness.mjs';

describe('offline and updates', () => {
  let dir, server, browser, session, page;
  before(async () => {
    // A copy of the build, so that a "new deployment" can be made in the middle of the test.
    dir = await mkdtemp(join(tmpdir(), 'stegvis-offline-'));
    await cp(DIST, dir, { recursive: true });
    server = await serve({ dir });
    browser = await launch();
    session = await openContext(browser, server.url, { serviceWorkers: 'allow' });
    page = session.page;
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('is installable: a manifest with icons from this origin', async () => {
    await page.goto(server.url);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await (await page.request.get(new URL(href, server.url).href)).json();
    assert.equal(manifest.name, 'Stegvis');
    assert.equal(manifest.display, 'standalone');
    assert.ok(manifest.icons.some((i) => i.sizes === '512x512'));
    for (const icon of manifest.icons) {
      assert.equal((await page.request.get(new URL(icon.src, new URL(href, server.url)).href)).status(), 200, icon.src);
    }
  });

  it('opens, reloads, follows deep links and saves with no network after one visit', async () => {
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const project = await createProject(page, server.url, 'Utan nät');
    await session.context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Utan nät' }).waitFor();
    // A deep link typed into the address bar, offline.
    await page.goto(`${project}/ny-deltagare`);
    await page.getByLabel('Kod').fill('OFF-1');
    await page.getByLabel('Kön').selectOption({ label: 'Kvinna' });
    await page.getByLabel('Startdatum').fill('2026-11-02');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Deltagare OFF-1 är registrerad.').waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Utan nät' }).waitFor();
    assert.deepEqual(await listedCodes(page), ['OFF-1']);
    // The phone form is cached too: a participant's link opens on this device with no network.
    const fragment = await newestPhoneLink();
    const phone = await session.context.newPage();
    await phone.goto(`${server.url}/${fragment}`);
    await phone.getByRole('button', { name: 'Börja' }).waitFor();
    await phone.close();
    await session.context.setOffline(false);
  });

  it('offers a new version and swaps it in only when the coach says so', async () => {
    // Deploy a "new version": the service worker's file changes, as it does with any build.
    const sw = join(dir, 'sw.js');
    await writeFile(sw, (await readFile(sw, 'utf8')).replace(/const VERSION = "([0-9a-f]+)"/, 'const VERSION = "$1-next"'));
    // A deploy brings the file's compressed copies too; without them it is compressed on the fly.
    await Promise.all([rm(`${sw}.gz`), rm(`${sw}.br`)]);
    await page.getByRole('link', { name: 'Registrera deltagare' }).click();
    await page.getByLabel('Kod').fill('HALVFÄRDIG');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    const banner = page.locator('.update-banner');
    await banner.getByText('En ny version av Stegvis finns').waitFor();
    await assertAccessible(page, 'a page with the update banner');
    // Nothing was swapped or reloaded under the open form.
    assert.equal(await page.getByLabel('Kod').inputValue(), 'HALVFÄRDIG');
    assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).waiting !== null), true,
      'the new version waits');
    await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Uppdatera nu' }).click()]);
    await page.getByRole('heading', { level: 1 }).waitFor();
    assert.equal(await page.locator('.update-banner').innerText(), '');
    assert.deepEqual(await page.evaluate(() => caches.keys()).then((k) => k.map((n) => n.endsWith('-next'))), [true], 'only the new version is kept');
    assert.deepEqual(session.foreign, []);
    assert.deepEqual(session.errors, []);
  });
});
