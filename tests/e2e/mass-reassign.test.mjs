// Seed §1.4, last line: leads reassigned many at once. 1,000 generated leads, "Select all matching",
// "Change Owner" to a queue: a progress bar while the chunks run, all 1,000 in the queue, and a reload
// keeps them there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, App } from './lib.mjs';

const BASE = process.env.PRM_BASE_URL || 'http://127.0.0.1:8080/';
// Counts as the English UI writes them: 1,000.
const num = (n) => n.toLocaleString('en-US');
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('1,000 leads move to a queue in chunks and stay there after a reload', async () => {
  const page = await browser.context.newPage();
  const app = new App(page);
  await app.open(BASE);
  // The demo org has leads of its own: the 1,000 are generated into a staging queue, so the list's owner
  // filter shows exactly them.
  const staging = (await app.command({ cmd: 'CreateQueue', name: 'Web Import Staging' })).data.queueId;
  await app.command({ cmd: 'CreateQueue', name: 'Mass Import Queue', email: 'import@pohjolatech.example' });
  const gen = (await app.command({ cmd: 'GenerateLeads', count: 1000, seed: 99, ownerQueueIds: [staging] })).data;
  assert.equal(gen.count, 1000);
  await app.waitSaved();
  await page.reload();
  await app.waitReady();

  await app.click('Leads', { window: /SalesNav/ });
  const all = Number((await app.readText(/^[\d,]+ leads$/)).split(' ')[0].replace(/,/g, ''));
  assert.ok(all > 1000, 'the demo leads and the generated ones');
  await app.click('Owner filter');
  await app.click('Queue: Web Import Staging', { window: /^##Combo/ });
  await app.expectText('1,000 leads');
  const total = 1000;
  await app.screenshot('mass-reassign-01-list');

  await app.click(`Select all matching (${num(total)})`);
  await app.expectText(`${num(total)} selected`);
  await app.click('Change Owner');
  await app.expectText(`Change the owner of ${num(total)} selected leads`);
  await app.click('Owner');
  await app.click('Queue', { window: /^##Combo/ });
  await app.click('Mass Import Queue');
  await app.screenshot('mass-reassign-02-picker');
  await app.click('Save');
  // The progress bar and its line stay after the job ends, with the count.
  await app.expectText(new RegExp(`^Done: ${num(total)} of ${num(total)} leads now owned by Mass Import Queue$`), { timeout: 60000 });
  await app.screenshot('mass-reassign-03-done');
  await app.click('Close');

  // The staging queue is empty; the list filtered by the new queue counts them all.
  await app.expectText(/No lead matches/);
  await app.click('Owner filter');
  await app.click('Queue: Mass Import Queue', { window: /^##Combo/ });
  await app.expectText(`${num(total)} leads`);
  await app.screenshot('mass-reassign-04-filtered');

  // A reload (after the save) keeps it.
  await app.waitSaved();
  await page.reload();
  await app.waitReady();
  await app.click('Leads', { window: /SalesNav/ });
  await app.click('Owner filter');
  await app.click('Queue: Mass Import Queue', { window: /^##Combo/ });
  await app.expectText(`${num(total)} leads`);
  await app.screenshot('mass-reassign-05-after-reload');
  assert.deepEqual(app.consoleErrors, []);
  await page.close();
});
