// Issue 5 end to end: automatic backup to a file chosen once (File System Access, Edge and
// Chrome). Headless Chromium cannot show the file dialog, so the dialog is replaced by one that
// returns a real file handle in the origin's private file system; everything after that is the
// browser's own API.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible, createProject, openContext, suite } from './harness.mjs';

const FILE = 'stegvis-sakerhetskopia.json';

describe('automatic backup to a chosen file', () => {
  const env = suite();

  it('writes the whole backup there after every change, remembers the file, and stops', async () => {
    const { context, page, errors } = await openContext(env.browser, env.server.url);
    await context.addInitScript((name) => {
      window.showSaveFilePicker = async () => (await navigator.storage.getDirectory()).getFileHandle(name, { create: true });
    }, FILE);
    const written = async () => JSON.parse(await page.evaluate(async (name) => {
      const handle = await (await navigator.storage.getDirectory()).getFileHandle(name, { create: true });
      return (await handle.getFile()).text() || 'null';
    }, FILE));
    const project = await createProject(page, env.server.url, 'Automatiskt');
    await page.getByRole('link', { name: 'Säkerhetskopia', exact: true }).click();
    await page.getByRole('button', { name: 'Välj fil för automatisk säkerhetskopia' }).click();
    await page.getByText(`Stegvis sparar en säkerhetskopia i filen ${FILE} efter varje ändring. Senast:`).waitFor();
    await assertAccessible(page, 'the backup page saving automatically');
    let backup = await written();
    assert.equal(backup.format, 'stegvis-backup');
    assert.deepEqual(backup.data.projects.map((p) => p.name), ['Automatiskt']);
    assert.equal(backup.data.participants.length, 0);

    // A change is in the file a moment later, and the backup reminder is satisfied.
    await page.getByRole('link', { name: 'Projekt', exact: true }).click();
    await page.getByRole('link', { name: 'Automatiskt' }).click();
    await page.getByRole('link', { name: 'Registrera deltagare' }).click();
    const code = await page.getByLabel('Kod').inputValue();
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText(/är registrerad/).waitFor();
    for (let i = 0; i < 50 && (await written()).data.participants.length === 0; i++) await page.waitForTimeout(200);
    backup = await written();
    assert.deepEqual(backup.data.participants.map((p) => p.code), [code]);
    await page.goto(project);
    await page.getByRole('heading', { level: 1, name: 'Automatiskt' }).waitFor();
    assert.equal(await page.getByRole('region', { name: 'Ta en säkerhetskopia' }).count(), 0);

    // The file is remembered across a reload; stopping forgets it.
    await page.goto(`${env.server.url}/sakerhetskopia`);
    await page.getByText(`Stegvis sparar en säkerhetskopia i filen ${FILE} efter varje ändring.`).waitFor();
    await page.getByRole('button', { name: 'Sluta spara automatiskt' }).click();
    await page.getByRole('button', { name: 'Välj fil för automatisk säkerhetskopia' }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Välj fil för automatisk säkerhetskopia' }).waitFor();
    assert.deepEqual(errors, []);
  });
});
