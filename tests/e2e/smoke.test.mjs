// The page loads, draws through WebGL2 without console errors, and a click on a real widget changes the screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, App } from './lib.mjs';

const BASE = process.env.PRM_BASE_URL || 'http://127.0.0.1:8080/';
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('the sandbox loads and renders its first frame through WebGL2', async () => {
  const page = await browser.context.newPage();
  const app = new App(page);
  await app.open(BASE);
  const gl = await page.evaluate(() => !!document.getElementById('canvas').getContext('webgl2'));
  assert.equal(gl, true, 'the canvas has a WebGL2 context');
  const loaderHidden = await page.evaluate(() => document.getElementById('loader').hidden);
  assert.equal(loaderHidden, true, 'the loading bar is gone after the first frame');
  // The canvas shows something other than the clear colour (text and header were drawn).
  const shot = await page.screenshot();
  assert.ok(shot.length > 5000, 'screenshot has content');
  await app.expectText('PRM Sandbox');
  await app.screenshot('smoke-01-home');
  assert.deepEqual(app.consoleErrors, []);
  await page.close();
});

test('choosing Setup in the app menu shows the setup tree', async () => {
  const page = await browser.context.newPage();
  const app = new App(page);
  await app.open(BASE);
  await app.expectNoText('Quick Find');
  await app.click(/^App menu: Sales/);
  await app.screenshot('smoke-02-menu-open');
  await app.click('Setup', { window: /^##Popup/ });
  await app.expectText('Setup');
  await app.find('Build');
  await app.screenshot('smoke-03-setup');
  assert.deepEqual(app.consoleErrors, []);
  await page.close();
});
