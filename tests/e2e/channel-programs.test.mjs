// Sales → Channel Programs in the browser (issue #20): a program with Bronze / Silver / Gold levels made
// by clicks, a partner account added at Bronze with the pickers, then Promote moves it to Silver.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, App } from './lib.mjs';

const BASE = process.env.PRM_BASE_URL || 'http://127.0.0.1:8080/';
let browser;
before(async () => { browser = await launch({ height: 1000 }); });
after(async () => { await browser.close(); });

test('channel program: levels, a member, Promote', async () => {
  const page = await browser.context.newPage();
  const app = new App(page);
  await app.open(BASE);
  await app.command({ cmd: 'EnablePrm' });
  const accountId = (await app.command({ cmd: 'CreateAccount', name: 'Kumppani Oy' })).data.accountId;
  assert.ok((await app.command({ cmd: 'EnableAsPartner', accountId })).ok);

  await app.click('Channel Programs', { window: /SalesNav/ });
  await app.click('New');
  await app.type('Program Name', 'Partner Program');
  await app.click('Save');
  await app.expectText('Channel Program: Partner Program');
  for (const [name, rank] of [['Bronze', '1'], ['Silver', '2'], ['Gold', '3']]) {
    await app.type('Level Name', name, { window: /Page/ });
    await app.type('Rank', rank, { window: /Page/ });
    await app.click('Add Level');
    await app.expectText(`Level ${name} added to Partner Program`);
  }
  await app.expectText('Levels (3)');
  await app.click('Activate');
  await app.click('Partner Account');
  await app.click('Kumppani Oy');
  await app.click('Level');
  await app.click('Bronze');
  await app.click('Add Member');
  await app.expectText('Kumppani Oy joined Partner Program at level Bronze');
  await app.click('Promote');
  await app.expectText('Kumppani Oy promoted to Silver');
  await app.screenshot('channel-programs-01-promoted');
  assert.deepEqual(app.consoleErrors, []);
  await page.close();
});
