// Prints Lighthouse's mobile scores for the coach's start page and for a participant's phone
// link, 5 runs each (performance of every run; accessibility and best practices of the last),
// against the release build served gzipped like a real host, in Debian's Chromium. Not a test.
//   LIGHTHOUSE=<path to the lighthouse CLI> node tests/e2e/lighthouse.mjs   (scripts/bench)
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newestPhoneLink, serve } from './harness.mjs';

const RUNS = 5;
const fragment = await newestPhoneLink();
const server = await serve();
const out = join(tmpdir(), 'stegvis-lighthouse.json');

/** One Lighthouse run (mobile, simulated slow 4G and 4× CPU: its defaults); the report or null. */
async function lighthouse(url) {
  // Asynchronously: the server answering Lighthouse runs in this same process.
  const status = await new Promise((done) => spawn(process.env.LIGHTHOUSE ?? 'lighthouse', [
    url, '--quiet', '--output=json', `--output-path=${out}`,
    '--only-categories=performance,accessibility,best-practices',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
  ], { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? '/usr/bin/chromium' }, stdio: 'inherit' })
    .on('close', done));
  return status === 0 ? JSON.parse(readFileSync(out, 'utf8')) : null;
}

console.log(`Lighthouse, mobil (simulerad långsam 4G, 4× processor), ${RUNS} körningar per sida:`);
for (const [name, url] of [['startsidan', `${server.url}/`], ['telefonlänken', `${server.url}/${fragment}`]]) {
  const scores = [], runs = [];
  let last = null;
  for (let run = 0; run < RUNS; run += 1) {
    last = await lighthouse(url);
    scores.push(last ? Math.round(last.categories.performance.score * 100) : 'fel');
    // What decided each score: a run below the others shows which measure moved.
    if (last) {
      const ms = (audit) => Math.round(last.audits[audit].numericValue);
      runs.push(`LCP ${ms('largest-contentful-paint')} ms, TBT ${ms('total-blocking-time')} ms, SI ${ms('speed-index')} ms`);
    }
  }
  console.log(`  ${name}: prestanda ${scores.join(', ')}`);
  runs.forEach((line, i) => console.log(`    körning ${i + 1}: ${line}`));
  if (!last) continue;
  for (const key of ['accessibility', 'best-practices']) {
    console.log(`    ${key.padEnd(26)} ${Math.round(last.categories[key].score * 100)}`);
  }
  for (const audit of ['first-contentful-paint', 'largest-contentful-paint', 'interactive', 'total-blocking-time', 'total-byte-weight']) {
    console.log(`    ${audit.padEnd(26)} ${last.audits[audit].displayValue}`);
  }
}
await server.close();
