// Issue 17: the core paths in Firefox ESR and in WebKit (Safari's engine), on every run. Each
// browser creates a project, registers a participant and finds it after a reload, imports a
// coach's own sheet, reads the report with its charts, takes in a phone link's answer by its
// code, runs kiosk mode, downloads a backup and restores it after deleting everything, opens
// the demo, and says plainly that it cannot save automatically to a file (no File System
// Access). The steps run in the page through small helpers, the same in both browsers; see
// browsers/drivers.mjs for how each browser is driven.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './harness.mjs';
import { firefox, webkit } from './browsers/drivers.mjs';

// In-page helpers: find a control by its label, a button or link by its text, set a value as
// typing would, and give a file to a file input.
const H = `
const norm = (s) => (s || '').replace(/\\s+/g, ' ').trim();
const shown = (e) => !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length);
const named = (selector, name) => [...document.querySelectorAll(selector)]
  .find((e) => shown(e) && (norm(e.getAttribute('aria-label')) === name || norm(e.textContent) === name));
function control(label) {
  const labels = [...document.querySelectorAll('label')];
  const l = labels.find((x) => norm(x.textContent) === label) ?? labels.find((x) => norm(x.textContent).startsWith(label + ' '));
  if (l) return l.htmlFor ? document.getElementById(l.htmlFor) : l.querySelector('input, select, textarea');
  return [...document.querySelectorAll('[aria-label]')].find((e) => norm(e.getAttribute('aria-label')) === label) ?? null;
}
function type(el, value) {
  const proto = Object.getPrototypeOf(el);
  Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}
`;
const J = JSON.stringify;

function steps(d) {
  async function until(body, what, timeout = 30000) {
    const end = Date.now() + timeout;
    let last;
    while (Date.now() < end) {
      try {
        const value = await d.run(H + body);
        if (value) return value;
      } catch (e) {
        last = e; // the page may be navigating
      }
      await new Promise((ok) => setTimeout(ok, 100));
    }
    throw new Error(`${d.name}: gave up waiting for ${what}${last ? ` (${last.message})` : ''}`);
  }
  return {
    until,
    click: (selector, name) => until(`const e = named(${J(selector)}, ${J(name)}); if (!e) return false; e.click(); return true;`, `"${name}" to click`),
    fill: (label, value) => until(`const e = control(${J(label)}); if (!e) return false; type(e, ${J(value)}); return true;`, `the field "${label}"`),
    check: (label) => until(`const e = control(${J(label)}); if (!e) return false; if (!e.checked) e.click(); return e.checked;`, `the choice "${label}"`),
    value: (label) => until(`const e = control(${J(label)}); return e && e.value;`, `a value in "${label}"`),
    text: (wanted) => until(`return document.body && document.body.innerText.includes(${J(wanted)});`, `the text "${wanted}"`),
    heading: (name) => until(`return [...document.querySelectorAll('h1')].some((h) => norm(h.textContent) === ${J(name)});`, `the heading "${name}"`),
    file: (label, name, type, content) => until(`
      const input = control(${J(label)}); if (!input) return false;
      const transfer = new DataTransfer();
      transfer.items.add(new File([${J(content)}], ${J(name)}, { type: ${J(type)} }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      return true;`, `the file field "${label}"`),
    url: () => d.run('return location.href;'),
  };
}

const SHEET = [
  'Deltagare;Kön;Ålder;Inskrivningsdatum;Utskrivningsdatum;Remitterande myndighet;Orsak till avslut;Personnummer',
  'S-01;K;34;2025-03-01 00:00:00;30/09/2025;Arbetsförmedlingen;Arbete;19811218-9876',
  'S-02;M;51;20250412;;Försäkringskassan;;',
  'S-03;Kvinna;28;01.06.2025;2025-11-30;Socialtjänsten;Studier;',
].join('\r\n') + '\r\n';

for (const [label, start] of [['Firefox ESR', firefox], ['WebKit', webkit]]) {
  describe(`the core paths in ${label}`, () => {
    let server, d, s, projectUrl, surveyUrl, code;
    before(async () => {
      server = await serve();
      d = await start();
      s = steps(d);
      console.log(`# ${label}: ${d.version}`);
    });
    after(async () => {
      await d?.close();
      await server?.close();
    });

    it('creates a project, registers a participant and finds it after a reload', async () => {
      await d.open(`${server.url}/projekt/ny`);
      await s.fill('Projektets namn', 'Röksteg');
      await s.fill('Startdatum', '2025-01-01');
      await s.click('button', 'Spara');
      await s.heading('Röksteg');
      projectUrl = await s.url();
      await s.click('a', 'Registrera deltagare');
      code = await s.value('Kod');
      await s.click('button', 'Spara');
      await s.text(`Deltagare ${code} är registrerad.`);
      await d.open(projectUrl);
      await s.until(`return [...document.querySelectorAll('table.participants th[scope=row]')].some((t) => norm(t.textContent) === ${J(code)});`, 'the participant after a reload');
    });

    it('imports a coach’s own sheet, leaving out the personnummer', async () => {
      await d.open(`${projectUrl}/importera`);
      await s.file('Välj fil', 'lista.csv', 'text/csv', SHEET);
      await s.heading('Importera deltagare');
      await s.text('Läses aldrig in: personnummer');
      await s.click('button', 'Importera 3 deltagare');
      await s.text('3 deltagare är importerade.');
      const stored = await d.run(`
        const db = await new Promise((ok) => { const r = indexedDB.open('stegvis'); r.onsuccess = () => ok(r.result); });
        const rows = await new Promise((ok) => { db.transaction('participants').objectStore('participants').getAll().onsuccess = (e) => ok(e.target.result); });
        db.close();
        return JSON.stringify(rows);`);
      assert.ok(stored.includes('S-02') && !stored.includes('9876'), 'imported, without the personnummer');
    });

    it('shows the report with its charts', async () => {
      await d.open(projectUrl);
      await s.click('a', 'Rapport');
      await s.heading('Rapport');
      const charts = await s.until(`const n = document.querySelectorAll('figure.chart svg').length; return n >= 3 && n;`, 'the charts');
      assert.ok(charts >= 3, `${charts} charts`);
    });

    it('takes in a phone link’s answer by its code, and runs kiosk mode', async () => {
      await d.open(projectUrl);
      await s.click('a', 'Självskattning');
      await s.heading('Självskattning');
      surveyUrl = await s.url();
      await s.click('a', 'Länk till telefon');
      await s.heading('Länk till deltagarens telefon');
      await s.check('Avslut');
      const link = await s.value('Länk');
      assert.match(link, /#svar=/);
      await d.open(link);
      await s.heading('Självskattning (standard)');
      await s.check('Alla frågor på en sida');
      await s.click('button', 'Börja');
      await s.until(`
        const boxes = [...document.querySelectorAll('fieldset.question')];
        if (!boxes.length) return false;
        for (const box of boxes) {
          const area = box.querySelector('textarea');
          if (area) type(area, 'Bra');
          else box.querySelector('input[id$="-4"]').click();
        }
        return true;`, 'the questions');
      await s.click('button', 'Skicka svaren');
      await s.text('Tack för dina svar!');
      const answer = await s.until(`return norm(document.querySelector('#answer-code')?.textContent);`, 'the answer code');
      await d.open(surveyUrl);
      await s.fill('Svarskod', answer);
      await s.click('button', 'Lägg till svaret');
      await s.text('Svaret är sparat');

      await s.fill('PIN-kod för att avsluta', '2468');
      await s.fill('Samma PIN-kod igen', '2468');
      await s.click('button', 'Lämna över till deltagare');
      await s.heading('Självskattning (standard)');
      assert.equal(await d.run('return document.querySelectorAll("nav").length;'), 0, 'no way out but the PIN');
      await s.click('button', 'Avsluta (för coachen)');
      await s.fill('Coachens PIN-kod', '2468');
      await s.click('button', 'OK');
      await s.heading('Självskattning');
    });

    it('downloads a backup, and restores it after everything is deleted', async () => {
      await d.open(`${server.url}/sakerhetskopia`);
      await s.heading('Säkerhetskopia');
      // No File System Access here: the page says so plainly.
      await s.text('Den här webbläsaren kan inte spara automatiskt till en fil');
      await d.run(`window.__files = []; const make = URL.createObjectURL;
        URL.createObjectURL = (blob) => { window.__files.push(blob); return make.call(URL, blob); };`);
      await s.click('button', 'Ladda ned säkerhetskopia');
      const backup = await s.until('return window.__files.length > 0 && await window.__files.at(-1).text();', 'the backup file');
      assert.ok(backup.includes(code), 'the backup holds the participant');
      await s.click('button', 'Ta bort alla uppgifter');
      await s.text('Vill du ta bort alla');
      await s.click('button', 'Ja, ta bort allt');
      await s.text('Alla projekt och deltagare är borttagna');
      await s.file('Välj säkerhetskopia', 'kopia.json', 'application/json', backup);
      await s.until(`return !!document.querySelector('.restore-plan');`, 'the restore plan');
      await s.click('button', 'Återställ');
      await s.text('Säkerhetskopian är återställd.');
      await d.open(projectUrl);
      await s.until(`return [...document.querySelectorAll('table.participants th[scope=row]')].some((t) => norm(t.textContent) === ${J(code)});`, 'the restored participant');
    });

    it('opens the demo in one click', async () => {
      await d.open(server.url);
      await s.click('button', 'Visa demo');
      await s.until(`return !!named('a', 'IPS Norrbacka');`, 'the demo projects');
      assert.deepEqual(d.errors, [], 'no errors in the page');
    });
  });
}
