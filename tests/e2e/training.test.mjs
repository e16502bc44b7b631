// Training mode: ?scenario=prm-basics builds the scenario's org and opens the Training panel. The first two
// exercises are done by clicking (a sandbox copy, then enabling PRM through Setup) and each Check turns ✗
// into ✓; the diff names what changed; restoring the copy undoes enabling PRM; a reload keeps the org,
// the progress and the copies.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, App } from './lib.mjs';

const BASE = process.env.PRM_BASE_URL || 'http://127.0.0.1:8080/';
const PANEL = /Training/;
const CHECKBOX = 'Enable Partner Relationship Management';
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

async function expand(app, branch, child) {
  if (!(await app.hasItem(child))) await app.click(branch);
  await app.find(child, { kind: 'item' });
}

async function openPartnerSettings(app) {
  await app.click(/^App menu: /);
  await app.click('Setup', { window: /^##Popup/ });
  await expand(app, 'Build', 'Customize');
  await expand(app, 'Customize', 'Partners');
  await expand(app, 'Partners', 'Settings');
  await app.click('Settings');
  await app.expectText('Partner Relationship Management Settings');
}

test('prm-basics from the URL: two exercises by clicking, a diff, and a restore that undoes PRM', async () => {
  const page = await browser.context.newPage();
  const app = new App(page);
  await app.open(BASE + '?scenario=prm-basics');
  await app.expectText('PRM basics', { timeout: 20000 });
  await app.expectText('0 of 9 done');
  await app.expectText('Take a sandbox copy first');
  await app.screenshot('training-01-panel');

  // Exercise 1: Check before doing it says what is missing.
  await app.click('Check', { window: PANEL });
  await app.expectText(/^✗ A sandbox copy \(snapshot\) exists/);
  await app.expectText(/there is no sandbox copy yet/);
  await app.screenshot('training-02-not-yet');

  await app.click('Snapshots', { window: PANEL });
  await app.click('Create sandbox copy', { window: PANEL });
  await app.expectText('Sandbox copy 1');
  await app.screenshot('training-03-copy');
  await app.click('Exercises', { window: PANEL });
  await app.click('Check', { window: PANEL });
  await app.expectText(/^✓ A sandbox copy \(snapshot\) exists/);
  await app.expectText('1 of 9 done');
  await app.screenshot('training-03b-done');

  // Exercise 2: enable PRM the document's way.
  await app.click('Next step', { window: PANEL });
  await app.expectText('Step 2 of 9');
  await openPartnerSettings(app);
  await app.click('Edit');
  await app.click(CHECKBOX);
  await app.click('Save');
  await app.click('Enable', { window: /Enable PRM/ });
  await app.expectText('External User Access Conversion');
  await app.click('Cancel', { window: /Page/ });
  await app.click('Check', { window: PANEL });
  await app.expectText(/^✓ Partner Relationship Management is enabled/);
  await app.expectText('2 of 9 done');
  await app.screenshot('training-04-prm-done');

  // What changed since the copy.
  await app.click('Snapshots', { window: PANEL });
  await app.click('Compare with now', { window: PANEL });
  await app.expectText('Settings changed');
  await app.expectText('Partner Relationship Management: Off \u2192 On');
  await app.screenshot('training-05-diff');

  // Restore the copy: PRM is off again.
  await app.click('Restore', { window: PANEL });
  await app.expectText(/Replace the org with 'Sandbox copy 1'/);
  await app.click('Restore copy');
  await app.expectText(/Restored the sandbox copy 'Sandbox copy 1'/);
  await app.screenshot('training-06-restored');
  await openPartnerSettings(app);
  let box = await app.find(CHECKBOX, { kind: 'item' });
  assert.equal(box.checked, false, 'restoring the copy undid enabling PRM');
  await app.find('Edit');
  await app.screenshot('training-07-prm-off');

  // The copy carries the progress of its time (step 1 checked ✗ then); checking again passes, the copy exists.
  await app.click('Exercises', { window: PANEL });
  await app.expectText('0 of 9 done');
  await app.click('Check', { window: PANEL });
  await app.expectText('1 of 9 done');

  // A reload with ?scenario=prm-basics keeps this org, its progress and the copies.
  await app.waitSaved();
  await page.reload();
  await app.waitReady();
  await app.expectText('PRM basics');
  await app.expectText('1 of 9 done');
  await app.click('Snapshots', { window: PANEL });
  await app.expectText('Sandbox copy 1');
  await openPartnerSettings(app);
  box = await app.find(CHECKBOX, { kind: 'item' });
  assert.equal(box.checked, false, 'the reload did not reset or change the org');
  await app.screenshot('training-08-after-reload');
  assert.deepEqual(app.consoleErrors, []);
  await page.close();
});

test('a scenario file that is not valid is refused with its JSON path and the org stays', async () => {
  const page = await browser.context.newPage();
  const app = new App(page);
  await app.open(BASE);
  await app.click(/^Training/, { window: 'Header' });
  await app.click('Scenarios', { window: PANEL });
  await app.click('Your own scenario file', { window: PANEL });
  const bad = JSON.stringify({ format: 'prm-sandbox-scenario', version: 1, name: 'bad', title: 'Bad',
    exercises: [{ id: 'x', title: 'X', instructions: 'Y', checks: [{ type: 'leadCount', where: [{ field: 'Colour', op: 'equals', value: 'red' }] }] }] });
  await app.type('Scenario JSON', bad, { window: PANEL });
  await app.click('Load the pasted scenario', { window: PANEL });
  await app.click('Load scenario');
  await app.expectText(/^\$\.exercises\[0\]\.checks\[0\]\.where\[0\]\.field: the lead has no field 'Colour'/);
  await app.expectText(/the current org was not changed/);
  await app.screenshot('training-09-bad-file');
  assert.deepEqual(app.consoleErrors, []);
  await page.close();
});
