// Issue #12, Keyboard: Enter presses a form's default button (New Account, New Community), Tab moves to the
// next field, Escape closes a dialog as Cancel (the community Deactivate confirmation), the wizard has Cancel
// on step 1, and "?" opens the Keyboard help. Keys go through page.keyboard, as a user's do.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { launch, App } from './lib.mjs';

const BASE = process.env.PRM_BASE_URL || 'http://127.0.0.1:8080/';
// Each test gets its own browser profile, so each starts from a fresh demo org (PRM off).
let browser;
beforeEach(async () => { browser = await launch(); });
afterEach(async () => { await browser.close(); });

// Clicks into a text field and types, leaving the field active (no Tab, unlike App.type).
async function typeInto(app, label, text) {
  const w = await app.find(label, { kind: 'item' });
  await app.page.mouse.click(w.x + Math.min(w.w / 2, 60), w.y + w.h / 2);
  await app.frames(2);
  await app.page.keyboard.type(text, { delay: 5 });
  await app.frames(2);
}

async function expand(app, branch, child) {
  if (!(await app.hasItem(child))) await app.click(branch);
  await app.find(child, { kind: 'item' });
}

test('Enter saves New Account; "?" opens the Keyboard help and Escape closes it', async () => {
  const page = await browser.context.newPage();
  const app = new App(page);
  await app.open(BASE);
  await app.click('Accounts', { window: /SalesNav/ });
  await app.click('New');
  await app.expectText('New Account');
  await typeInto(app, 'Account Name', 'Keyboard Oy');
  await page.keyboard.press('Enter');
  await app.expectText('Account: Keyboard Oy');
  await app.screenshot('keyboard-01-account-saved-by-enter');

  // "?" when no text field is being edited.
  await app.expectNoText('Tab / Shift+Tab');
  await page.keyboard.press('Shift+Slash');
  await app.expectText('Tab / Shift+Tab');
  await app.expectText('Presses the highlighted button of the form or dialog (Save, Log In, Next...).');
  await app.screenshot('keyboard-02-help');
  await page.keyboard.press('Escape');
  await app.frames(3);
  await app.expectNoText('Tab / Shift+Tab');
  // The header's "?" button opens it too.
  await app.click('?', { window: 'Header' });
  await app.expectText('Tab / Shift+Tab');
  await page.keyboard.press('Enter');
  await app.frames(3);
  await app.expectNoText('Tab / Shift+Tab');
  assert.deepEqual(app.consoleErrors, []);
  await page.close();
});

test('New Community by Tab and Enter; Deactivate asks first, Escape cancels, Deactivate deactivates', async () => {
  const page = await browser.context.newPage();
  const app = new App(page);
  await app.open(BASE);
  await app.command({ cmd: 'EnablePrm' });
  await app.command({ cmd: 'CancelExternalAccessWizard' });
  await app.click(/^App menu: /);
  await app.click('Setup', { window: /^##Popup/ });
  await expand(app, 'Digital Experiences', 'All Communities');
  await app.click('All Communities');
  await app.click('New');
  await typeInto(app, 'Name', 'Keyboard Partners');
  await page.keyboard.press('Tab');  // to the URL field, the next one down
  await app.frames(2);
  await page.keyboard.type('keys', { delay: 5 });
  await page.keyboard.press('Enter');
  await app.expectText('Community: Keyboard Partners');
  await app.expectText('/keys');

  await app.click('Publish');
  await app.find('Deactivate', { kind: 'item' });
  await app.expectText('Published: members can log in.');
  await app.click('Deactivate');  // where Publish was: it only asks
  await app.expectText('Partner users cannot log in to the community while it is inactive. Its members and records are kept;');
  await app.screenshot('keyboard-03-deactivate-confirm');
  await page.keyboard.press('Escape');
  await app.frames(3);
  await app.expectNoText('Activate brings it back.');
  await app.expectText('Published: members can log in.');

  await app.click('Deactivate');
  await app.click('Deactivate', { window: /Deactivate the community/ });
  await app.expectText('Not published: partner users cannot log in here yet.');
  await app.find('Activate', { kind: 'item' });
  assert.deepEqual(app.consoleErrors, []);
  await page.close();
});

test('the wizard has Cancel on step 1: it leaves the wizard and converts nothing', async () => {
  const page = await browser.context.newPage();
  const app = new App(page);
  await app.open(BASE);
  await app.command({ cmd: 'EnablePrm' });  // the wizard is open now
  await app.click(/^App menu: /);
  await app.click('Setup', { window: /^##Popup/ });
  await expand(app, 'Security Controls', 'Sharing Settings');
  await app.click('Sharing Settings');
  await app.click('Open External User Access Conversion');
  await app.expectText('External User Access Conversion');
  await page.keyboard.press('Enter');  // Continue is the default button
  await app.expectText('Step 1 of 3: Sharing rules');
  await app.find('Next', { kind: 'item' });
  await app.screenshot('keyboard-04-wizard-step1-cancel');
  await app.click('Cancel');
  await app.expectText('Partner Relationship Management Settings');
  // Cancelled: the wizard is closed as cancelled and offers to run again.
  await app.click(/^App menu: /);
  await app.click('Setup', { window: /^##Popup/ });
  await expand(app, 'Security Controls', 'Sharing Settings');
  await app.click('Sharing Settings');
  await app.expectText(/^Last run: cancelled\./);
  await app.find('Run External User Access Conversion again', { kind: 'item' });
  assert.deepEqual(app.consoleErrors, []);
  await page.close();
});
