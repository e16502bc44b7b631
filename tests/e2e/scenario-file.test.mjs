// A trainer's own scenario as a link: ?scenario=class1.json loads a scenario file served next to
// index.html (same site), with the same question as a built-in link when the org has work in it; a
// missing file says so. Loading is built in frame-sized parts: the page keeps drawing, shows progress,
// and Cancel leaves the org as it was.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { launch, App, ROOT } from './lib.mjs';

// The page's files with the class's scenario beside them, served by the product's own static server.
const WEB = process.env.PRM_WEB_DIR || path.join(ROOT, 'build', 'web-release', 'web');
const CLASS = {
  format: 'prm-sandbox-scenario', version: 1, name: 'class-kivi', title: 'Class 1: Kivi Oy',
  description: 'A trainer\'s own scenario, served next to the page.',
  org: { base: 'demo', prmEnabled: true },
  generate: { leads: { count: 2500, seed: 11, owners: 'internalUsers' } },
  setup: [{ cmd: 'CreateLead', lastName: 'Kivinen', company: 'Kivi Oy', country: 'Finland' }],
  exercises: [{ id: 'copy', title: 'Take a sandbox copy', instructions: 'Training → Snapshots → Create sandbox copy.',
    checks: [{ type: 'snapshotCount', min: 1 }], solution: [{ cmd: 'CreateSnapshot', name: 'Copy' }] }],
};
let browser, server, base, dir;

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prm-class-'));
  fs.cpSync(WEB, dir, { recursive: true });
  fs.mkdirSync(path.join(dir, 'week1'));
  fs.writeFileSync(path.join(dir, 'week1', 'class1.json'), JSON.stringify(CLASS, null, 2));
  fs.writeFileSync(path.join(dir, 'broken.json'), '{"format": "prm-sandbox-scenario", "version": 1,');
  const port = 20000 + Math.floor(Math.random() * 20000);
  server = spawn(process.execPath, [path.join(ROOT, 'scripts', 'static_server.mjs'), dir, String(port)], { stdio: 'pipe' });
  await new Promise((resolve, reject) => {
    server.stdout.on('data', (d) => { if (/served at/.test(String(d))) resolve(); });
    server.on('exit', (code) => reject(new Error('the static server stopped: ' + code)));
  });
  base = `http://127.0.0.1:${port}/`;
  browser = await launch({ width: 1024, height: 640 });
});
after(async () => {
  await browser?.close();
  server?.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a scenario file next to the page loads from the link', async () => {
  const page = await browser.context.newPage();
  const app = new App(page);
  await app.open(base + '?scenario=week1/class1.json');
  await app.expectText('0 of 1 done', { timeout: 120000 });
  await app.find(/^Training: Class 1: Kivi Oy/);
  await app.expectText('Take a sandbox copy');
  await app.screenshot('scenario-file-01-loaded');
  // A reload of the same link keeps the org (and its work).
  await app.command({ cmd: 'CreateAccount', name: 'Work After The Link Oy' });
  await app.waitSaved();
  await page.reload();
  await app.waitReady();
  await app.frames(10);
  await app.expectNoText("The link opens the training scenario 'Class 1: Kivi Oy'.");
  await app.click('Accounts', { window: /SalesNav/ });
  await app.expectText('Work After The Link Oy');
  assert.deepEqual(app.consoleErrors, []);
  await page.close();
});

test('with work in the org, the file link asks first and names the scenario by its title', async () => {
  const fresh = await launch({ width: 1024, height: 640 });
  try {
    const page = await fresh.context.newPage();
    const app = new App(page);
    await app.open(base);
    await app.command({ cmd: 'CreateAccount', name: 'Kept Work Oy' });
    await app.waitSaved();
    await app.open(base + '?scenario=week1/class1.json');
    await app.expectText("The link opens the training scenario 'Class 1: Kivi Oy'.", { timeout: 20000 });
    await app.screenshot('scenario-file-02-question');
    await app.click('Keep my org');
    await app.click('Accounts', { window: /SalesNav/ });
    await app.expectText('Kept Work Oy');
    assert.deepEqual(app.consoleErrors, []);
    await page.close();
  } finally {
    await fresh.close();
  }
});

test('a missing or broken file says what is wrong and changes nothing', async () => {
  const fresh = await launch({ width: 1024, height: 640 });
  try {
    const page = await fresh.context.newPage();
    const app = new App(page);
    await app.open(base + '?scenario=week1/missing.json');
    await app.expectText(/^week1\/missing\.json: the server answered 404/, { timeout: 20000 });
    await app.open(base + '?scenario=broken.json');
    await app.expectText(/^broken\.json: .*your org was not changed/, { timeout: 20000 });
    await app.open(base + '?scenario=..%2Fsecret.json');
    await app.expectText(/must be a file next to the page/, { timeout: 20000 });
    await app.expectNoText(/^Training: /);
    await page.close();
  } finally {
    await fresh.close();
  }
});

test('the Demo org builds in parts with progress, and Cancel keeps the org', async () => {
  const page = await browser.context.newPage();
  const app = new App(page);
  await app.open(base);
  await app.click(/^Training/);
  await app.click('Scenarios', { window: /Training/ });
  const title = await app.find('Demo org (50,000 leads)', { window: /Training/, timeout: 10000 });
  const load = (await app.widgets()).filter((w) => w.label === 'Load' && w.visible && w.window === title.window && w.y > title.y)
    .sort((a, b) => a.y - b.y)[0];
  await page.mouse.click(load.x + load.w / 2, load.y + load.h / 2);
  await app.click('Load scenario');
  // The page keeps drawing while the org is built: the frame counter moves and the bar shows the leads.
  await app.find('Cancel', { window: /Building the scenario/, timeout: 20000 });
  const f1 = await app.frameNumber();
  await app.frames(3);
  assert.ok(await app.frameNumber() > f1);
  await app.expectText(/^[\d,]+ \/ 50,000 leads$/, { timeout: 120000 });
  await app.screenshot('scenario-file-03-progress');
  await app.click('Cancel', { window: /Building the scenario/ });
  await app.expectText(/^Loading the scenario was cancelled; your org was not changed/, { timeout: 20000 });
  await app.expectNoText('Your current org stays as it is until the new one is complete.');
  await app.frames(5);
  await app.expectNoText(/^Training: Demo org/);
  assert.deepEqual(app.consoleErrors, []);
  await page.close();
});
