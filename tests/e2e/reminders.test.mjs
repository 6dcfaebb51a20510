// Issue 5 end to end: the reminder to download a backup after changes (and when the last one
// was made), and Safari's seven-day rule explained once.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible, createProject, openContext, suite } from './harness.mjs';

const SAFARI = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15';

describe('reminders that keep the only copy safe', () => {
  const env = suite();

  it('asks for a backup after changes, and says when the last one was made', async () => {
    const { page, errors } = await openContext(env.browser, env.server.url);
    const project = await createProject(page, env.server.url, 'Påminnelser');
    const reminder = page.getByRole('region', { name: 'Ta en säkerhetskopia' });
    await reminder.waitFor();
    assert.match(await reminder.innerText(), /Ingen säkerhetskopia har laddats ned/);
    await page.goto(env.server.url);
    await reminder.waitFor();
    await assertAccessible(page, 'the start page with the backup reminder');
    await reminder.getByRole('link', { name: 'Ladda ned säkerhetskopia' }).click();
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ned säkerhetskopia' }).click()]);
    await page.getByText('Säkerhetskopian är nedladdad.').waitFor();
    await page.goto(env.server.url);
    await page.getByRole('heading', { level: 1, name: 'Dina projekt' }).waitFor();
    assert.equal(await reminder.count(), 0, 'no reminder right after a backup');
    assert.match(await page.locator('.last-backup-line').innerText(), /Senaste säkerhetskopia från den här enheten: \d{4}-/);
    // A new change brings the reminder back.
    await page.goto(`${project}/ny-deltagare`);
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText(/är registrerad/).waitFor();
    await reminder.waitFor();
    assert.deepEqual(errors, []);
  });

  it('explains Safari\'s seven-day rule once, and not in other browsers', async () => {
    const safari = await env.browser.newContext({ locale: 'sv-SE', userAgent: SAFARI, serviceWorkers: 'block' });
    const page = await safari.newPage();
    await page.goto(env.server.url);
    const notice = page.getByRole('region', { name: 'Safari kan radera dina uppgifter' });
    await notice.waitFor();
    assert.match(await notice.innerText(), /hemskärmen/);
    await assertAccessible(page, 'the start page with the Safari notice');
    await notice.getByRole('button', { name: 'Jag förstår' }).click();
    assert.equal(await notice.count(), 0);
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    assert.equal(await notice.count(), 0, 'said once');
    await safari.close();

    const { page: chromium } = await openContext(env.browser, env.server.url);
    await chromium.goto(env.server.url);
    await chromium.getByRole('heading', { level: 1 }).waitFor();
    assert.equal(await chromium.getByRole('region', { name: 'Safari kan radera dina uppgifter' }).count(), 0);
  });
});
