// "Compare with now" speaks in field labels and record names: after a sandbox copy, a lead's owner changed
// and PRM enabled, the diff says "Lead Owner: Mikko Nieminen → Emma Wilson" and "Partner Relationship
// Management: Off → On", never a column name or an id ("owner user id: 3 → 2").
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, App } from './lib.mjs';

const BASE = process.env.PRM_BASE_URL || 'http://127.0.0.1:8080/';
const PANEL = /Training/;
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('Compare with now shows field labels, names and Off/On', async () => {
  const page = await browser.context.newPage();
  const app = new App(page);
  await app.open(BASE + '?scenario=prm-basics');
  await app.expectText('PRM basics', { timeout: 20000 });
  await app.click('Snapshots', { window: PANEL });
  await app.click('Create sandbox copy', { window: PANEL });
  await app.expectText('Sandbox copy 1');

  // Set-up (other tests click these): lead L-00001 (Mikko Nieminen's) to Emma Wilson, and PRM on.
  await app.command({ cmd: 'ChangeLeadOwner', leadId: 1, ownerType: 'User', ownerId: 2 });
  await app.command({ cmd: 'EnablePrm' });

  await app.click('Compare with now', { window: PANEL });
  await app.expectText('Settings changed');
  await app.expectText('Partner Relationship Management: Off \u2192 On');
  await app.click('Leads', { window: /snapshot-diff/ });
  await app.expectText('Lead Owner: Mikko Nieminen \u2192 Emma Wilson');
  await app.screenshot('labelled-diff-01');
  const words = (await app.widgets()).filter((it) => it.visible).map((it) => it.label);
  assert.ok(!words.some((w) => /user id|queue id|prm enabled/.test(w)), `column names on screen: ${words.join(' | ')}`);
  assert.deepEqual(app.consoleErrors, []);
  await page.close();
});
