// Issue 14 end to end: register at referral, wait, start, extend, a check-in appears on
// "Att göra" and is recorded, discharge with income and occupation after, a follow-up at 6
// months appears and is recorded, the report shows the before → after and follow-up tables,
// and its JSON is version 2; never started is counted apart. axe on every new page.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { assertAccessible, listedCodes, openContext, suite } from './harness.mjs';

/** The ISO date `days` days from today (negative: before). */
function iso(days) {
  const d = new Date();
  d.setUTCHours(12, 0, 0, 0);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** `date` plus `months` months, as the app counts them (the same day, or the month's last). */
function plusMonths(date, months) {
  const [y, m, day] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

describe('a participant from referral to a follow-up after exit (issue 14)', () => {
  const env = suite();
  let session, page, project;
  const referred = iso(-400);
  const start = iso(-390);
  before(async () => {
    session = await openContext(env.browser, env.server.url);
    page = session.page;
  });

  const todoRows = async () => {
    await page.locator('.todo-section table, .todo-section .empty').first().waitFor();
    return page.locator('.todo-section tbody tr').allInnerTexts();
  };
  const participantPage = async (code) => {
    await page.goto(project);
    await page.getByLabel('Alla').check();
    await page.getByRole('link', { name: code, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Deltagare ${code}` }).waitFor();
  };

  it('sets a planned length in a new project, and registers a participant at referral', async () => {
    await page.goto(`${env.server.url}/projekt/ny`);
    await page.getByLabel('Projektets namn').fill('Vägen');
    await page.getByLabel('Startdatum').fill(iso(-800));
    await page.getByLabel('Planerad längd').fill('6');
    assert.equal(await page.getByLabel('Avstämning var … månad').inputValue(), '3');
    assert.equal(await page.getByLabel('Uppföljning efter avslut, månader').inputValue(), '6, 12');
    await assertAccessible(page, 'the project form with the journey settings');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Vägen' }).waitFor();
    project = page.url();

    await page.getByRole('link', { name: 'Registrera deltagare' }).click();
    await page.getByLabel('Kod').fill('V-01');
    await page.getByLabel('Kön').selectOption({ label: 'Kvinna' });
    await page.getByLabel('Anvisningsdatum').fill(referred);
    await page.getByLabel('Startdatum').fill('');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText('Deltagare V-01 är registrerad.').waitFor();
  });

  it('shows the waiting list and the wait on "Att göra"', async () => {
    const waiting = page.locator('table.waiting tbody tr');
    await waiting.first().waitFor();
    assert.match(await waiting.first().innerText(), new RegExp(`V-01\\s+${referred}\\s+400`));
    const todo = await todoRows();
    assert.ok(todo.some((r) => /Försenad/.test(r) && /Har väntat längre än projektets gräns/.test(r) && /V-01/.test(r)), todo.join('\n'));
    await page.getByLabel('Väntar').check();
    assert.deepEqual(await listedCodes(page), ['V-01']);
    await assertAccessible(page, 'the project page with the waiting list and Att göra');
  });

  it('refuses a start before the referral, then starts the participant with a planned end', async () => {
    await participantPage('V-01');
    assert.match(await page.locator('.status-line').innerText(), /Väntar/);
    await assertAccessible(page, 'a waiting participant');
    await page.locator('#start-date').fill(iso(-401));
    await page.getByRole('button', { name: 'Starta deltagaren' }).click();
    await page.getByText('Datumet kan inte vara före anvisningsdatumet.').waitFor();
    assert.match(await page.locator('.status-line').innerText(), /Väntar/);
    await page.locator('#start-date').fill(start);
    await page.getByRole('button', { name: 'Starta deltagaren' }).click();
    await page.getByText('Deltagaren har börjat.').waitFor();
    assert.match(await page.locator('.status-line').innerText(), /Pågående/);
    const facts = await page.locator('#plan-title + dl').innerText();
    assert.match(facts, new RegExp(plusMonths(start, 6)));
  });

  it('refuses an extension that does not move the planned end later, then extends', async () => {
    const planned = plusMonths(start, 6);
    await page.locator('#extension-on').fill(iso(-250));
    await page.locator('#extension-until').fill(planned);
    await page.locator('#extension-reason').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Förläng' }).click();
    await page.getByText('Förlängningen måste flytta det planerade slutet till ett senare datum.').waitFor();
    await page.locator('#extension-until').fill(plusMonths(start, 8));
    await page.getByRole('button', { name: 'Förläng' }).click();
    await page.getByText('Förlängningen är sparad.').waitFor();
    assert.match(await page.locator('#plan-title + dl').innerText(), new RegExp(plusMonths(start, 8)));
    assert.match(await page.locator('.timeline').innerText(), new RegExp(`Förlängd till ${plusMonths(start, 8)}`));
  });

  it('lists the check-in on "Att göra" and records it', async () => {
    await page.goto(project);
    const due = plusMonths(start, 3);
    let todo = await todoRows();
    assert.ok(todo.some((r) => r.includes(due) && /Avstämning/.test(r) && /V-01/.test(r)), todo.join('\n'));
    await participantPage('V-01');
    await page.locator('#check-in-date').fill(iso(-210));
    await page.getByRole('button', { name: 'Registrera avstämning' }).click();
    await page.getByText('Avstämningen är registrerad.').waitFor();
    assert.match(await page.locator('#next-check-in').innerText(), new RegExp(plusMonths(iso(-210), 3)));
    await page.goto(project);
    todo = await todoRows();
    assert.ok(!todo.some((r) => r.includes(due) && /Avstämning/.test(r)), 'the held check-in is gone');
    assert.ok(todo.some((r) => r.includes(plusMonths(iso(-210), 3)) && /Avstämning/.test(r)), todo.join('\n'));
  });

  it('records income and occupation at start, refuses an extent over 100, and discharges with the situation after', async () => {
    await participantPage('V-01');
    await page.locator('#at-start-income').selectOption({ label: 'Försörjningsstöd' });
    await page.locator('#at-start-occupation').selectOption({ label: 'Ingen sysselsättning' });
    await page.locator('#at-start-extent').fill('0');
    await page.getByRole('button', { name: 'Registrera läget vid start' }).click();
    await page.getByText('Försörjning och sysselsättning är sparade.').waitFor();

    await page.locator('#discharge-end').fill(iso(-200));
    await page.locator('#discharge-outcome').selectOption({ label: 'Arbete' });
    await page.getByRole('button', { name: 'Skriv ut deltagaren' }).click();
    await page.getByText('Deltagaren är utskriven.').waitFor();

    await page.locator('#at-end-income').selectOption({ label: 'Lön' });
    await page.locator('#at-end-occupation').selectOption({ label: 'Förvärvsarbete' });
    await page.locator('#at-end-extent').fill('150');
    await page.getByRole('button', { name: 'Registrera läget vid avslut' }).click();
    await page.locator('#at-end-extent-error', { hasText: 'Skriv en procentsats mellan 0 och 100.' }).waitFor();
    await page.reload();
    await page.locator('#at-end-income').waitFor();
    assert.equal(await page.locator('#at-end-income').inputValue(), '', 'nothing was saved');
    await page.locator('#at-end-income').selectOption({ label: 'Lön' });
    await page.locator('#at-end-occupation').selectOption({ label: 'Förvärvsarbete' });
    await page.locator('#at-end-extent').fill('75');
    await page.getByRole('button', { name: 'Registrera läget vid avslut' }).click();
    await page.getByText('Försörjning och sysselsättning är sparade.').waitFor();
    await assertAccessible(page, 'a discharged participant with the journey sections');
  });

  it('lists the 6-month follow-up on "Att göra", on the start page too, and records it', async () => {
    const due = plusMonths(iso(-200), 6);
    await page.goto(project);
    let todo = await todoRows();
    assert.ok(todo.some((r) => r.includes(due) && /Uppföljning 6 månader efter avslut/.test(r)), todo.join('\n'));
    await page.goto(env.server.url);
    await page.locator('.todo-section tbody tr').first().waitFor();
    todo = await todoRows();
    assert.ok(todo.some((r) => /Uppföljning 6 månader efter avslut/.test(r) && /Vägen/.test(r)), todo.join('\n'));
    await assertAccessible(page, 'the start page with Att göra');

    await participantPage('V-01');
    await page.locator('#follow-up-6-date').fill(iso(-300));
    await page.locator('#follow-up-6-status').selectOption({ label: 'Arbete' });
    await page.getByRole('button', { name: 'Registrera uppföljningen' }).first().click();
    await page.getByText('En uppföljning efter avslut kan inte vara före avslutsdatumet.').waitFor();
    await page.locator('#follow-up-6-date').fill(iso(0));
    await page.getByRole('button', { name: 'Registrera uppföljningen' }).first().click();
    await page.getByText('Uppföljningen är registrerad.').waitFor();
    const timeline = await page.locator('.timeline').innerText();
    for (const event of ['Anvisad', 'Började', 'Avstämning', 'Avslutad: Arbete', 'Uppföljning efter 6 månader: Arbete']) {
      assert.ok(timeline.includes(event), `${event} in ${timeline}`);
    }
    await page.goto(project);
    todo = await todoRows();
    assert.ok(!todo.some((r) => /Uppföljning 6 månader/.test(r)), todo.join('\n'));
  });

  it('counts a referral that never started apart from the discharged', async () => {
    await page.getByRole('link', { name: 'Registrera deltagare' }).click();
    await page.getByLabel('Kod').fill('V-02');
    await page.getByLabel('Anvisningsdatum').fill(iso(-20));
    await page.getByLabel('Startdatum').fill('');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText('Deltagare V-02 är registrerad.').waitFor();
    await participantPage('V-02');
    await page.locator('#never-started-date').fill(iso(-5));
    await page.getByRole('button', { name: 'Markera som påbörjade aldrig' }).click();
    await page.locator('#never-started-reason-error', { hasText: 'Fyll i det här fältet.' }).waitFor();
    await page.locator('#never-started-reason').selectOption({ label: 'Avböjde' });
    await page.getByRole('button', { name: 'Markera som påbörjade aldrig' }).click();
    await page.getByText('Deltagaren är markerad som påbörjade aldrig.').waitFor();
    assert.match(await page.locator('.status-line').innerText(), /Påbörjade aldrig/);
    await page.goto(project);
    await page.getByLabel('Påbörjade aldrig').check();
    assert.deepEqual(await listedCodes(page), ['V-02']);
    await page.getByLabel('Avslutade').check();
    assert.deepEqual(await listedCodes(page), ['V-01']);
  });

  it('shows the before → after and follow-up tables, and writes a version 2 report file', async () => {
    await page.getByRole('link', { name: 'Rapport', exact: true }).click();
    await page.getByLabel('Typ av period').selectOption({ label: 'Hela projektet' });
    const income = page.locator('#tabell-forsorjning');
    await income.waitFor();
    assert.match(await income.innerText(), /Försörjningsstöd\s+Lön\s+1\s+1/);
    assert.match(await income.innerText(), /Lämnade offentlig försörjning\s+1/);
    assert.match(await page.locator('#tabell-sysselsattning').innerText(), /Ingen sysselsättning\s+Förvärvsarbete\s+1/);
    assert.match(await page.locator('#tabell-sysselsattning').innerText(), /Ökade sin omfattning\s+1/);
    assert.match(await page.locator('#tabell-uppfoljning').innerText(), /6 månader\s+1\s+1\s+1\s+Arbete 1/);
    assert.match(await page.locator('#tabell-vantan').innerText(), /Påbörjade aldrig under perioden\s+1/);
    assert.match(await page.locator('#tabell-forlangning').innerText(), /Aktuella med förlängning\s+1/);
    await assertAccessible(page, 'the report with the journey tables');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'JSON (för sammanställning)' }).click(),
    ]);
    const report = JSON.parse(await readFile(await file.path(), 'utf8'));
    assert.equal(report.version, 2);
    assert.deepEqual(report.income.transitions, [{ before: 'social_assistance', after: 'salary', count: 1 }]);
    assert.equal(report.left_public_support, 1);
    assert.equal(report.waiting.never_started, 1);
    assert.deepEqual(report.follow_ups[0], { months: 6, due: 1, done: 1, reached: 1, statuses: [{ label: 'work', count: 1 }] });
    assert.equal(report.participations, 1);
  });

  it('refuses a new participation that overlaps the first, then counts one who comes back once per participation', async () => {
    await participantPage('V-01');
    await page.locator('#return-start').fill(iso(-250));
    await page.getByRole('button', { name: 'Börja ett nytt deltagande' }).click();
    await page.locator('#return-start-error', { hasText: 'Det nya deltagandet måste börja efter slutdatumet för det förra.' }).waitFor();
    await page.locator('#return-start').fill(iso(-2));
    await page.getByRole('button', { name: 'Börja ett nytt deltagande' }).click();
    await page.getByText('Ett nytt deltagande är registrerat.').waitFor();
    assert.match(await page.locator('.status-line').innerText(), /Pågående/);
    const timeline = await page.locator('.timeline').innerText();
    assert.equal(timeline.match(/Började/g).length, 2, timeline);
    await page.goto(project);
    await page.getByLabel('Pågående').check();
    assert.deepEqual(await listedCodes(page), ['V-01']);
    assert.match(await page.locator('table.participants tbody tr').first().innerText(), /Deltagande 2/);
    await page.getByRole('link', { name: 'Rapport', exact: true }).click();
    await page.getByLabel('Typ av period').selectOption({ label: 'Hela projektet' });
    await page.locator('#tabell-oversikt').waitFor();
    assert.match(await page.locator('#tabell-oversikt').innerText(), /Aktuella\s+2\s/);
    assert.match(await page.locator('#tabell-forlangning').innerText(), /Deltagartillfällen, aktuella\s+2/);
    assert.match(await page.locator('#tabell-forsorjning').innerText(), /Försörjningsstöd\s+Lön\s+1/, 'the first participation still counts');
    assert.deepEqual(session.foreign, []);
    assert.deepEqual(session.errors, []);
  });
});
