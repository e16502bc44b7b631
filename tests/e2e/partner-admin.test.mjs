// Issue #20: an administrator opens a partner contact → Manage External User → Log in to Experience as User,
// sees the banner and the partner community, and logs out back to themselves; working as a partner who is a
// delegated admin, they deactivate and reactivate a member of that account on Account Management → Members.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, App } from './lib.mjs';

const BASE = process.env.PRM_BASE_URL || 'http://127.0.0.1:8080/';
const NAV = { window: /SalesNav/ };

test('log in to the experience as a delegated admin partner, manage a member, log out back', async (t) => {
  const browser = await launch();
  t.after(() => browser.close());
  const page = await browser.context.newPage();
  const app = new App(page);
  await app.open(`${BASE}?lang=en`);
  // Set-up that is not under test here: PRM, a partner account with a published community, two members.
  await app.command({ cmd: 'EnablePrm' });
  await app.command({ cmd: 'CancelExternalAccessWizard' });
  const gen = await app.command({ cmd: 'GeneratePartnerAccounts', count: 1, usersPerAccount: 0, community: 'Partner Central' });
  const accountId = gen.data.accountIds[0];
  const ilkka = await app.command({ cmd: 'AddAccountMember', accountId, firstName: 'Ilkka', lastName: 'Partanen',
    email: 'ilkka.partanen@partner.example', level: 2 });
  const ville = await app.command({ cmd: 'AddAccountMember', accountId, firstName: 'Ville', lastName: 'Laine',
    email: 'ville.laine@partner.example' });
  await app.command({ cmd: 'GrantDelegatedAdmin', userId: ilkka.data.userId });

  // Contacts → the partner's contact → Manage External User → Log in to Experience as User
  await app.click('Contacts', NAV);
  await app.click('Ilkka Partanen');
  await app.click(/^Manage External User/);
  await app.click('Log in to Experience as User', { window: /^##Popup/ });
  await app.expectText(/^Logged in as Ilkka Partanen \(.*\) — Log out to return to /);
  await app.expectText('Partner Central');
  await app.screenshot('partner-admin-01-experience');

  // Account Management → Members: deactivate and reactivate Ville Laine (listed first, by last name).
  await app.click('Account Management');
  await app.expectText('Ville Laine');
  await app.click('Deactivate', { index: 0 });
  await app.expectText(/^Ville Laine is inactive/);
  await app.click('Activate', { index: 0 });
  await app.expectText('Ville Laine is active again');
  await app.screenshot('partner-admin-02-members');
  assert.ok(ville.data.userId > 0);

  // Log out returns to the administrator, not to the login page.
  await app.click('Log Out');
  await app.expectText(/^Logged out of the experience; you are /);
  await app.find('Accounts', NAV);
  await app.expectNoText(/Log out to return to/);
  assert.deepEqual(app.consoleErrors, []);
  await page.close();
});
