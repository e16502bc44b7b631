// Seed §1.2: a partner account, a contact enabled as a partner user ("New User" page), the welcome
// e-mail with the password in the Outbox, a published community with the partner profile as member,
// then the partner logs in with the e-mailed password, changes it, and sees the partner home. Runs once in
// each UI language, finding every widget by its label in that language (i18n.mjs reads fi.po).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, App } from './lib.mjs';
import { LANGUAGES, translator, escapeRe } from './i18n.mjs';

const BASE = process.env.PRM_BASE_URL || 'http://127.0.0.1:8080/';
const EMAIL = 'ilkka.partanen@aurorachannel.example';
const ACCOUNT = 'Aurora Channel Oy';
const APP_MENU = /: .*  \u25BC$/;  // "App menu: Sales  ▼" in either language

for (const lang of LANGUAGES) {
const T = translator(lang);
const shot = (name) => (lang === 'en' ? name : `${lang}-${name}`);
// A record page's heading: "<Object>: <name>", however the sentence is worded.
const heading = (object, name) => new RegExp(`^${escapeRe(T.t(object))}.*${escapeRe(name)}`);
// A line of an e-mail the app wrote: "Password: x" in English, its Finnish when the app translates it.
const mailLine = (word) => new RegExp(`(?:${escapeRe(word)}|${escapeRe(T.t(word))}): (\\S+)`);

test(`a contact becomes a partner user who logs in to the published community (${lang})`, async (t) => {
  // A browser of its own: each language starts from a new org.
  const browser = await launch();
  t.after(() => browser.close());
  const page = await browser.context.newPage();
  const app = new App(page);
  await app.open(`${BASE}?lang=${lang}`);
  // Set-up that is not under test here (prm-enable.test.mjs clicks it).
  await app.command({ cmd: 'EnablePrm' });
  await app.command({ cmd: 'CancelExternalAccessWizard' });

  // Sales > Accounts > New
  await app.click(T.t('Accounts'), { window: /SalesNav/ });
  await app.expectText('Nordic Partners Oy');
  await app.screenshot(shot('partner-user-01-accounts'));
  await app.click(T.t('New'));
  await app.type(T.t('Account Name'), ACCOUNT);
  await app.type(T.t('Industry'), 'Technology');
  await app.type(T.t('Phone'), '+358 9 123 4567');
  await app.type(T.t('City'), 'Helsinki');
  await app.type(T.t('Country'), 'Finland');
  await app.screenshot(shot('partner-user-02-new-account'));
  await app.click(T.t('Save'));
  await app.expectText(heading('Account', ACCOUNT));

  // Manage External Account > Enable as Partner
  await app.click(new RegExp(`^${escapeRe(T.t('Manage External Account'))}`));
  await app.screenshot(shot('partner-user-03-manage-external-account'));
  await app.click(T.t('Enable as Partner'), { window: /^##Popup/ });
  await app.expectText(new RegExp(`\\[${escapeRe(T.t('Partner Account'))}\\]`));
  await app.screenshot(shot('partner-user-04-partner-account'));

  // New Contact
  await app.click(T.t('New Contact'));
  await app.type(T.t('First Name'), 'Ilkka');
  await app.type(T.t('Last Name'), 'Partanen');
  await app.type(T.t('Email'), EMAIL);
  await app.type(T.t('Title'), 'Sales Director');
  await app.screenshot(shot('partner-user-05-new-contact'));
  await app.click(T.t('Save'));
  await app.expectText(heading('Contact', 'Ilkka Partanen'));

  // Manage External User > Enable Partner User > New User > Save
  await app.click(new RegExp(`^${escapeRe(T.t('Manage External User'))}`));
  await app.click(T.t('Enable Partner User'), { window: /^##Popup/ });
  await app.expectText(T.t('New User'));
  const username = await app.find(T.t('Username'), { kind: 'item' });
  assert.ok(username, 'the New User page has a Username field');
  await app.expectText(new RegExp(`${ACCOUNT} (?:Partner User|${escapeRe(T.t('Partner User'))})`));
  await app.screenshot(shot('partner-user-06-new-user'));
  await app.click(T.t('Save'));
  await app.expectText(T.built('A password was generated and emailed to {0}', [EMAIL]));
  await app.screenshot(shot('partner-user-07-user-saved'));

  // The welcome e-mail in the Outbox, with the password.
  await app.click(T.t('Open the Outbox'));
  await app.expectText(T.t('Outbox'));
  const body = await app.readText(mailLine('Password'));
  const password = mailLine('Password').exec(body)[1];
  assert.equal(mailLine('Username').exec(body)[1], EMAIL);
  await app.screenshot(shot('partner-user-08-outbox'));

  // The contact page shows the partner user and its status.
  await app.click(T.t('Contacts'), { window: /SalesNav/ });
  await app.click('Ilkka Partanen');
  await app.expectText(T.t('Partner User'));
  await app.expectText(T.t('Active'));
  await app.screenshot(shot('partner-user-09-contact-with-user'));

  // Setup > Digital Experiences > All Communities > New; add the partner profile; Publish.
  await app.click(APP_MENU);
  await app.click(T.t('Setup'), { window: /^##Popup/ });
  await app.click(T.t('Digital Experiences'));
  await app.click(T.t('All Communities'), { window: /SetupTree/ });
  await app.click(T.t('New'));
  await app.type(T.t('Name'), 'Partner Central');
  await app.type(T.t('URL'), 'partners');
  await app.click(T.t('Save'));
  await app.expectText(heading('Community', 'Partner Central'));
  await app.expectText(T.t('No member profiles yet: pick a profile below (for partners: Partner Community User) and click "Add".'));
  await app.screenshot(shot('partner-user-10-community'));
  await app.click(T.t('Add'));
  await app.expectText('Partner Community User');
  await app.click(T.t('Publish'));
  await app.expectText(T.t('Published: members can log in.'));
  await app.screenshot(shot('partner-user-11-published'));

  // Log out; the partner logs in with the e-mailed password and must change it.
  await app.click(T.t('Log Out'));
  await app.expectText(T.t('Not logged in'));
  await app.type(T.t('Username'), EMAIL);
  await app.type(T.t('Password'), password);
  await app.screenshot(shot('partner-user-12-login'));
  await app.click(T.t('Log In'));
  await app.expectText(T.t('Change Your Password'));
  await app.type(T.t('New Password'), 'Kumppani2024');
  await app.type(T.t('Confirm New Password'), 'Kumppani2024');
  await app.screenshot(shot('partner-user-13-change-password'));
  await app.click(T.t('Save'));
  await app.expectText(T.built('Welcome, {0}!', ['Ilkka']));
  await app.expectText(ACCOUNT);
  await app.screenshot(shot('partner-user-14-partner-home'));

  // A partner user sees only the Partner Community in the app menu.
  await app.click(APP_MENU);
  await app.find(T.t('Partner Community'), { window: /^##Popup/ });
  assert.equal((await app.widgets()).some((w) => w.visible && w.label === T.t('Setup') && w.window.startsWith('##Popup')), false,
    'no Setup for a partner user');
  await app.screenshot(shot('partner-user-15-partner-menu'));
  await page.keyboard.press('Escape');
  assert.deepEqual(app.consoleErrors, []);
  await page.close();
});
}
