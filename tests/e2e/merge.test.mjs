// Issue 5 end to end: two coaches work on the same project in two browsers and merge one's
// backup into the other's: what only the colleague has is added, a record both changed keeps
// the later edit (listed first), and nothing is deleted.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { assertAccessible, createProject, listedCodes, openContext, registerParticipant, suite } from './harness.mjs';

describe('merging a colleague\'s backup', () => {
  const env = suite();
  let mine, theirs;
  before(async () => {
    mine = await openContext(env.browser, env.server.url);
    theirs = await openContext(env.browser, env.server.url);
  });

  const setNote = async (page, project, code, note) => {
    await page.goto(project);
    await page.getByRole('link', { name: code, exact: true }).click();
    await page.getByLabel('Anteckning').fill(note);
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText('Uppgifterna är sparade.').waitFor();
  };
  const note = async (page, project, code) => {
    await page.goto(project);
    await page.getByRole('link', { name: code, exact: true }).click();
    return page.getByLabel('Anteckning').inputValue();
  };
  const downloadBackup = async (page) => {
    await page.goto(`${env.server.url}/sakerhetskopia`);
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ned säkerhetskopia' }).click()]);
    return readFile(await file.path());
  };

  it('adds what only the colleague has, keeps the later edit of each shared record, deletes nothing', async () => {
    const project = await createProject(mine.page, env.server.url, 'Samarbete');
    const first = await registerParticipant(mine.page);
    const second = await registerParticipant(mine.page);
    const start = await downloadBackup(mine.page);
    // Here: the second participant is edited before the colleague edits it.
    await setNote(mine.page, project, second, 'Här: tidig ändring');

    // The colleague starts from the same backup, edits both, and registers a third.
    await theirs.page.goto(`${env.server.url}/sakerhetskopia`);
    await theirs.page.getByLabel('Välj säkerhetskopia').setInputFiles({ name: 'start.json', mimeType: 'application/json', buffer: start });
    await theirs.page.getByRole('button', { name: 'Återställ' }).click();
    await theirs.page.getByText('Säkerhetskopian är återställd.').waitFor();
    await setNote(theirs.page, project, first, 'Kollegan: äldre');
    await setNote(theirs.page, project, second, 'Kollegan: senare');
    await theirs.page.goto(project);
    const third = await registerParticipant(theirs.page);
    const colleague = await downloadBackup(theirs.page);

    // Here again: the first participant is edited after the colleague did.
    await setNote(mine.page, project, first, 'Här: senast');

    const page = mine.page;
    await page.goto(`${env.server.url}/sakerhetskopia`);
    await page.getByLabel('Välj kollegans säkerhetskopia').setInputFiles({ name: 'kollega.json', mimeType: 'application/json', buffer: colleague });
    const plan = page.getByRole('region', { name: 'Det här händer om du slår ihop' });
    await plan.waitFor();
    assert.match(await plan.innerText(), /Deltagare\s+1 läggs till, 1 ersätts/);
    const rows = await plan.locator('table.conflicts tbody tr').allInnerTexts();
    assert.equal(rows.length, 2, rows.join('\n'));
    assert.match(rows.find((r) => r.includes(first)), /Din version/);
    assert.match(rows.find((r) => r.includes(second)), /Kollegans version/);
    await assertAccessible(page, 'the merge preview');
    await plan.getByRole('button', { name: 'Slå ihop' }).click();
    await page.getByText('Säkerhetskopian är ihopslagen med dina uppgifter.').waitFor();

    await page.goto(project);
    await page.getByLabel('Alla').check();
    assert.deepEqual(await listedCodes(page), [first, second, third]);
    assert.equal(await note(page, project, first), 'Här: senast');
    assert.equal(await note(page, project, second), 'Kollegan: senare');
    assert.deepEqual(mine.errors, []);
    assert.deepEqual(theirs.errors, []);
  });
});
