// Issue 4 end to end: anonymous self-evaluations in kiosk mode and on a participant's own phone,
// answer codes typed and read from a QR image, the small-group rule, results and exports.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { assertAccessible, createProject, openContext, storedRecords, suite, tabTo } from './harness.mjs';

const onRadio = () => document.activeElement?.type === 'radio';
const onButton = (name) => new Function(`return document.activeElement?.tagName === 'BUTTON' && document.activeElement.textContent.trim() === ${JSON.stringify(name)};`);

/** Answers every statement of the form shown, one at a time, with the keyboard only. */
async function answerWithKeyboard(page, scaleValue, freeText) {
  for (;;) {
    const progress = await page.locator('.filler-progress').innerText();
    const [, i, n] = progress.match(/(\d+) av (\d+)/).map(Number);
    if (await page.locator('.question textarea').count()) {
      await tabTo(page, () => document.activeElement?.tagName === 'TEXTAREA', 'the text box');
      await page.keyboard.type(freeText);
    } else {
      await tabTo(page, onRadio, 'a radio button');
      await page.keyboard.press('Space');
      for (let k = 1; k < scaleValue; k++) await page.keyboard.press('ArrowRight');
    }
    const next = i < n ? 'Nästa' : 'Skicka svaren';
    await tabTo(page, onButton(next), `the ${next} button`);
    await page.keyboard.press('Enter');
    if (i === n) return;
    await page.getByText(`Fråga ${i + 1} av ${n}`).waitFor();
  }
}

/** Clicks through the form on one page ("Alla frågor på en sida"), every statement at `value`. */
async function answerAllAtOnce(page, value, freeText) {
  await page.getByLabel('Alla frågor på en sida').check();
  await page.getByRole('button', { name: 'Börja' }).click();
  const questions = page.locator('fieldset.question');
  const n = await questions.count();
  for (let q = 0; q < n; q++) {
    const box = questions.nth(q);
    if (await box.locator('textarea').count()) await box.locator('textarea').fill(freeText);
    else await box.locator(`input[id$="-${value}"]`).check();
  }
  await page.getByRole('button', { name: 'Skicka svaren' }).click();
  await page.getByRole('heading', { name: 'Tack för dina svar!' }).waitFor();
  return page.locator('#answer-code').innerText();
}

describe('self-evaluations', () => {
  const env = suite();
  let coach, page, projectUrl, surveyUrl;
  before(async () => {
    coach = await openContext(env.browser, env.server.url);
    page = coach.page;
    projectUrl = await createProject(page, env.server.url, 'Steget');
    await page.getByRole('link', { name: 'Självskattning' }).click();
    await page.getByRole('heading', { level: 1, name: 'Självskattning' }).waitFor();
    surveyUrl = page.url();
  });
  it('offers the ready default form, in Swedish and English', async () => {
    const card = page.locator('.form-card').first();
    await assert.doesNotReject(card.getByText('Självskattning (standard)').waitFor());
    assert.match(await card.innerText(), /Svenska, English/);
    assert.match(await card.innerText(), /11 frågor/);
    await assertAccessible(page, 'the self-evaluation page');
  });

  it('runs kiosk mode: keyboard only, a fresh form after sending, no way out without the PIN', async () => {
    await page.goto(surveyUrl);
    await page.getByLabel('PIN-kod för att avsluta').fill('2468');
    await page.getByLabel('Samma PIN-kod igen').fill('2469');
    await page.getByRole('button', { name: 'Lämna över till deltagare' }).click();
    await page.getByText('De två PIN-koderna är olika').waitFor();
    await page.getByLabel('Samma PIN-kod igen').fill('2468');
    await page.getByRole('button', { name: 'Lämna över till deltagare' }).click();
    await page.getByRole('heading', { level: 1, name: 'Självskattning (standard)' }).waitFor();
    // The participant cannot reach the coach's pages: no navigation, and typed addresses
    // still show the form.
    assert.equal(await page.getByRole('navigation').count(), 0);
    await page.goto(projectUrl);
    await page.getByRole('heading', { level: 1, name: 'Självskattning (standard)' }).waitFor();
    assert.equal(await page.getByText('Steget').count(), 0, 'the project name is not shown');
    await assertAccessible(page, 'the kiosk welcome');

    await tabTo(page, onButton('Börja'), 'the start button');
    await page.keyboard.press('Enter');
    await page.getByText('Fråga 1 av 11').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'q0-title', 'focus moves to the statement');
    await assertAccessible(page, 'a kiosk question');
    await answerWithKeyboard(page, 4, 'Bra stöd');
    await page.getByRole('heading', { name: 'Tack för dina svar!' }).waitFor();
    await assertAccessible(page, 'the kiosk thank-you');
    await page.getByRole('button', { name: 'Nytt tomt formulär' }).click();
    await page.getByRole('button', { name: 'Börja' }).waitFor();

    await page.getByRole('button', { name: 'Avsluta (för coachen)' }).click();
    await page.getByLabel('Coachens PIN-kod').fill('1111');
    await page.keyboard.press('Enter');
    await page.getByText('Fel PIN-kod.').waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Börja' }).waitFor();
    assert.equal(await page.getByRole('navigation').count(), 0, 'still locked after a reload');

    await page.getByRole('button', { name: 'Avsluta (för coachen)' }).click();
    await page.getByLabel('Coachens PIN-kod').fill('2468');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Självskattning' }).waitFor();
    assert.match(await page.locator('.form-card').first().innerText(), /Start: 1 svar/);
    const answers = await storedRecords(page, 'stegvis', 'answers');
    assert.equal(answers.length, 1);
    const [answer] = answers;
    assert.deepEqual(answer.values.slice(0, 10), Array(10).fill({ scale: 4 }));
    assert.deepEqual(answer.values[10], { text: 'Bra stöd' });
    assert.match(`${answer.month.year}-${answer.month.month}`, /^\d{4}-\d{1,2}$/);
    assert.deepEqual(Object.keys(answer).sort(), ['form_id', 'id', 'lang', 'moment', 'month', 'nonce', 'project_id', 'values'],
      'an answer holds no participant, no exact time and no device details');
  });

  it('takes an answer from a phone by its short code and by a photo of its QR code', async () => {
    await page.goto(surveyUrl);
    await page.locator('.form-card').first().getByRole('link', { name: 'Länk till telefon' }).click();
    await page.getByRole('heading', { level: 1, name: 'Länk till deltagarens telefon' }).waitFor();
    await page.getByLabel('Avslut', { exact: true }).check();
    const link = await page.getByLabel('Länk', { exact: true }).inputValue();
    assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/#svar=/);
    await assertAccessible(page, 'the share page');

    const phone = await openContext(env.browser, env.server.url);
    await phone.page.goto(link);
    await phone.page.getByRole('heading', { level: 1, name: 'Självskattning (standard)' }).waitFor();
    await assertAccessible(phone.page, 'the phone welcome');
    const code = await answerAllAtOnce(phone.page, 5, 'Ring mig på 070-123 45 67');
    assert.match(code, /^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
    await assertAccessible(phone.page, 'the phone answer code');
    const phoneDb = await phone.page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    assert.deepEqual(phoneDb, [], 'nothing is stored on the phone');
    assert.deepEqual(phone.foreign, []);
    assert.deepEqual(phone.errors, []);

    // A second phone answer, to be read from a screenshot of its QR code.
    const phone2 = await openContext(env.browser, env.server.url);
    await phone2.page.goto(link);
    await answerAllAtOnce(phone2.page, 3, '');
    const qrImage = await phone2.page.locator('.qr').screenshot();

    await page.goto(surveyUrl);
    const typo = code.slice(0, 3) + (code[3] === 'A' ? 'B' : 'A') + code.slice(4);
    await page.getByLabel('Svarskod').fill(typo);
    await page.getByRole('button', { name: 'Lägg till svaret' }).click();
    await page.getByText(/Koden stämmer inte/).waitFor();
    await page.getByLabel('Svarskod').fill('ABCU');
    await page.getByRole('button', { name: 'Lägg till svaret' }).click();
    await page.getByText(/Tecknet ”U” finns inte/).waitFor();
    await page.getByLabel('Svarskod').fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Lägg till svaret' }).click();
    await page.getByText(/Svaret är sparat: Självskattning \(standard\), avslut/).waitFor();
    await page.getByLabel('Svarskod').fill(code);
    await page.getByRole('button', { name: 'Lägg till svaret' }).click();
    await page.getByText(/redan sparat/).waitFor();

    await page.getByLabel('Läs QR-kod från en bild').setInputFiles({ name: 'qr.png', mimeType: 'image/png', buffer: qrImage });
    await page.getByText(/Svaret är sparat/).waitFor();
    assert.match(await page.locator('.form-card').first().innerText(), /Avslut: 2 svar/);
    await assertAccessible(page, 'the self-evaluation page after answers');
  });

  it('lays out a right-to-left language and passes axe in it', async () => {
    await page.goto(surveyUrl);
    await page.getByRole('button', { name: 'Nytt formulär' }).click();
    await page.getByRole('heading', { level: 1, name: 'Redigera formulär' }).waitFor();
    await page.getByLabel('Formulärets namn').fill('Kort uppföljning');
    await page.getByLabel('Lägg till språk').selectOption('ar');
    await page.getByLabel('Text (Svenska)').fill('Jag vet vad jag vill göra härnäst.');
    await page.getByLabel('Text (العربية)').fill('أعرف ما أريد أن أفعله بعد ذلك.');
    await page.getByRole('button', { name: 'Lägg till ja/nej-fråga' }).click();
    // A new question takes focus in its first text; typing must not start before that move,
    // or the move lands in the middle of it (CI once typed the Arabic text into the Swedish).
    const newText = await page.getByLabel('Text (Svenska)').nth(1).elementHandle();
    await page.waitForFunction((input) => document.activeElement === input, newText);
    await page.getByLabel('Text (Svenska)').nth(1).fill('Har du fått stöd när du behövt det?');
    await page.getByLabel('Text (العربية)').nth(1).fill('هل حصلت على الدعم عندما احتجت إليه؟');
    await page.getByRole('button', { name: 'Flytta ned fråga 1' }).click();
    assert.equal(await page.getByLabel('Text (Svenska)').first().inputValue(), 'Har du fått stöd när du behövt det?');
    await page.getByRole('button', { name: 'Flytta upp fråga 2' }).click();
    assert.equal(await page.getByLabel('Text (Svenska)').first().inputValue(), 'Jag vet vad jag vill göra härnäst.');
    await page.getByRole('button', { name: 'Flytta upp fråga 2' }).click();
    assert.equal(await page.getByLabel('Text (Svenska)').first().inputValue(), 'Har du fått stöd när du behövt det?');
    assert.ok(await page.getByRole('button', { name: 'Flytta ned fråga 2' }).isDisabled(), 'the last one cannot move down');
    await assertAccessible(page, 'the form builder');
    await page.getByRole('button', { name: 'Spara formuläret' }).click();
    await page.getByText('Formuläret ”Kort uppföljning” är sparat.').waitFor();

    const card = page.locator('.form-card', { hasText: 'Kort uppföljning' });
    await card.getByRole('link', { name: 'Länk till telefon' }).click();
    const link = await page.getByLabel('Länk', { exact: true }).inputValue();
    const phone = await openContext(env.browser, env.server.url);
    await phone.page.goto(link);
    await phone.page.getByLabel('العربية').check();
    assert.equal(await phone.page.evaluate(() => document.documentElement.dir), 'rtl');
    assert.equal(await phone.page.evaluate(() => document.documentElement.lang), 'ar');
    await phone.page.getByRole('button', { name: 'ابدأ' }).waitFor();
    await assertAccessible(phone.page, 'the phone welcome in Arabic');
    await phone.page.getByRole('button', { name: 'ابدأ' }).click();
    await phone.page.getByRole('heading', { name: 'هل حصلت على الدعم عندما احتجت إليه؟' }).waitFor();
    await assertAccessible(phone.page, 'a question in Arabic');
    await phone.page.getByLabel('نعم').check();
    await phone.page.getByRole('button', { name: 'التالي' }).click();
    await phone.page.getByLabel('4', { exact: true }).check();
    await phone.page.getByRole('button', { name: 'أرسل الإجابات' }).click();
    await phone.page.getByRole('heading', { name: 'شكراً على إجاباتك!' }).waitFor();
    await assertAccessible(phone.page, 'the answer code in Arabic');
  });

  it('hides small groups, then shows distributions, the star chart and flagged free text; exports', async () => {
    // Five answers at the start and five at the end are put straight into IndexedDB (the
    // phone and kiosk paths are tested above).
    await page.goto(surveyUrl);
    const card = page.locator('.form-card', { hasText: 'Självskattning (standard)' });
    await card.getByRole('link', { name: 'Resultat' }).click();
    await page.getByRole('heading', { level: 1, name: /Resultat/ }).waitFor();
    assert.match(await page.locator('#change-section-title + p').innerText(), /minst 5 svar/);
    await assertAccessible(page, 'the results with small groups');

    await page.evaluate(async () => {
      const db = await new Promise((ok) => { const r = indexedDB.open('stegvis'); r.onsuccess = () => ok(r.result); });
      const tx = db.transaction(['forms', 'answers', 'meta'], 'readwrite');
      tx.objectStore('meta').delete('packed'); // the app makes its packs again
      const forms = await new Promise((ok) => { tx.objectStore('forms').getAll().onsuccess = (e) => ok(e.target.result); });
      const form = forms.map((r) => JSON.parse(r.json)).find((f) => f.name === 'Självskattning (standard)');
      const store = tx.objectStore('answers');
      const put = (moment, value, text, n) => {
        const id = crypto.randomUUID().replaceAll('-', '');
        const values = form.items.map((item) => item.kind === 'scale' ? { scale: value } : (text ? { text } : 'skipped'));
        store.put({ id, project_id: form.project_id.replaceAll('-', ''), json: JSON.stringify({
          id, project_id: form.project_id, form_id: form.id, moment, month: { year: 2026, month: 3 },
          lang: 'sv', nonce: 1000 + n, values,
        }) });
      };
      for (let n = 0; n < 4; n++) put('start', 2, n === 0 ? 'Mejla mig: test@example.org' : 'Trygg grupp', n);
      for (let n = 0; n < 3; n++) put('end', 4, '', 10 + n);
      await new Promise((ok) => { tx.oncomplete = ok; });
      db.close();
    });
    await page.reload();
    await page.getByText('Start: 5 svar · Under insatsen: 0 svar · Avslut: 5 svar').waitFor();
    const svg = page.locator('#stjarna svg');
    await svg.waitFor();
    const change = page.locator('#tabell-forandring tbody tr').first();
    assert.deepEqual(await change.locator('th, td').allInnerTexts(), ['Mående', '2,4', '4,0', '1,6']);
    const flagged = page.locator('.free-texts li.flagged');
    assert.equal(await flagged.count(), 2);
    assert.match((await flagged.allInnerTexts()).join(' '), /e-postadress.*telefonnummer|telefonnummer.*e-postadress/s);
    await assertAccessible(page, 'the results');

    await page.getByLabel('Minsta grupp som visas').fill('6');
    await page.getByLabel('Minsta grupp som visas').press('Tab');
    await page.getByText(/Jämförelsen visas när både start och avslut har minst 6 svar/).waitFor();
    await page.getByLabel('Minsta grupp som visas').fill('1');
    await page.getByLabel('Minsta grupp som visas').press('Tab');
    assert.equal(await page.getByLabel('Minsta grupp som visas').inputValue(), '3', 'never below three');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ladda ned Excel (.xlsx)' }).click(),
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await readFile(await download.path()));
    const answersSheet = book.worksheets[0];
    assert.equal(answersSheet.name, 'Svar');
    assert.equal(answersSheet.rowCount - 4, 10, 'ten answers, one row each, below the title, heading and header');
    assert.deepEqual(book.worksheets.map((w) => w.name), ['Svar', 'Fritextsvar', 'Sammanfattning per fråga', 'Från start till avslut, per']);
    const free = book.worksheets[1].getColumn(3).values.filter((v) => typeof v === 'string');
    assert.ok(free.includes('Trygg grupp'), 'the free texts are listed apart');
    assert.deepEqual(coach.foreign, []);
    assert.deepEqual(coach.errors, []);
  });
});
