// The foundation issue's end-to-end story, as a coach would do it, against the release build.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible, listedCodes, openContext, suite } from './harness.mjs';

describe('a coach sets up a project and follows participants', () => {
  const env = suite();
  let session, page;
  before(async () => {
    session = await openContext(env.browser, env.server.url);
    page = session.page;
  });

  async function register({ gender, birthYear, referral, start }) {
    await page.getByRole('link', { name: 'Registrera deltagare' }).click();
    await page.getByRole('heading', { level: 1, name: 'Registrera deltagare' }).waitFor();
    const code = await page.getByLabel('Kod').inputValue();
    await page.getByLabel('Kön').selectOption({ label: gender });
    await page.getByLabel('Födelseår').fill(birthYear);
    await page.getByLabel('Remittent').selectOption({ label: referral });
    await page.getByLabel('Startdatum').fill(start);
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText(`Deltagare ${code} är registrerad.`).waitFor();
    return code;
  }

  async function openParticipant(code) {
    await page.getByRole('link', { name: code, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Deltagare ${code}` }).waitFor();
  }

  it('shows a welcome on first run that says data stays on this device', async () => {
    await page.goto(env.server.url);
    await page.getByRole('heading', { level: 1, name: 'Välkommen till Stegvis' }).waitFor();
    assert.match(await page.locator('main').innerText(), /sparas bara här, i den här webbläsaren/);
    assert.equal(await page.getAttribute('html', 'lang'), 'sv');
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /connect-src 'self'(;|$)/, 'no connections beyond the own origin');
    assert.match(csp, /style-src 'self' 'sha256-[A-Za-z0-9+/=]+';/, 'styles: the own origin and the one stylesheet in the page');
    assert.doesNotMatch(csp, /'unsafe-eval'/);
    assert.doesNotMatch(csp.match(/style-src [^;]*/)[0], /unsafe-inline/, 'no inline stylesheets beyond the one allowed by its hash');
    await assertAccessible(page, 'the first-run page');
  });

  it('creates a project with goals and the default lists', async () => {
    await page.getByRole('link', { name: 'Skapa ett projekt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nytt projekt' }).waitFor();
    await assertAccessible(page, 'the new project form');
    await page.getByLabel('Projektets namn').fill('Steget Burlöv');
    await page.getByLabel('Startdatum').fill('2025-01-01');
    await page.getByLabel('Slutdatum').fill('2026-12-31');
    await page.getByLabel('Volymmål').fill('40');
    await page.getByLabel('Målandel kvinnor').fill('60');
    await page.getByLabel('Resultatmål').fill('40');
    assert.equal(await page.getByLabel('Remittent 2').inputValue(), 'Eget initiativ');
    await page.getByRole('button', { name: 'Flytta ned: Socialsekreterare' }).click();
    assert.equal(await page.getByLabel('Remittent 2').inputValue(), 'Socialsekreterare', 'a list entry moves down');
    await page.getByRole('button', { name: 'Flytta upp: Socialsekreterare' }).click();
    assert.equal(await page.getByLabel('Remittent 1').inputValue(), 'Socialsekreterare');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('heading', { level: 1, name: 'Steget Burlöv' }).waitFor();
    await page.getByText('Projektet är sparat.').waitFor();
    // The list says "Hämtar dina uppgifter …" until the participants are read.
    await page.getByText('Inga deltagare är registrerade än.').waitFor();
    assert.match(await page.locator('main').innerText(), /Inga deltagare är registrerade än/);
  });

  it('registers three participants with generated codes', async () => {
    const codes = [
      await register({ gender: 'Kvinna', birthYear: '1990', referral: 'Eget initiativ', start: '2025-02-01' }),
      await register({ gender: 'Man', birthYear: '1985', referral: 'Socialsekreterare', start: '2025-02-15' }),
      await register({ gender: 'Ej angivet', birthYear: '', referral: 'Psykiatrisk öppenvård', start: '2025-03-01' }),
    ];
    assert.deepEqual(codes, ['D-001', 'D-002', 'D-003']);
    assert.deepEqual(await listedCodes(page), codes);
    await assertAccessible(page, 'the participant list');
  });

  it('moves a participant through two phases with a dated history', async () => {
    await openParticipant('D-001');
    await assertAccessible(page, 'the participant page');
    for (const [phase, from] of [
      ['Introduktion eller gruppvägledning', '2025-03-01'],
      ['Arbetsträning eller praktik', '2025-05-01'],
    ]) {
      await page.getByLabel('Ny fas').selectOption({ label: phase });
      await page.getByLabel('Från och med').fill(from);
      await page.getByRole('button', { name: 'Byt fas' }).click();
      await page.locator('.phase-history li', { hasText: from }).waitFor();
    }
    const history = await page.locator('.phase-history li').allInnerTexts();
    assert.deepEqual(history, [
      '2025-02-01 Kartläggning, yrkesprofil',
      '2025-03-01 Introduktion eller gruppvägledning',
      '2025-05-01 Arbetsträning eller praktik',
    ]);
  });

  it('discharges a participant with an outcome, and can undo a mistaken discharge', async () => {
    await page.getByRole('link', { name: 'Steget Burlöv' }).click();
    await openParticipant('D-002');
    await page.getByLabel('Slutdatum').fill('2025-06-30');
    await page.getByLabel('Avslutsorsak').selectOption({ label: 'Studier' });
    await page.getByRole('button', { name: 'Skriv ut deltagaren' }).click();
    await page.getByText('Deltagaren är utskriven.').waitFor();
    assert.match(await page.locator('.facts').innerText(), /Studier/);

    await page.getByRole('link', { name: 'Steget Burlöv' }).click();
    await openParticipant('D-003');
    await page.getByLabel('Slutdatum').fill('2025-04-01');
    await page.getByLabel('Avslutsorsak').selectOption({ label: 'Flytt' });
    await page.getByRole('button', { name: 'Skriv ut deltagaren' }).click();
    await page.getByRole('button', { name: 'Ångra utskrivningen' }).click();
    await page.getByText('Utskrivningen är ångrad').waitFor();
    await page.getByRole('button', { name: 'Skriv ut deltagaren' }).waitFor();
  });

  it('finds everything as it was after a reload', async () => {
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Deltagare D-003' }).waitFor();
    assert.match(await page.locator('.status-line').innerText(), /Pågående/);
    await page.getByRole('link', { name: 'Steget Burlöv' }).click();
    assert.deepEqual(await listedCodes(page), ['D-001', 'D-003'], 'active participants');
    await page.getByLabel('Avslutade').check();
    assert.deepEqual(await listedCodes(page), ['D-002']);
    const row = await page.locator('table.participants tbody tr').first().innerText();
    assert.match(row, /Man/);
    assert.match(row, /Socialsekreterare/);
    assert.match(row, /Avslutad/);
    await page.getByLabel('Alla').check();
    assert.deepEqual(await listedCodes(page), ['D-001', 'D-002', 'D-003']);
    await openParticipant('D-001');
    assert.equal(await page.locator('.phase-history li').count(), 3);
    assert.match(await page.locator('.status-line').innerText(), /Arbetsträning eller praktik/);
  });

  it('sorts the list by a column', async () => {
    await page.getByRole('link', { name: 'Steget Burlöv' }).click();
    await page.getByLabel('Alla').check();
    await page.getByRole('button', { name: 'Startdatum' }).click();
    await page.getByRole('button', { name: 'Startdatum' }).click();
    assert.equal(await page.locator('th[aria-sort="descending"]').innerText(), 'Startdatum ▼');
    assert.deepEqual(await listedCodes(page), ['D-003', 'D-002', 'D-001']);
    await page.getByLabel('Sök på kod').fill('002');
    assert.deepEqual(await listedCodes(page), ['D-002']);
  });

  it('refuses an invalid registration with messages next to the fields, and saves nothing', async () => {
    await page.getByRole('link', { name: 'Registrera deltagare' }).click();
    await page.getByLabel('Kod').fill('D-001');
    await page.getByLabel('Födelseår').fill('2020');
    await page.getByLabel('Startdatum').fill('');
    await page.getByLabel('Anteckning').fill('Ring om tid, pnr 811218-9876');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('alert').filter({ hasText: 'Något behöver rättas' }).waitFor();
    const message = async (id) => page.locator(`#${id}-error`).innerText();
    assert.match(await message('participant-code'), /koden används redan/);
    assert.match(await message('participant-birth-year'), /yngre än 15 år/);
    // Neither a start nor a referral date: a waiting participant needs the one, a started one the other.
    assert.match(await message('participant-start'), /Fyll i startdatum, eller anvisningsdatum/);
    assert.match(await message('participant-note'), /liknar ett personnummer/);
    assert.equal(await page.getByLabel('Födelseår').getAttribute('aria-invalid'), 'true');
    assert.equal(await page.getByLabel('Anteckning').inputValue(), 'Ring om tid, pnr 811218-9876', 'what was typed is kept');
    await assertAccessible(page, 'the registration form with errors');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Registrera deltagare' }).waitFor();
    assert.equal(await page.getByLabel('Kod').inputValue(), 'D-004', 'nothing was saved');
  });

  it('refuses a project end date before its start and keeps the stored project', async () => {
    await page.getByRole('link', { name: 'Avbryt' }).click();
    await page.getByRole('link', { name: 'Inställningar' }).click();
    await page.getByLabel('Slutdatum').fill('2024-06-01');
    await page.getByRole('button', { name: 'Spara' }).click();
    assert.match(await page.locator('#project-end-error').innerText(), /före startdatumet/);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Inställningar för projektet' }).waitFor();
    assert.equal(await page.getByLabel('Slutdatum').inputValue(), '2026-12-31');
  });

  it('deletes a participant only after confirmation', async () => {
    await page.getByRole('link', { name: 'Avbryt' }).click();
    await page.getByLabel('Alla').check();
    await openParticipant('D-003');
    await page.getByRole('button', { name: 'Ta bort deltagaren' }).click();
    await page.getByRole('button', { name: 'Avbryt' }).click();
    await page.getByRole('button', { name: 'Ta bort deltagaren' }).click();
    await page.getByRole('button', { name: 'Ja, ta bort' }).click();
    await page.getByText('Deltagaren är borttagen.').waitFor();
    await page.getByLabel('Alla').check();
    assert.deepEqual(await listedCodes(page), ['D-001', 'D-002']);
  });

  it('never sent a request to another origin and threw no errors', () => {
    assert.deepEqual(session.foreign, []);
    assert.deepEqual(session.errors, []);
  });
});
