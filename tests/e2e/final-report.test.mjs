// Issue 16 (second part): money, the Uppföljning Finsam panel and the final report draft, as a
// coach uses them: granted and used funds typed in (and refused when wrong), the report's money
// figures and the panel's copy buttons, the coach's texts saved (and refused with a
// personnummer or HTML), kept after a reload and through a backup, the .docx downloaded and
// read back, the print view; axe on every new view at 360 px and 1,280 px.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { assertAccessible, createProject, openContext, registerParticipant, storedRecords, suite } from './harness.mjs';

/** The text of `word/document.xml` in a .docx, read with Python's zipfile (no npm package). */
function documentXml(path) {
  return execFileSync('python3', ['-c', 'import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode())', path]).toString();
}

/** Paragraph texts with their style, and table rows as cell texts, from document.xml. */
function readDocument(xml) {
  const text = (s) => [...s.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')
    .replace(/\u00a0/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const body = xml.replace(/<w:tbl(?: [^>]*)?>[\s\S]*?<\/w:tbl>/g, '');
  const paragraphs = [...body.matchAll(/<w:p(?: [^>]*)?>([\s\S]*?)<\/w:p>/g)].map((m) => ({
    style: (m[1].match(/<w:pStyle w:val="([^"]+)"/) ?? [])[1] ?? '',
    text: text(m[1]),
  }));
  const tables = [...xml.matchAll(/<w:tbl(?: [^>]*)?>([\s\S]*?)<\/w:tbl>/g)].map((t) =>
    [...t[1].matchAll(/<w:tr(?: [^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((r) => [...r[1].matchAll(/<w:tc(?: [^>]*)?>([\s\S]*?)<\/w:tc>/g)].map((c) => text(c[1]))));
  return { paragraphs, tables };
}

/** Text with no-break spaces (between thousands) as plain spaces. */
const plain = (s) => s.replace(/\u00a0/g, ' ');

async function bothWidths(page, what) {
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await assertAccessible(page, `${what} at ${width} px`);
  }
}

describe('money, the Finsam panel and the final report', () => {
  const env = suite();
  let page, context, projectUrl;
  before(async () => {
    ({ page, context } = await openContext(env.browser, env.server.url));
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url });
    projectUrl = await createProject(page, env.server.url, 'Pengar och rapport', { start: '2025-01-01' });
    for (let i = 0; i < 3; i++) await registerParticipant(page);
  });

  it('takes granted and used funds, and refuses what is wrong without saving it', async () => {
    await page.goto(projectUrl);
    await page.getByRole('link', { name: 'Ekonomi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ekonomi' }).waitFor();
    assert.match(await page.locator('main').innerText(), /Inga utnyttjade medel är registrerade ännu/);
    await bothWidths(page, 'the empty money page');

    const granted = page.getByLabel('Beviljade medel för hela projektet (kr)');
    await granted.fill('-5000');
    await page.getByRole('button', { name: 'Spara beviljade medel' }).click();
    await page.getByText('Beloppet kan inte vara negativt').waitFor();
    await granted.fill('<b>1</b>');
    await page.getByRole('button', { name: 'Spara beviljade medel' }).click();
    await page.getByText('Skriv beloppet i kronor med siffror').waitFor();
    const stored = async () => (await storedRecords(page, 'stegvis', 'projects'))[0];
    assert.equal((await stored()).granted_funds, undefined, 'nothing saved');
    await granted.fill('1 200 000 kr');
    await page.getByRole('button', { name: 'Spara beviljade medel' }).click();
    await page.getByText('Beviljade medel är sparade.').waitFor();
    assert.equal((await stored()).granted_funds, 1200000);

    await page.locator('#used-from').fill('2025-01-01');
    await page.locator('#used-to').fill('2025-06-30');
    await page.getByLabel('Använt belopp (kr)').fill('250 000');
    await page.getByRole('button', { name: 'Lägg till perioden' }).click();
    await page.locator('#used-funds').getByText('250 000 kr').first().waitFor();

    // Overlapping, too large, negative: each is said by its field and nothing is stored.
    await page.locator('#used-from').fill('2025-06-01');
    await page.locator('#used-to').fill('2025-09-30');
    await page.getByLabel('Använt belopp (kr)').fill('1000');
    await page.getByRole('button', { name: 'Lägg till perioden' }).click();
    await page.getByText('Perioden överlappar en period som redan är registrerad').waitFor();
    await page.locator('#used-from').fill('2025-07-01');
    await page.getByLabel('Använt belopp (kr)').fill('999 999 999');
    await page.getByRole('button', { name: 'Lägg till perioden' }).click();
    await page.getByText('Beloppet är större än någon insats').waitFor();
    assert.equal((await stored()).used_funds.length, 1);
    await bothWidths(page, 'the money page with errors');

    // A running total: 400 000 used up to the end of 2025 adds 150 000 from 2025-07-01.
    assert.match(await page.locator('#running-hint').innerText(), /från och med 2025-07-01/);
    await page.getByLabel('Använt till och med').fill('2025-12-31');
    await page.getByLabel('Totalt använt sedan projektets start (kr)').fill('100 000');
    await page.getByRole('button', { name: 'Lägg till totalen' }).click();
    await page.getByText('Totalen är lägre än det som redan är registrerat').waitFor();
    await page.getByLabel('Totalt använt sedan projektets start (kr)').fill('400 000');
    await page.getByRole('button', { name: 'Lägg till totalen' }).click();
    await page.locator('#used-funds').getByText('150 000 kr').waitFor();
    assert.match(plain(await page.locator('#used-funds').innerText()), /2025-07-01 – 2025-12-31[\s\S]*150 000 kr[\s\S]*Summa\s+400 000 kr/);
    await page.reload();
    await page.locator('#used-funds').getByText('400 000 kr').waitFor();
    assert.equal(plain(await page.getByLabel('Beviljade medel för hela projektet (kr)').inputValue()), '1 200 000');
    await bothWidths(page, 'the money page with two periods');
  });

  it('shows used against granted and the cost per participant in the report, and the Finsam figures', async () => {
    await page.goto(`${projectUrl}/rapport`);
    await page.locator('#tabell-ekonomi').waitFor();
    const money = plain(await page.locator('#tabell-ekonomi').innerText());
    assert.match(money, /Beviljade medel\s+1 200 000 kr/);
    const figures = await page.locator('.key-figures').innerText();
    assert.match(figures, /Utnyttjade medel i perioden/, 'a key figure');
    await page.locator('#finsam summary').click();
    await page.locator('#finsam-table').waitFor();
    const years = await page.locator('#finsam-table tbody tr').allInnerTexts();
    assert.ok(years.length >= 1, 'a row per year');
    const panel = plain(await page.locator('#finsam').innerText());
    assert.match(panel, /Budget \(beviljade medel\)\s+1 200 000 kr/);
    assert.match(panel, /Utfall \(utnyttjade medel\)\s+400 000 kr/);
    await page.getByRole('button', { name: 'Kopiera Budget (beviljade medel)' }).click();
    await page.locator('.copy-status', { hasText: 'Kopierat.' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), '1200000', 'plain digits');
    await bothWidths(page, 'the report with money and the Finsam panel');
  });

  it('saves the coach\'s texts, refuses a personnummer or HTML, and keeps them after a reload', async () => {
    await page.goto(projectUrl);
    await page.getByRole('link', { name: 'Slutrapport' }).click();
    await page.getByRole('heading', { level: 1, name: 'Slutrapport' }).waitFor();
    await bothWidths(page, 'the final report page');
    const responsible = page.getByLabel('2 Ansvarig för genomförandet');
    await responsible.fill('Ansvarig: 19850101-1234');
    await page.getByLabel('4 Genomförande').fill('<script>alert(1)</script>');
    await page.getByRole('button', { name: 'Spara texterna' }).click();
    await page.getByText('Det här liknar ett personnummer').first().waitFor();
    await page.getByText('Skriv vanlig text utan HTML').waitFor();
    const stored = async () => (await storedRecords(page, 'stegvis', 'projects'))[0];
    assert.equal((await stored()).report_texts, undefined, 'nothing saved');
    await bothWidths(page, 'the final report page with errors');
    await responsible.fill('Samordningsförbundet är projektägare.');
    await page.getByLabel('4 Genomförande').fill('Möten < 5 dagar efter anvisning.\n\nPraktik med handledare.');
    await page.getByRole('button', { name: 'Spara texterna' }).click();
    await page.getByText('Texterna är sparade.').waitFor();
    await page.reload();
    assert.equal(await responsible.inputValue(), 'Samordningsförbundet är projektägare.');
    assert.match(await page.getByLabel('4 Genomförande').inputValue(), /Praktik med handledare/);
  });

  it('downloads a .docx with real headings, the outcome table and the texts', async () => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ladda ner som Word (.docx)' }).click(),
    ]);
    assert.equal(file.suggestedFilename(), 'slutrapport-pengar-och-rapport.docx');
    const doc = readDocument(documentXml(await file.path()));
    const headings = doc.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
    assert.deepEqual(headings, [
      '1 Allmänna uppgifter', '2 Ansvarig för genomförandet', '3 Samverkansparter', '4 Insatsbeskrivning',
      '5 Resultat och utfall', '6 Lärdomar och implementering', '7 Ekonomi',
    ]);
    assert.ok(doc.paragraphs.some((p) => p.style === 'Heading2' && p.text === 'Avslutsorsaker för de utskrivna'), JSON.stringify(doc.paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text)));
    assert.ok(doc.tables.some((t) => t[0]?.[0] === 'Avslutsorsak'), 'the outcome table');
    assert.ok(doc.paragraphs.some((p) => p.text === 'Möten < 5 dagar efter anvisning.'));
    assert.ok(doc.tables.some((t) => t.some((r) => r[0] === 'Beviljade medel' && r[1] === '1 200 000 kr')));
  });

  it('has a print view of the same draft', async () => {
    await page.getByRole('link', { name: 'Utskriftsvy' }).click();
    await page.locator('.final-report').waitFor();
    const h2 = await page.locator('.final-report h2').allInnerTexts();
    assert.equal(h2.length, 7);
    assert.equal(h2[6], '7 Ekonomi');
    assert.match(await page.locator('.final-report').innerText(), /Samordningsförbundet är projektägare\./);
    await bothWidths(page, 'the final report print view');
  });

  it('keeps the texts and the money through a backup restored elsewhere', async () => {
    await page.goto(`${env.server.url}/sakerhetskopia`);
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ned säkerhetskopia' }).click()]);
    const backup = await readFile(await file.path());
    const other = await openContext(env.browser, env.server.url);
    await other.page.goto(`${env.server.url}/sakerhetskopia`);
    await other.page.getByLabel('Välj säkerhetskopia').setInputFiles({ name: 'kopia.json', mimeType: 'application/json', buffer: backup });
    await other.page.getByRole('button', { name: 'Återställ' }).click();
    await other.page.getByText('Säkerhetskopian är återställd.').waitFor();
    await other.page.getByRole('link', { name: 'Projekt', exact: true }).click();
    await other.page.getByRole('link', { name: 'Pengar och rapport' }).click();
    await other.page.getByRole('link', { name: 'Slutrapport' }).click();
    assert.equal(await other.page.getByLabel('2 Ansvarig för genomförandet').inputValue(), 'Samordningsförbundet är projektägare.');
    await other.page.getByRole('link', { name: 'Ekonomi' }).click();
    await other.page.locator('#used-funds').getByText('400 000 kr').waitFor();
    await other.context.close();
  });
});
