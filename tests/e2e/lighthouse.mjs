// Prints Lighthouse scores (performance, accessibility, best practices) for the start page of
// the release build, served gzipped like a real host, in Debian's Chromium. Not a test.
//   LIGHTHOUSE=<path to the lighthouse CLI> node tests/e2e/lighthouse.mjs   (scripts/bench)
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './harness.mjs';

const server = await serve();
const out = join(tmpdir(), 'stegvis-lighthouse.json');
// Asynchronously: the server answering Lighthouse runs in this same process.
const status = await new Promise((done) => spawn(process.env.LIGHTHOUSE ?? 'lighthouse', [
  `${server.url}/`, '--quiet', '--output=json', `--output-path=${out}`,
  '--only-categories=performance,accessibility,best-practices',
  '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
], { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? '/usr/bin/chromium' }, stdio: 'inherit' })
  .on('close', done));
await server.close();
if (status !== 0) {
  console.log('Lighthouse kunde inte köras.');
  process.exit(0);
}
const report = JSON.parse(readFileSync(out, 'utf8'));
console.log('Lighthouse (startsidan, release-bygget, gzip, simulerad långsam 4G):');
for (const [key, category] of Object.entries(report.categories)) {
  console.log(`  ${key.padEnd(16)} ${Math.round(category.score * 100)}`);
}
for (const audit of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'total-byte-weight']) {
  console.log(`  ${audit.padEnd(26)} ${report.audits[audit].displayValue}`);
}
