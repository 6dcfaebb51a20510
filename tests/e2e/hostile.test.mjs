// Issue 5 end to end: labels and notes containing HTML or script are shown as text everywhere
// they appear (lists, forms, report tables, chart SVGs, print view) and never run.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createProject, openContext, registerParticipant, suite } from './harness.mjs';

const NAME = '<img src=x onerror="window.__pwned=1">Projekt';
const SOURCE = '<script>window.__pwned=2</script><b>Fet</b> remittent';
const NOTE = '<iframe src="javascript:window.__pwned=3"></iframe>';

describe('hostile labels', () => {
  const env = suite();

  it('render as text on every page and never run', async () => {
    const { page, errors, foreign } = await openContext(env.browser, env.server.url);
    const project = await createProject(page, env.server.url, NAME);
    await page.goto(`${project}/installningar`);
    await page.getByLabel('Remittent 1', { exact: true }).fill(SOURCE);
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Projektet är sparat.').waitFor();
    await page.getByRole('link', { name: 'Registrera deltagare' }).click();
    await page.getByLabel('Remittent').selectOption({ label: SOURCE });
    await page.getByLabel('Anteckning').fill(NOTE);
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText(/är registrerad/).waitFor();
    const injected = () => page.evaluate(() => ({
      pwned: window.__pwned ?? null,
      elements: document.querySelectorAll('main img[src="x"], main script, main b, main iframe, svg b, svg img').length,
    }));
    for (const path of ['', '/rapport', '/rapport/utskrift']) {
      await page.goto(`${project}${path}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      assert.deepEqual(await injected(), { pwned: null, elements: 0 }, `${path || 'the project'}`);
    }
    await page.goto(`${project}/rapport`);
    await page.locator('#tabell-remittenter').getByText(SOURCE).waitFor();
    assert.ok((await page.locator('svg').allTextContents()).some((t) => t.includes('<b>Fet</b>')), 'the chart shows the label as text');
    await page.goto(env.server.url);
    await page.getByRole('link', { name: NAME }).waitFor();
    assert.deepEqual(await injected(), { pwned: null, elements: 0 });
    assert.deepEqual(errors, []);
    assert.deepEqual(foreign, [], 'the img src and iframe never loaded anything');
  });
});
