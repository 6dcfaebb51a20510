// Issue 17: taking in a phone's answer with the camera. Chromium's fake capture device plays a
// video made here of a real answer code's QR; the answer is taken in. A camera that is refused
// or missing gets a plain message, and typing the code still works. Invented data only.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { assertAccessible, createProject, openContext, serve } from './harness.mjs';

const WIDTH = 640;
const HEIGHT = 480;

/** A one-frame YUV4MPEG2 video (4:2:0) of a PNG, centred on white. Chromium loops it. */
async function y4mOf(browser, png) {
  const page = await browser.newPage();
  const planes = await page.evaluate(async ([b64, W, H]) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(W, H);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, W, H);
    const side = Math.min(W, H) - 40;
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(bitmap, (W - side) / 2, (H - side) / 2, side, side);
    const rgba = ctx.getImageData(0, 0, W, H).data;
    const y = new Uint8Array(W * H);
    const u = new Uint8Array((W / 2) * (H / 2));
    const v = new Uint8Array((W / 2) * (H / 2));
    for (let i = 0; i < W * H; i++) {
      const [r, g, b] = [rgba[4 * i], rgba[4 * i + 1], rgba[4 * i + 2]];
      y[i] = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
    }
    u.fill(128);
    v.fill(128);
    const all = new Uint8Array(y.length + u.length + v.length);
    all.set(y); all.set(u, y.length); all.set(v, y.length + u.length);
    let s = '';
    for (let i = 0; i < all.length; i += 8192) s += String.fromCharCode(...all.subarray(i, i + 8192));
    return btoa(s);
  }, [png.toString('base64'), WIDTH, HEIGHT]);
  await page.close();
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\nFRAME\n`);
  return Buffer.concat([header, Buffer.from(planes, 'base64')]);
}

describe('the camera path', () => {
  let server, browser, video, coach, surveyUrl;
  before(async () => {
    server = await serve();
    // Chromium opens the fake camera's file when the camera starts, so the video can be made
    // after the phone has answered, in this same browser.
    video = join(await mkdtemp(join(tmpdir(), 'stegvis-camera-')), 'svar.y4m');
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
        '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`,
        '--use-fake-ui-for-media-stream',
      ],
    });
    coach = await openContext(browser, server.url);
    await createProject(coach.page, server.url, 'Kamera');
    await coach.page.getByRole('link', { name: 'Självskattning' }).click();
    await coach.page.getByRole('heading', { level: 1, name: 'Självskattning' }).waitFor();
    surveyUrl = coach.page.url();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('takes in an answer from a QR code held up to the camera', async () => {
    const page = coach.page;
    await page.locator('.form-card').first().getByRole('link', { name: 'Länk till telefon' }).click();
    await page.getByLabel('Start', { exact: true }).check();
    const link = await page.getByLabel('Länk', { exact: true }).inputValue();
    const phone = await openContext(browser, server.url);
    await phone.page.goto(link);
    await phone.page.getByLabel('Alla frågor på en sida').check();
    await phone.page.getByRole('button', { name: 'Börja' }).click();
    const boxes = phone.page.locator('fieldset.question');
    for (let q = 0; q < await boxes.count(); q++) {
      const box = boxes.nth(q);
      if (await box.locator('textarea').count()) continue;
      await box.locator('input[id$="-2"]').check();
    }
    await phone.page.getByRole('button', { name: 'Skicka svaren' }).click();
    const qr = await phone.page.locator('.qr').screenshot();
    await phone.context.close();

    await writeFile(video, await y4mOf(browser, qr));
    await page.goto(surveyUrl);
    await page.getByRole('button', { name: 'Skanna med kameran' }).click();
    await page.getByText(/Svaret är sparat: Självskattning \(standard\), start/).waitFor({ timeout: 30000 });
    assert.match(await page.locator('.form-card').first().innerText(), /Start: 1 svar/);
    assert.equal(await page.getByRole('button', { name: 'Stäng kameran' }).count(), 0, 'the camera stops once the code is read');
    assert.deepEqual(coach.errors, []);
  });

  it('says plainly when the camera is refused or missing, and typing still works', async () => {
    for (const [what, script, message] of [
      ['refused', () => { navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('no', 'NotAllowedError')); }, /Kameran gick inte att starta/],
      ['missing', () => { Object.defineProperty(Navigator.prototype, 'mediaDevices', { get: () => undefined }); }, /kan inte använda kameran här/],
    ]) {
      const session = await openContext(browser, server.url);
      await session.page.addInitScript(script);
      await createProject(session.page, server.url, `Utan kamera ${what}`);
      await session.page.getByRole('link', { name: 'Självskattning' }).click();
      await session.page.getByRole('button', { name: 'Skanna med kameran' }).click();
      await session.page.getByText(message).waitFor();
      await assertAccessible(session.page, `the camera ${what}`);
      await session.page.getByLabel('Svarskod').fill('ABCU');
      await session.page.getByRole('button', { name: 'Lägg till svaret' }).click();
      await session.page.getByText(/Tecknet ”U” finns inte/).waitFor();
      await session.context.close();
    }
  });
});
