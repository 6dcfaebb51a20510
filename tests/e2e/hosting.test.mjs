// Issue 6 end to end: the app hosted under a sub-path (/stegvis/), as on GitHub Pages or behind
// an nginx location: deep links open, links and reloads stay under the sub-path, and the phone
// link carries it too.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { DIST, assertAccessible, createProject, openContext, suite } from './harness.mjs';

const SUB_DIST = resolve(process.env.STEGVIS_DIST_SUB ?? join(DIST, '..', 'dist-stegvis'));

describe('hosted under /stegvis/', () => {
  const env = suite({ dir: SUB_DIST, prefix: '/stegvis' });
  let session, page, root;
  before(async () => {
    root = `${env.server.url}/stegvis`;
    session = await openContext(env.browser, env.server.url);
    page = session.page;
  });
  it('opens a deep link, keeps every link under the sub-path, and survives a reload', async () => {
    await page.goto(`${root}/projekt/ny`);
    await page.getByRole('heading', { level: 1, name: 'Nytt projekt' }).waitFor();
    await createProject(page, root, 'Under en underkatalog');
    assert.match(page.url(), /\/stegvis\/projekt\/[0-9a-f]{32}$/);
    const project = page.url();
    await page.getByRole('link', { name: 'Rapport', exact: true }).click();
    await page.locator('#tabell-oversikt').waitFor();
    assert.equal(page.url(), `${project}/rapport`);
    assert.match(await page.getByRole('link', { name: 'Utskriftsvy' }).getAttribute('href'), /^\/stegvis\/projekt\//);
    await page.reload();
    await page.locator('#tabell-oversikt').waitFor();
    await assertAccessible(page, 'the report under a sub-path');
    // The Excel file is made by the file worker, which is loaded from under the sub-path too.
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Excel (.xlsx)' }).click()]);
    assert.match(file.suggestedFilename(), /\.xlsx$/);
    await page.getByRole('link', { name: 'Projekt', exact: true }).click();
    await page.getByRole('link', { name: 'Under en underkatalog' }).waitFor();
    assert.equal(page.url(), `${root}/`);
  });

  it('puts the sub-path into the link for phones', async () => {
    await page.getByRole('link', { name: 'Under en underkatalog' }).click();
    await page.getByRole('link', { name: 'Självskattning' }).click();
    await page.getByRole('link', { name: 'Länk till telefon' }).first().click();
    const link = await page.getByLabel('Länk', { exact: true }).inputValue();
    assert.ok(link.startsWith(`${root}/#svar=`), link);
    const phone = await openContext(env.browser, env.server.url);
    await phone.page.goto(link);
    await phone.page.getByRole('button', { name: 'Börja' }).waitFor();
    assert.deepEqual(session.foreign, []);
    assert.deepEqual(session.errors, []);
    assert.deepEqual(phone.errors, []);
  });
});

describe('precompressed files for hosts that serve them', () => {
  for (const [name, dir] of [['at the root', DIST], ['under /stegvis/', SUB_DIST]]) {
    it(`has a .gz and a .br beside every file ${name}, each the same bytes`, async () => {
      const files = (await readdir(dir)).filter((f) => !/\.(gz|br)$/.test(f));
      const texts = files.filter((f) => /\.(html|js|wasm|css|svg|webmanifest)$/.test(f));
      assert.ok(texts.some((f) => f.endsWith('_bg.wasm')) && texts.includes('index.html'), texts.join(', '));
      for (const file of texts) {
        const bytes = await readFile(join(dir, file));
        assert.ok(gunzipSync(await readFile(join(dir, `${file}.gz`))).equals(bytes), `${file}.gz`);
        assert.ok(brotliDecompressSync(await readFile(join(dir, `${file}.br`))).equals(bytes), `${file}.br`);
      }
    });
  }
});
