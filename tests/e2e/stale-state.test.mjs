// State that goes stale: after a mass owner change ("Done: … leads now owned by …", every row ticked),
// restoring a sandbox copy drops the message and the ticks; after a logout, a refused login shows only
// its red refusal, no green message of the earlier session.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, App } from './lib.mjs';

const BASE = process.env.PRM_BASE_URL || 'http://127.0.0.1:8080/';
// Counts as the English UI writes them: 1,000.
const num = (n) => n.toLocaleString('en-US');
const PANEL = /Training/;
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('Restore drops the mass change message and the selection; a refused login shows only red', async () => {
  const page = await browser.context.newPage();
  const app = new App(page);
  await app.open(BASE);
  await app.command({ cmd: 'CreateQueue', name: 'Stale Check Queue' });
  await app.waitSaved();
  await page.reload();
  await app.waitReady();

  await app.click(/^Training/, { window: 'Header' });
  await app.click('Snapshots', { window: PANEL });
  await app.click('Create sandbox copy', { window: PANEL });
  await app.expectText('Sandbox copy 1');
  await app.click('Close', { window: PANEL });

  await app.click('Leads', { window: /SalesNav/ });
  const all = Number((await app.readText(/^[\d,]+ leads$/)).split(' ')[0].replace(/,/g, ''));
  await app.click(`Select all matching (${num(all)})`);
  await app.expectText(`${num(all)} selected`);
  await app.click('Change Owner');
  await app.click('Owner');
  await app.click('Queue', { window: /^##Combo/ });
  await app.click('Stale Check Queue');
  await app.click('Save');
  await app.expectText(new RegExp(`^Done: ${num(all)} of ${num(all)} leads now owned by Stale Check Queue$`), { timeout: 60000 });
  await app.screenshot('stale-state-01-done');

  await app.click(/^Training/, { window: 'Header' });
  await app.click('Snapshots', { window: PANEL });
  await app.click('Restore', { window: PANEL });
  await app.click('Restore copy');
  await app.expectText(/Restored the sandbox copy 'Sandbox copy 1'/);
  await app.click('Close', { window: PANEL });
  await app.click('Leads', { window: /SalesNav/ });
  await app.expectText(`Select all matching (${num(all)})`);
  await app.expectText('0 selected');
  await app.expectNoText(/^Done: /);
  await app.expectNoText(/now owned by Stale Check Queue/);
  await app.screenshot('stale-state-02-restored');

  await app.click('Log Out');
  await app.type('Username', 'sanna.lehtonen@pohjolatech.example');
  await app.type('Password', 'not-the-password-1');
  await app.click('Log In');
  const refusal = await app.readText(/password/i);
  assert.ok(refusal, 'the refusal is shown');
  await app.expectNoText(/Restored the sandbox copy/);
  await app.expectNoText('Your password was changed');
  await app.expectNoText(/Logged out/i);
  await app.screenshot('stale-state-03-refused');
  assert.deepEqual(app.consoleErrors, []);
  await page.close();
});
