// Home is a start page: "Start here" lists the document's section 1 procedures in order, each a link to its
// first screen and ticked when done in this org; the training scenarios and where the Outbox and the sandbox
// copies are. At 1024×640 with the Training panel open the page still fits beside the panel.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, App } from './lib.mjs';

const BASE = process.env.PRM_BASE_URL || 'http://127.0.0.1:8080/';
const STEPS = [
  'Take a sandbox copy',
  'Enable PRM',
  'Run the External User Access Conversion wizard',
  'Create a partner account (Enable As Partner)',
  'Create a partner user (Enable Partner User)',
  'Set up the partner community',
  'Give a lead to a partner',
  'The partner logs in and sees the lead',
];
const step = (n, done) => `${done ? '\u2713' : '\u2022'} ${n}. ${STEPS[n - 1]}`;

async function goHome(app) {
  await app.click(/^App menu: /);
  await app.click('Sales', { window: /^##Popup/ });
  await app.expectText('Start here');
}

test('Home lists Start here in order; enabling PRM ticks its step; a step link opens its screen', async () => {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    const app = new App(page);
    await app.open(BASE);
    await app.expectText('Start here');
    let lastY = -1;
    for (let n = 1; n <= STEPS.length; ++n) {
      const w = await app.find(new RegExp(`^[\u2713\u2022] ${n}\\. `), { kind: 'item' });
      assert.equal(w.label.slice(2), `${n}. ${STEPS[n - 1]}`, `step ${n} is in its place`);
      assert.ok(w.y > lastY, `step ${n} is below step ${n - 1}`);
      lastY = w.y;
    }
    await app.find(step(2, false), { kind: 'item' });
    await app.expectText('Training scenarios');
    await app.expectText('Demo org (50,000 leads)');
    await app.screenshot('home-01-start-here');

    // The step's link opens Setup → Partners → Settings; enable PRM there, cancel the wizard.
    await app.click(step(2, false));
    await app.expectText('Partner Relationship Management Settings');
    await app.click('Edit');
    await app.click('Enable Partner Relationship Management');
    await app.click('Save');
    await app.click('Enable', { window: /Enable PRM/ });
    await app.expectText('External User Access Conversion');
    await app.click('Cancel');

    await goHome(app);
    await app.find(step(2, true), { kind: 'item' });
    await app.find(step(3, true), { kind: 'item' });
    await app.find(step(4, false), { kind: 'item' });
    await app.screenshot('home-02-prm-ticked');

    // Another step's link: the accounts list, where Enable As Partner starts.
    await app.click(step(4, false));
    await app.expectText('Accounts');
    await app.expectNoText('Start here');
    assert.deepEqual(app.consoleErrors, []);
    await page.close();
  } finally {
    await browser.close();
  }
});

test('at 1024×640 with the Training panel open, Home fits beside the panel and Load asks first', async () => {
  const browser = await launch({ width: 1024, height: 640 });
  try {
    const page = await browser.context.newPage();
    const app = new App(page);
    await app.open(BASE);
    await app.expectText('Start here');
    await app.click(/^Training/, { window: 'Header' });
    await app.find('Snapshots');
    const first = await app.find(step(1, false), { kind: 'item' });
    const panel = await app.find('Snapshots', { kind: 'item' });
    assert.ok(first.x + first.w <= panel.x, `the step link (right edge ${first.x + first.w}) stays left of the panel (${panel.x})`);
    await app.screenshot('home-03-1024x640-training');
    // A scenario's Load link (scroll the page down to it) asks the usual question in the Training panel.
    await page.mouse.move(first.x + 20, first.y);
    await page.mouse.wheel(0, 2000);
    await app.frames(3);
    await app.expectText(/^Outbox: every e-mail/);
    await app.find('Open Training → Snapshots', { kind: 'item' });
    await app.screenshot('home-04-1024x640-scrolled');
    await app.click('Load', { window: /Page/ });
    await app.expectText(/^Load '.+'\?$/);
    await app.screenshot('home-05-load-asks');
    assert.deepEqual(app.consoleErrors, []);
    await page.close();
  } finally {
    await browser.close();
  }
});
