// Issue 6 end to end: every route passes axe-core in Swedish and in English, the language
// switch is remembered, and a participant can be registered and discharged with the keyboard
// alone.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible, createProject, openContext, suite, tabTo } from './harness.mjs';

const tabToAny = (page, test, what) => tabTo(page, test, what, 60);

const labelled = (text) => new Function(
  `const e = document.activeElement; return !!e && [...(e.labels ?? [])].some((l) => l.textContent.trim().startsWith(${JSON.stringify(text)}));`);
const named = (text) => new Function(
  `const e = document.activeElement; return !!e && e.textContent.trim() === ${JSON.stringify(text)};`);

describe('every route, both languages, and the keyboard', () => {
  const env = suite();
  let session, page, base, participantUrl, formUrl;
  before(async () => {
    session = await openContext(env.browser, env.server.url);
    page = session.page;
  });
  it('registers and discharges a participant with the keyboard alone', async () => {
    // On a 360 px phone, where the header is tall enough that focusing <main> could scroll it away.
    await page.setViewportSize({ width: 360, height: 740 });
    base = await createProject(page, env.server.url, 'Tangentbordet', { start: '2025-01-01' });

    await tabToAny(page, named('Registrera deltagare'), 'the register link');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, 'none', 'the focused element shows where focus is');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Registrera deltagare' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'main', null, { timeout: 2000 });
    assert.equal(await page.evaluate(() => scrollY), 0, 'the page stays at its top, header in view');
    await tabToAny(page, labelled('Kön'), 'the gender field');
    await page.keyboard.type('Kvinna');
    await tabToAny(page, labelled('Födelseår'), 'the birth year');
    await page.keyboard.type('1988');
    await tabToAny(page, labelled('Remittent'), 'the referral source');
    await page.keyboard.type('Eget');
    await tabToAny(page, named('Spara'), 'the save button');
    await page.keyboard.press('Enter');
    await page.getByText('Deltagare D-001 är registrerad.').waitFor();

    await tabToAny(page, named('D-001'), 'the participant link');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Deltagare D-001' }).waitFor();
    participantUrl = page.url();
    assert.equal(await page.getByLabel('Kön').inputValue(), 'woman');
    // The end date is filled in with today; the keyboard user only checks it.
    await tabToAny(page, labelled('Slutdatum'), 'the end date');
    assert.match(await page.evaluate(() => document.activeElement.value), /^\d{4}-\d{2}-\d{2}$/);
    await tabToAny(page, labelled('Avslutsorsak'), 'the outcome');
    await page.keyboard.type('Arbete');
    await tabToAny(page, named('Skriv ut deltagaren'), 'the discharge button');
    await page.keyboard.press('Enter');
    await page.getByText('Deltagaren är utskriven.').waitFor();
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  async function routes() {
    await page.goto(`${base}/sjalvskattning`);
    await page.locator('.form-card').first().waitFor();
    formUrl = `${base}/sjalvskattning/${await page.locator('.form-card a', { hasText: /Resultat|Results/ }).first()
      .getAttribute('href').then((h) => h.split('/')[4])}`;
    return [
      env.server.url, `${env.server.url}/projekt/ny`, `${env.server.url}/sakerhetskopia`, `${env.server.url}/sammanstallning`, base, `${base}/installningar`,
      `${base}/ny-deltagare`, participantUrl, `${base}/importera`, `${base}/rapport`,
      `${base}/rapport/utskrift`, `${base}/rapport/presentation`, `${base}/sjalvskattning`, formUrl,
      `${formUrl}/dela`, `${formUrl}/resultat`, `${base}/ekonomi`, `${base}/slutrapport`,
      `${base}/slutrapport/utskrift`, `${env.server.url}/finns-inte`,
    ];
  }

  async function walk(lang) {
    const headings = [];
    for (const url of await routes()) {
      await page.goto(url);
      const h1 = page.getByRole('heading', { level: 1 }).first();
      await h1.waitFor();
      await page.waitForTimeout(150);
      assert.equal(await page.getAttribute('html', 'lang'), lang, url);
      await assertAccessible(page, `${url} in ${lang}`);
      headings.push(await h1.innerText());
    }
    return headings;
  }

  it('passes axe on every route in Swedish, then in English, and remembers the language', async () => {
    const swedish = await walk('sv');
    await page.goto(env.server.url);
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.reload();
    // The loader starts the app after the page's load event; wait for the app, then ask.
    await page.getByRole('heading', { level: 1 }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'en', 'the choice is remembered');
    const english = await walk('en');
    const same = swedish.filter((h, i) => h === english[i] && !/Tangentbordet|D-001/.test(h));
    assert.deepEqual(same, [], 'every page heading is translated');
    await page.goto(env.server.url);
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'sv');
    await page.getByRole('link', { name: 'Tangentbordet' }).waitFor();
    assert.deepEqual(session.foreign, []);
    assert.deepEqual(session.errors, []);
  });
});
