// Firefox ESR and WebKit (Safari's engine) behind one small interface, for the smoke of the core
// paths in tests/e2e/browsers.test.mjs:
//   open(url)            navigates and waits for the page to load
//   run(body, args)      runs an async function body in the page (`args` as `args`), returns
//                        its JSON-able value
//   version              the browser's name and version, printed by the test
//   close()
// Firefox is driven by puppeteer-core over WebDriver BiDi (no download: Debian's firefox-esr);
// WebKit by WebKitWebDriver starting MiniBrowser under xvfb-run, over classic WebDriver. Both
// are plain HTTP or WebSocket clients; nothing is fetched from the internet.
import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

export async function firefox() {
  const { default: puppeteer } = await import('puppeteer-core');
  const profile = await mkdtemp(join(tmpdir(), 'stegvis-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    extraPrefsFirefox: {
      // No update checks, telemetry or remote settings: the test machine is offline.
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'network.captive-portal-service.enabled': false,
    },
  });
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return {
    name: 'Firefox',
    version: await browser.version(),
    errors,
    open: (url) => page.goto(url, { waitUntil: 'load' }),
    run: (body, args = null) =>
      page.evaluate(`(async (args) => { ${body} })(${JSON.stringify(args)})`),
    close: () => browser.close(),
  };
}

function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
    server.on('error', fail);
  });
}

export async function webkit() {
  const port = await freePort();
  const driver = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], {
    stdio: 'ignore',
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  async function call(method, path, body) {
    const response = await fetch(base + path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const { value } = await response.json();
    if (value && value.error) throw new Error(`WebDriver ${path}: ${value.error}: ${value.message}`);
    return value;
  }
  for (let i = 0; ; i++) {
    try {
      if ((await call('GET', '/status')).ready) break;
    } catch (e) {
      if (i > 100) throw new Error(`WebKitWebDriver did not start: ${e}`);
    }
    await new Promise((ok) => setTimeout(ok, 100));
  }
  const session = await call('POST', '/session', {
    capabilities: {
      alwaysMatch: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      },
    },
  });
  const id = session.sessionId;
  await call('POST', `/session/${id}/window/rect`, { width: 1280, height: 900 }).catch(() => {});
  return {
    name: 'WebKit (MiniBrowser)',
    version: `WebKitGTK ${session.capabilities.browserVersion}`,
    errors: [],
    open: (url) => call('POST', `/session/${id}/url`, { url }),
    run: async (body, args = null) => {
      const script = `const done = arguments[arguments.length - 1];
        (async (args) => { ${body} })(arguments[0]).then(
          (value) => done({ value: value === undefined ? null : value }),
          (e) => done({ error: String(e && e.stack || e) }));`;
      const result = await call('POST', `/session/${id}/execute/async`, { script, args: [args] });
      if (result && result.error) throw new Error(result.error);
      return result?.value;
    },
    close: async () => {
      await call('DELETE', `/session/${id}`).catch(() => {});
      try { process.kill(-driver.pid); } catch { /* already gone */ }
    },
  };
}
