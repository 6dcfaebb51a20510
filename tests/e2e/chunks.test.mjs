// Pages fetched on first use (issue 15, src/ui/lazy.rs): a page whose chunk cannot be fetched
// (offline before it was ever loaded, or replaced by a newer deployment) shows a plain message
// with "Ladda om" in place of the page, never a blank page; the frame keeps working, nothing
// stored is touched, and once the chunk can be fetched the retry shows the page.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible, createProject, openContext, suite } from './harness.mjs';

const CHUNKS = /\/stegvis-(split|chunk)-[^/]*\.wasm$/;

describe('a page whose code cannot be fetched', () => {
  const env = suite();

  it('says so with a retry, loses nothing, and shows the page once it can be fetched', async () => {
    const { context, page, errors } = await openContext(env.browser, env.server.url);
    const url = await createProject(page, env.server.url, 'Molnfritt');

    // A new visit, with every chunk out of reach (the idle fetch-ahead included).
    let refused = 0;
    const refuse = (route) => {
      refused += 1;
      return route.abort('internetdisconnected');
    };
    await context.route(CHUNKS, refuse);
    await page.goto(env.server.url);
    await page.getByRole('heading', { level: 1, name: 'Dina projekt' }).waitFor();
    await page.getByRole('link', { name: 'Molnfritt' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Sidan kunde inte hämtas' });
    await alert.waitFor();
    assert.ok(refused > 0, 'the project page asked for its chunk');
    assert.match(await alert.innerText(), /Inget du har sparat går förlorat/);
    await assertAccessible(page, 'the message for a page that could not be fetched');

    // The frame still works, and the project is still there.
    await page.getByRole('link', { name: 'Projekt', exact: true }).click();
    await page.getByRole('link', { name: 'Molnfritt' }).waitFor();

    // Back on the page; the connection returns; "Ladda om" shows it in place.
    await page.getByRole('link', { name: 'Molnfritt' }).click();
    await alert.waitFor();
    await context.unroute(CHUNKS, refuse);
    await page.getByRole('button', { name: 'Ladda om' }).click();
    await page.getByRole('heading', { level: 1, name: 'Molnfritt' }).waitFor();
    assert.equal(page.url(), url);
    assert.equal(await page.getByText('Sidan kunde inte hämtas').count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('opens every family of pages once its chunks are fetched ahead', async () => {
    const { context, page, errors } = await openContext(env.browser, env.server.url);
    const fetched = new Set();
    page.on('requestfinished', (request) => {
      const name = new URL(request.url()).pathname.match(/^\/stegvis-split-([a-z]+)-/);
      if (name) fetched.add(name[1]);
    });
    const url = await createProject(page, env.server.url, 'Framförhållning');
    // Idle time after the first page fetches the coach's families before they are opened.
    const families = ['project', 'report', 'survey', 'backup', 'import', 'combine', 'presenter', 'lock'];
    for (let i = 0; i < 100 && !families.every((f) => fetched.has(f)); i++) await page.waitForTimeout(200);
    assert.deepEqual(families.filter((f) => !fetched.has(f)), [], `fetched ahead: ${[...fetched]}`);
    for (const [path, heading] of [
      ['/rapport', 'Rapport'],
      ['/sjalvskattning', 'Självskattning'],
      ['/importera', 'Importera deltagare'],
    ]) {
      await page.goto(`${url}${path}`);
      await page.getByRole('heading', { level: 1, name: heading }).first().waitFor();
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
});
