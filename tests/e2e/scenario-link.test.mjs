// A ?scenario= link asks before it replaces an org that has work in it: "Keep my org" keeps the change,
// "Take a sandbox copy and load" loads the scenario and lists the copy; an org without work loads at once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, App } from './lib.mjs';

const BASE = process.env.PRM_BASE_URL || 'http://127.0.0.1:8080/';
const PANEL = /Training/;
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('with work in the org, the link asks; "Keep my org" keeps the change', async () => {
  const page = await browser.context.newPage();
  const app = new App(page);
  await app.open(BASE);
  await app.command({ cmd: 'CreateAccount', name: 'Kept Work Oy' });
  await app.waitSaved();

  await app.open(BASE + '?scenario=prm-basics');
  await app.expectText("The link opens the training scenario 'PRM basics'.", { timeout: 20000 });
  await app.expectText('Your org has changes since it was created or loaded.');
  await app.find('Take a sandbox copy and load');
  await app.screenshot('scenario-link-01-question');
  await app.click('Keep my org');
  await app.expectText(/^Your org was kept; the scenario was not loaded/);
  await app.expectNoText('0 of 9 done');
  await app.click('Accounts', { window: /SalesNav/ });
  await app.expectText('Kept Work Oy');

  // A reload of the same link does not ask again.
  await app.waitSaved();
  await page.reload();
  await app.waitReady();
  await app.frames(5);
  await app.expectNoText("The link opens the training scenario 'PRM basics'.");
  assert.deepEqual(app.consoleErrors, []);
  await page.close();
});

test('"Take a sandbox copy and load" loads the scenario and lists the copy', async () => {
  const page = await browser.context.newPage();
  const app = new App(page);
  await app.open(BASE + '?scenario=lead-routing');
  await app.expectText("The link opens the training scenario 'Lead routing'.", { timeout: 20000 });
  // The copy and the load run in one long frame (over 10 s with the CPU throttled 4x), longer than
  // App.click waits for frames: press the button and wait for the loaded scenario instead.
  const load = await app.find('Take a sandbox copy and load', { kind: 'item' });
  await page.mouse.click(load.x + Math.min(load.w / 2, 40), load.y + load.h / 2);
  await app.expectText(/ of \d+ done$/, { timeout: 120000 });
  await app.click('Snapshots', { window: PANEL });
  await app.expectText('Before loading Lead routing');
  // The load itself can be undone: the org before it is kept.
  await app.expectText(/^Before: Load scenario '/);
  await app.screenshot('scenario-link-02-copy-listed');
  assert.deepEqual(app.consoleErrors, []);
  await page.close();
});

test('an org without work loads the scenario from the link at once', async () => {
  const fresh = await launch();
  try {
    const page = await fresh.context.newPage();
    const app = new App(page);
    await app.open(BASE + '?scenario=prm-basics');
    await app.expectText('0 of 9 done', { timeout: 20000 });
    await app.expectNoText("The link opens the training scenario 'PRM basics'.");
    assert.deepEqual(app.consoleErrors, []);
    await page.close();
  } finally {
    await fresh.close();
  }
});
