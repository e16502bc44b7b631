// Lead list views: "Create New View" with Country equals Finland shows only Finnish leads; the view is the
// creator's own: another user's View list does not offer it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, App } from './lib.mjs';

const BASE = process.env.PRM_BASE_URL || 'http://127.0.0.1:8080/';
const MIKKO = 3;  // Mikko Nieminen, Channel Sales Manager in the demo org (src/app/training/seed_data.h)

async function openLeads(app) {
  await app.click('Leads', { window: /SalesNav/ });
  await app.expectText('View:');
}

async function matching(app) {
  const label = await app.readText(/^Select all matching \([\d,]+\)$/);
  return Number(label.match(/\(([\d,]+)\)/)[1].replace(/,/g, ''));
}

test('a view "Finland" with Country equals Finland lists only Finnish leads; another user does not see it', async () => {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    const app = new App(page);
    await app.open(BASE);
    for (const [last, country] of [['Fi1', 'Finland'], ['Se1', 'Sweden'], ['Fi2', 'finland'], ['Ee1', 'Estonia']])
      await app.command({ cmd: 'CreateLead', lastName: `Zzview ${last}`, company: `Zzview ${last} Oy`, country });
    await openLeads(app);
    await app.type('Search leads', 'Zzview');
    await page.keyboard.press('Enter');
    await app.frames(3);
    assert.equal(await matching(app), 4, 'all four test leads before the view');

    await app.click('Create New View');
    await app.type('View Name', 'Finland');
    assert.equal((await app.find('Field 1', { kind: 'item' })) !== null, true);
    await app.click('Operator 1');
    await app.click('equals', { window: /^##Combo/ });
    await app.type('Value 1', 'Finland');
    await app.screenshot('list-views-01-form');
    await app.click('Save');
    await app.expectText(/^Filters: 1\. Country equals "Finland"/);
    assert.equal(await matching(app), 2, 'only the two Finnish leads (case ignored) are in the view');
    await app.expectText('Zzview Fi1');
    await app.expectText('Zzview Fi2');
    await app.expectNoText('Zzview Se1');
    await app.expectNoText('Zzview Ee1');
    await app.screenshot('list-views-02-finland');

    // Back to All Leads: the others show again.
    await app.click('View');
    await app.click('All Leads', { window: /^##Combo/ });
    await app.frames(2);
    assert.equal(await matching(app), 4);

    // Another user: the View list has only the built-in views.
    await app.command({ cmd: 'LoginAs', userId: MIKKO });
    await app.command({ cmd: 'ChangePassword', newPassword: 'Kanava2024pw' });
    await app.frames(3);
    await app.click(/^App menu: /);
    await app.click('Sales', { window: /^##Popup/ });
    await openLeads(app);
    await app.click('View');
    await app.find('My Leads', { window: /^##Combo/ });
    const offered = (await app.widgets()).filter((w) => w.visible && /^##Combo/.test(w.window)).map((w) => w.label);
    assert.ok(!offered.includes('Finland'), `Mikko's View list: ${offered.join(', ')}`);
    await app.screenshot('list-views-03-other-user');
    assert.deepEqual(app.consoleErrors, []);
    await page.close();
  } finally {
    await browser.close();
  }
});
