// The Outbox puts login details on the clipboard with one click: a partner user's welcome password
// is copied exactly (no retyping a 12-character generated password), and so is the whole message.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, App } from './lib.mjs';
import { enablePrm, partnerUser, EMAILS, ACCOUNTS } from './lead-setup.mjs';

const BASE = process.env.PRM_BASE_URL || 'http://127.0.0.1:8080/';
let browser;
before(async () => {
  browser = await launch();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(BASE).origin });
});
after(async () => { await browser.close(); });

async function clipboard(page) {
  return page.evaluate(() => navigator.clipboard.readText());
}

test('Copy next to the welcome password puts exactly that password on the clipboard', async () => {
  const page = await browser.context.newPage();
  const app = new App(page);
  await app.open(BASE);
  await enablePrm(app);
  await app.command({ cmd: 'EnableAsPartner', accountId: ACCOUNTS.nordic });
  await partnerUser(app, 'maija');
  await page.evaluate(() => navigator.clipboard.writeText('nothing copied yet'));

  await app.click('Outbox', { window: /SalesNav/ });
  // Newest first: Maija's welcome e-mail is the one open in the reader.
  await app.expectText('Maija Virtanen <maija.virtanen@nordicpartners.example>');
  const body = await app.readText(/Password: \S+/);
  const password = /Password: (\S+)/.exec(body)[1];
  await app.expectText('Login details');
  await app.screenshot('outbox-copy-01-login-details');

  // The second Copy in the Login details table is the password's (Username first, then Password).
  await app.click('Copy', { index: 1 });
  await app.expectText('Copied');
  assert.equal(await clipboard(page), password);

  await app.click('Copy', { index: 0 });
  assert.equal(await clipboard(page), EMAILS.maija);

  await app.click('Copy message');
  const message = await clipboard(page);
  assert.match(message, new RegExp(`Password: ${password.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n`));
  assert.match(message, /^Hello Maija,/);
  await app.screenshot('outbox-copy-02-copied');
  assert.deepEqual(app.consoleErrors, []);
  await page.close();
});
