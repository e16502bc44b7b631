// Seed §1.1: Setup → Build → Customize → Partners → Settings → Edit → tick → Save → confirm →
// External User Access Conversion → Continue → steps 1–3 → Done. Then the checkbox is on and locked,
// with the reason, and it stays so after a reload (IndexedDB).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, App } from './lib.mjs';

const BASE = process.env.PRM_BASE_URL || 'http://127.0.0.1:8080/';
const CHECKBOX = 'Enable Partner Relationship Management';
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

// Opens a setup tree branch unless `child` already shows (the tree keeps branches open).
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

test('enabling PRM runs the External User Access Conversion wizard and cannot be undone', async () => {
  const page = await browser.context.newPage();
  const app = new App(page);
  await app.open(BASE);
  await app.screenshot('prm-enable-01-home');

  await openPartnerSettings(app);
  let box = await app.find(CHECKBOX, { kind: 'item' });
  assert.equal(box.checked, false, 'PRM starts off');
  assert.equal(box.enabled, false, 'the checkbox is read-only until Edit');
  await app.screenshot('prm-enable-02-settings');

  await app.click('Edit');
  await app.click(CHECKBOX);
  await app.expectText(/cannot be undone/);
  await app.screenshot('prm-enable-03-ticked');
  await app.click('Save');
  await app.expectText('Enabling Partner Relationship Management cannot be undone.');
  await app.screenshot('prm-enable-04-confirm');
  await app.click('Enable', { window: /Enable PRM/ });

  // The wizard's intro page.
  await app.expectText('External User Access Conversion');
  await app.find('Continue');
  await app.find('Cancel');
  await app.screenshot('prm-enable-05-wizard-intro');
  await app.click('Continue');
  await app.expectText('Step 1 of 3: Sharing rules');
  // The demo org shares with "Roles, Internal and Portal Subordinates": each rule is listed with a checkbox
  // and what it exposes. Tick the first one; an org without such rules says so instead.
  let converted = null;
  if (await app.hasText('No sharing rules in this org would expose records to partners.')) {
    await app.find('Previous');
  } else {
    const first = (await app.widgets()).find((w) => w.visible && w.checkable && w.window.includes('Page'));
    assert.ok(first, 'step 1 lists the rules with a checkbox each');
    assert.equal(first.checked, false);
    await app.click(first.label);
    assert.equal((await app.find(first.label, { kind: 'item' })).checked, true, 'the rule is ticked');
    converted = first.label;
    await app.expectText(/partner/);
  }
  await app.screenshot('prm-enable-06-step1');
  await app.click('Next');
  await app.expectText('Step 2 of 3: Folders');
  await app.screenshot('prm-enable-07-step2');
  await app.click('Next');
  await app.expectText('Step 3 of 3: Public group members');
  await app.find('Cancel');
  await app.screenshot('prm-enable-08-step3');
  await app.click('Done');

  // Back on the settings page: on, locked, with the reason.
  await app.expectText('Partner Relationship Management Settings');
  box = await app.find(CHECKBOX, { kind: 'item' });
  assert.equal(box.checked, true, 'PRM is on');
  assert.equal(box.enabled, false, 'the checkbox is locked');
  await app.expectText(/^Locked: Partner Relationship Management cannot be turned off/);
  await app.expectNoText('Edit');
  await app.screenshot('prm-enable-09-locked');

  // The Setup Audit Trail has the change.
  await expand(app, 'Security Controls', 'View Setup Audit Trail');
  await app.click('View Setup Audit Trail');
  await app.expectText('Enabled Partner Relationship Management');
  await app.expectText('Completed the External User Access Conversion wizard');
  if (converted) await app.expectText(`Converted sharing rule ${converted}`);
  await app.screenshot('prm-enable-10-audit');

  // Still on after a reload: the org lives in IndexedDB.
  await app.waitSaved();
  await page.reload();
  await app.waitReady();
  await openPartnerSettings(app);
  box = await app.find(CHECKBOX, { kind: 'item' });
  assert.equal(box.checked, true, 'PRM is still on after a reload');
  assert.equal(box.enabled, false, 'and still locked');
  await app.screenshot('prm-enable-11-after-reload');
  assert.deepEqual(app.consoleErrors, []);
  await page.close();
});
