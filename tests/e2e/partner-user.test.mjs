// Seed §1.2: a partner account, a contact enabled as a partner user ("New User" page), the welcome
// e-mail with the password in the Outbox, a published community with the partner profile as member,
// then the partner logs in with the e-mailed password, changes it, and sees the partner home.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, App } from './lib.mjs';

const BASE = process.env.PRM_BASE_URL || 'http://127.0.0.1:8080/';
const EMAIL = 'ilkka.partanen@aurorachannel.example';
const ACCOUNT = 'Aurora Channel Oy';
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('a contact becomes a partner user who logs in to the published community', async () => {
  const page = await browser.context.newPage();
  const app = new App(page);
  await app.open(BASE);
  // Set-up that is not under test here (prm-enable.test.mjs clicks it).
  await app.command({ cmd: 'EnablePrm' });
  await app.command({ cmd: 'CancelExternalAccessWizard' });

  // Sales > Accounts > New
  await app.click('Accounts', { window: /SalesNav/ });
  await app.expectText('Nordic Partners Oy');
  await app.screenshot('partner-user-01-accounts');
  await app.click('New');
  await app.type('Account Name', ACCOUNT);
  await app.type('Industry', 'Technology');
  await app.type('Phone', '+358 9 123 4567');
  await app.type('City', 'Helsinki');
  await app.type('Country', 'Finland');
  await app.screenshot('partner-user-02-new-account');
  await app.click('Save');
  await app.expectText(`Account: ${ACCOUNT}`);

  // Manage External Account > Enable as Partner
  await app.click(/^Manage External Account/);
  await app.screenshot('partner-user-03-manage-external-account');
  await app.click('Enable as Partner', { window: /^##Popup/ });
  await app.expectText(/\[Partner Account\]/);
  await app.screenshot('partner-user-04-partner-account');

  // New Contact
  await app.click('New Contact');
  await app.type('First Name', 'Ilkka');
  await app.type('Last Name', 'Partanen');
  await app.type('Email', EMAIL);
  await app.type('Title', 'Sales Director');
  await app.screenshot('partner-user-05-new-contact');
  await app.click('Save');
  await app.expectText('Contact: Ilkka Partanen');

  // Manage External User > Enable Partner User > New User > Save
  await app.click(/^Manage External User/);
  await app.click('Enable Partner User', { window: /^##Popup/ });
  await app.expectText('New User');
  const username = await app.find('Username', { kind: 'item' });
  assert.ok(username, 'the New User page has a Username field');
  await app.expectText(new RegExp(`${ACCOUNT} Partner User`));
  await app.screenshot('partner-user-06-new-user');
  await app.click('Save');
  await app.expectText(`A password was generated and emailed to ${EMAIL}`);
  await app.screenshot('partner-user-07-user-saved');

  // The welcome e-mail in the Outbox, with the password.
  await app.click('Open the Outbox');
  await app.expectText('Outbox');
  const body = await app.readText(/Password: \S+/);
  const password = /Password: (\S+)/.exec(body)[1];
  assert.match(body, new RegExp(`Username: ${EMAIL.replace(/\./g, '\\.')}`));
  await app.screenshot('partner-user-08-outbox');

  // The contact page shows the partner user and its status.
  await app.click('Contacts', { window: /SalesNav/ });
  await app.click('Ilkka Partanen');
  await app.expectText('Partner User');
  await app.expectText('Active');
  await app.screenshot('partner-user-09-contact-with-user');

  // Setup > Digital Experiences > All Communities > New; add the partner profile; Publish.
  await app.click(/^App menu: /);
  await app.click('Setup', { window: /^##Popup/ });
  await app.click('Digital Experiences');
  await app.click('All Communities', { window: /SetupTree/ });
  await app.click('New');
  await app.type('Name', 'Partner Central');
  await app.type('URL', 'partners');
  await app.click('Save');
  await app.expectText('Community: Partner Central');
  await app.expectText(/No member profiles yet/);
  await app.screenshot('partner-user-10-community');
  await app.click('Add');
  await app.expectText('Partner Community User');
  await app.click('Publish');
  await app.expectText(/Partner Central is Published/);
  await app.screenshot('partner-user-11-published');

  // Log out; the partner logs in with the e-mailed password and must change it.
  await app.click('Log Out');
  await app.expectText('Not logged in');
  await app.type('Username', EMAIL);
  await app.type('Password', password);
  await app.screenshot('partner-user-12-login');
  await app.click('Log In');
  await app.expectText('Change Your Password');
  await app.type('New Password', 'Kumppani2024');
  await app.type('Confirm New Password', 'Kumppani2024');
  await app.screenshot('partner-user-13-change-password');
  await app.click('Save');
  await app.expectText('Welcome, Ilkka!');
  await app.expectText(ACCOUNT);
  await app.screenshot('partner-user-14-partner-home');

  // A partner user sees only the Partner Community in the app menu.
  await app.click(/^App menu: /);
  await app.find('Partner Community', { window: /^##Popup/ });
  assert.equal((await app.widgets()).some((w) => w.visible && w.label === 'Setup' && w.window.startsWith('##Popup')), false,
    'no Setup for a partner user');
  await app.screenshot('partner-user-15-partner-menu');
  await page.keyboard.press('Escape');
  assert.deepEqual(app.consoleErrors, []);
  await page.close();
});
