// Offline use and installing as an app (web/sw.js, web/manifest.webmanifest, docs/HOSTING.md): after the
// first visit the page reloads with the network off, and a new build's files replace the old ones.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { launch, App, ROOT } from './lib.mjs';

const BASE = process.env.PRM_BASE_URL || 'http://127.0.0.1:8080/';
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

// Waits until this page is controlled by the service worker of the build it loaded.
async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller &&
    navigator.serviceWorker.controller.state === 'activated', null, { timeout: 30000 });
  return page.evaluate(() => caches.keys());
}

test('after the first visit the sandbox reloads and works with the network off', async () => {
  const page = await browser.context.newPage();
  const app = new App(page);
  await app.open(BASE);
  const keys = await controlled(page);
  assert.equal(keys.filter((k) => k.startsWith('prm-sandbox-')).length, 1, 'one cache for this build');
  await app.command({ cmd: 'CreateAccount', name: 'Offline Visit Oy' });
  await app.waitSaved();

  await browser.context.setOffline(true);
  try {
    // (a POST: the service worker leaves it to the network)
    const online = await page.evaluate(() => fetch('manifest.webmanifest', { method: 'POST', cache: 'no-store' })
      .then(() => 'reached the network', () => 'offline'));
    assert.equal(online, 'offline', 'the network is really off');
    await page.reload();
    await app.waitReady();
    await app.click('Accounts', { window: /SalesNav/ });
    await app.expectText('Offline Visit Oy');
    // A ?scenario= address of the page also opens offline (the one cached page).
    await page.goto(new URL('?offline=1', BASE).href);
    await app.waitReady();
    await app.screenshot('offline-01-reloaded');
  } finally {
    await browser.context.setOffline(false);
  }
  assert.deepEqual(app.consoleErrors.filter((e) => !/net::ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e)), []);
  await page.close();
});

test('the page can be installed as an app: a manifest with icons', async () => {
  const page = await browser.context.newPage();
  await page.goto(BASE);
  const href = await page.evaluate(() => document.querySelector('link[rel=manifest]').href);
  const manifest = await (await fetch(href)).json();
  assert.equal(manifest.name, 'PRM Sandbox');
  assert.equal(manifest.display, 'standalone');
  for (const size of ['192x192', '512x512']) {
    const icon = manifest.icons.find((i) => i.sizes === size && i.type === 'image/png');
    assert.ok(icon, `a ${size} PNG icon`);
    const png = Buffer.from(await (await fetch(new URL(icon.src, href))).arrayBuffer());
    assert.equal(png.subarray(1, 4).toString('ascii'), 'PNG');
    assert.equal(png.readUInt32BE(16) + 'x' + png.readUInt32BE(20), size, 'the PNG is as large as it says');
  }
  await page.close();
});

// A server of our own over a copy of the build, so the test can put a "new build" in its place.
function freePort() {
  return new Promise((resolve) => { const s = net.createServer(); s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); }); });
}

test('a new build replaces the cached files and the old cache', async () => {
  const webDir = process.env.PRM_WEB_DIR || path.join(ROOT, 'build/web-release/web');
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'prm-offline-'));
  for (const f of fs.readdirSync(webDir)) if (!/\.(br|gz)$/.test(f) && !/^bare\./.test(f)) fs.copyFileSync(path.join(webDir, f), path.join(copy, f));
  execFileSync('node', [path.join(ROOT, 'scripts/web_bundle.mjs'), copy, '--no-compress']);
  const port = await freePort();
  const server = spawn('node', [path.join(ROOT, 'scripts/static_server.mjs'), copy, String(port)], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}/`;
  try {
    for (let i = 0; i < 100; i++) { try { await fetch(base); break; } catch { await new Promise((r) => setTimeout(r, 100)); } }
    const page = await browser.context.newPage();
    const app = new App(page);
    await app.open(base);
    const before = (await controlled(page)).filter((k) => k.startsWith('prm-sandbox-'));
    assert.equal(before.length, 1);
    const oldCss = await page.evaluate(() => document.querySelector('link[rel=stylesheet]').getAttribute('href'));

    // The new build: a changed style sheet gets a new hashed name and a new cache version.
    fs.appendFileSync(path.join(copy, 'shell.css'), '\n/* a newer build */\n');
    execFileSync('node', [path.join(ROOT, 'scripts/web_bundle.mjs'), copy, '--no-compress']);
    // The browser checks for a new worker on its own (Chromium within a minute of a load); the test asks now.
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    // Polled from here (each answer awaited): the new build's cache has taken the old one's place.
    for (let i = 0; ; i++) {
      const ours = (await page.evaluate(() => caches.keys())).filter((n) => n.startsWith('prm-sandbox-'));
      if (ours.length === 1 && ours[0] !== before[0]) break;
      if (i > 300) throw new Error('the new build\'s cache did not replace the old one: ' + ours.join(', '));
      await page.waitForTimeout(100);
    }
    await page.reload();  // the page as the new worker serves it
    await app.waitReady();
    const newCss = await page.evaluate(() => document.querySelector('link[rel=stylesheet]').getAttribute('href'));
    assert.notEqual(newCss, oldCss, 'the new build\'s style sheet');
    const cached = await page.evaluate(() => caches.keys().then((k) => caches.open(k.find((n) => n.startsWith('prm-sandbox-'))))
      .then((c) => c.keys()).then((reqs) => reqs.map((r) => new URL(r.url).pathname)));
    assert.ok(cached.includes('/' + newCss), 'the new files are cached');
    assert.ok(!cached.includes('/' + oldCss), 'the old files are gone');
    assert.ok(!fs.existsSync(path.join(copy, oldCss)), 'the build folder holds only the new hashed files');

    await browser.context.setOffline(true);
    try {
      await page.reload();
      await app.waitReady();
      const offlineCss = await page.evaluate(() => document.querySelector('link[rel=stylesheet]').getAttribute('href'));
      assert.equal(offlineCss, newCss, 'offline, the new build opens');
    } finally {
      await browser.context.setOffline(false);
    }
    await page.close();
  } finally {
    server.kill();
    fs.rmSync(copy, { recursive: true, force: true });
  }
});
