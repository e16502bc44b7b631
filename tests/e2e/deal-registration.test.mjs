// Deal registration through the canvas: a partner user registers a deal in the partner community and
// submits it; the channel manager (the partner account's owner) finds it awaiting his approval under Sales →
// Deal Registrations, approves it, and the opportunity page shows the partner as owner and the Partner Account.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, App } from './lib.mjs';
import * as S from './lead-setup.mjs';

const BASE = process.env.PRM_BASE_URL || 'http://127.0.0.1:8080/';
const MIKKO = 3;  // Mikko Nieminen, Channel Sales Manager, owner of Nordic Partners Oy (src/app/training/seed_data.h)

test('a partner registers and submits a deal, the channel manager approves it, the opportunity shows the Partner Account', async (t) => {
  const browser = await launch();
  t.after(() => browser.close());
  const page = await browser.context.newPage();
  const app = new App(page);
  await app.open(BASE);

  // Set-up (other tests' subjects): PRM, Nordic Partners Oy as a partner with Maija as its partner user,
  // a published community with her profile, and her first login.
  await S.enablePrm(app);
  await app.command({ cmd: 'EnableAsPartner', accountId: S.ACCOUNTS.nordic });
  const maija = await S.partnerUser(app, 'maija');
  await S.publishedCommunity(app, 'Partner Central', 'partners', [S.PROFILES.partnerUser]);
  await S.firstLogin(app, maija, S.EMAILS.maija);
  await S.reload(app);

  // The partner: Register a Deal, Save, Submit for Approval.
  await app.command({ cmd: 'LoginAs', userId: maija });
  await app.frames(3);
  await app.click('Register a Deal', { window: /PartnerNav/ });
  await app.expectText('Register a Deal');
  await app.type('Company', 'Zzdeal Oy');
  await app.type('Last Name', 'Zzlahtinen');
  await app.type('Estimated Amount', '25000');
  await app.click('Save');
  await app.expectText(/^Deal Registration: Zzdeal Oy/);
  await app.expectText('Not submitted');
  await app.screenshot('deal-registration-01-registered');
  await app.click('Submit for Approval');
  await app.expectText('Submitted');
  await app.expectText(/submitted to Mikko Nieminen for approval/);

  // The channel manager: Sales → Deal Registrations, the deal awaits him; Approve.
  await app.command({ cmd: 'LogIn', username: S.ADMIN, password: S.ADMIN_PASSWORD });
  await app.command({ cmd: 'LoginAs', userId: MIKKO });
  await app.command({ cmd: 'ChangePassword', newPassword: 'Kanava2024pw' });
  await app.frames(3);
  await app.click(/^App menu: /);
  await app.click('Sales', { window: /^##Popup/ });
  await app.click('Deal Registrations', { window: /SalesNav/ });
  await app.expectText('Awaiting your approval');
  await app.screenshot('deal-registration-02-awaiting-approval');
  await app.click(/^L-\d+$/);
  await app.expectText(/^Deal Registration: Zzdeal Oy/);
  await app.click('Approve');
  await app.expectText('Approved');

  // The opportunity: owned by the partner, Partner Account Nordic Partners Oy.
  await app.click('Open the opportunity');
  await app.expectText(/^Opportunity: /);
  await app.expectText('Partner Account');
  await app.expectText('Nordic Partners Oy');
  await app.expectText('Maija Virtanen');
  await app.screenshot('deal-registration-03-opportunity');
  assert.deepEqual(app.consoleErrors, []);
  await page.close();
});
