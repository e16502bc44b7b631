// Seed §1.1: Setup → Build → Customize → Partners → Settings → Edit → tick → Save → confirm →
// External User Access Conversion → Continue → steps 1–3 → Done. Then the checkbox is on and locked,
// with the reason, and it stays so after a reload (IndexedDB). Runs once in each UI language, finding
// every widget by its label in that language (tests/e2e/i18n.mjs reads them from assets/i18n/fi.po).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, App } from './lib.mjs';
import { LANGUAGES, translator, escapeRe } from './i18n.mjs';

const BASE = process.env.PRM_BASE_URL || 'http://127.0.0.1:8080/';

// The app menu button ("App menu: Sales  ▼") in either language.
const APP_MENU = /: .*  \u25BC$/;

// Opens a setup tree branch unless `child` already shows (the tree keeps branches open).
async function expand(app, branch, child) {
  if (!(await app.hasItem(child))) await app.click(branch);
  await app.find(child, { kind: 'item' });
}

async function openPartnerSettings(app, T) {
  await app.click(APP_MENU);
  await app.click(T.t('Setup'), { window: /^##Popup/ });
  await expand(app, T.t('Build'), T.t('Customize'));
  await expand(app, T.t('Customize'), T.t('Partners'));
  await expand(app, T.t('Partners'), T.t('Settings'));
  await app.click(T.t('Settings'));
  await app.expectText(T.t('Partner Relationship Management Settings'));
}

// A line the app wrote (the audit trail): shown in the UI language when the catalogue has it.
function either(T, english) {
  return new RegExp(`^(${escapeRe(T.t(english))}|${escapeRe(english)})`);
}

for (const lang of LANGUAGES) {
const T = translator(lang);
const CHECKBOX = T.t('Enable Partner Relationship Management');
const shot = (name) => (lang === 'en' ? name : `${lang}-${name}`);

test(`enabling PRM runs the External User Access Conversion wizard and cannot be undone (${lang})`, async (t) => {
  // A browser of its own: each language starts from a new org.
  const browser = await launch();
  t.after(() => browser.close());
  const page = await browser.context.newPage();
  const app = new App(page);
  await app.open(`${BASE}?lang=${lang}`);
  await app.screenshot(shot('prm-enable-01-home'));

  await openPartnerSettings(app, T);
  let box = await app.find(CHECKBOX, { kind: 'item' });
  assert.equal(box.checked, false, 'PRM starts off');
  assert.equal(box.enabled, false, 'the checkbox is read-only until Edit');
  await app.screenshot(shot('prm-enable-02-settings'));

  await app.click(T.t('Edit'));
  await app.click(CHECKBOX);
  await app.expectText(T.re('This cannot be undone. Try it in a sandbox copy first', { exact: false }));
  await app.screenshot(shot('prm-enable-03-ticked'));
  await app.click(T.t('Save'));
  await app.expectText(T.t('Enabling Partner Relationship Management cannot be undone.'));
  await app.screenshot(shot('prm-enable-04-confirm'));
  await app.click(T.t('Enable'), { window: new RegExp(escapeRe(T.t('Enable PRM?'))) });

  // The wizard's intro page.
  await app.expectText(T.t('External User Access Conversion'));
  await app.find(T.t('Continue'));
  await app.find(T.t('Cancel'));
  await app.screenshot(shot('prm-enable-05-wizard-intro'));
  await app.click(T.t('Continue'));
  await app.expectText(T.t('Step 1 of 3: Sharing rules'));
  // The demo org shares with "Roles, Internal and Portal Subordinates": each rule is listed with a checkbox
  // and what it exposes. Tick the first one; an org without such rules says so instead.
  let converted = null;
  if (await app.hasText(T.t('No sharing rules in this org would expose records to partners.'))) {
    await app.find(T.t('Previous'));
  } else {
    const first = (await app.widgets()).find((w) => w.visible && w.checkable && w.window.includes('Page'));
    assert.ok(first, 'step 1 lists the rules with a checkbox each');
    assert.equal(first.checked, false);
    await app.click(first.label);
    assert.equal((await app.find(first.label, { kind: 'item' })).checked, true, 'the rule is ticked');
    converted = first.label;
  }
  await app.screenshot(shot('prm-enable-06-step1'));
  await app.click(T.t('Next'));
  await app.expectText(T.t('Step 2 of 3: Folders'));
  await app.screenshot(shot('prm-enable-07-step2'));
  await app.click(T.t('Next'));
  await app.expectText(T.t('Step 3 of 3: Public group members'));
  await app.find(T.t('Cancel'));
  await app.screenshot(shot('prm-enable-08-step3'));
  await app.click(T.t('Done'));

  // Back on the settings page: on, locked, with the reason.
  await app.expectText(T.t('Partner Relationship Management Settings'));
  box = await app.find(CHECKBOX, { kind: 'item' });
  assert.equal(box.checked, true, 'PRM is on');
  assert.equal(box.enabled, false, 'the checkbox is locked');
  await app.expectText(T.t('Locked: Partner Relationship Management cannot be turned off once it is enabled.'));
  await app.expectNoText(T.t('Edit'));
  await app.screenshot(shot('prm-enable-09-locked'));

  // The Setup Audit Trail has the change.
  await expand(app, T.t('Security Controls'), T.t('View Setup Audit Trail'));
  await app.click(T.t('View Setup Audit Trail'));
  await app.expectText(either(T, 'Enabled Partner Relationship Management'));
  await app.expectText(either(T, 'Completed the External User Access Conversion wizard'));
  if (converted) await app.expectText(new RegExp(`${either(T, 'Converted sharing rule').source.slice(1)} ${escapeRe(converted)}`));
  await app.screenshot(shot('prm-enable-10-audit'));

  // Still on after a reload: the org lives in IndexedDB.
  await app.waitSaved();
  await page.reload();
  await app.waitReady();
  await openPartnerSettings(app, T);
  box = await app.find(CHECKBOX, { kind: 'item' });
  assert.equal(box.checked, true, 'PRM is still on after a reload');
  assert.equal(box.enabled, false, 'and still locked');
  await app.screenshot(shot('prm-enable-11-after-reload'));
  assert.deepEqual(app.consoleErrors, []);
  await page.close();
});
}
