// Seed §1.4: reassign a lead to a partner user. On the lead, the "[Change]" link next to Lead Owner opens
// "Change Lead Owner"; Owner "Partner User", pick the partner, tick "Send Notification Email", edit the
// subject, Save: the lead shows the new owner, the Outbox has the edited e-mail, and the lead is in the
// partner's Lead Inbox, but not in another partner's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, App } from './lib.mjs';
import * as S from './lead-setup.mjs';

const BASE = process.env.PRM_BASE_URL || 'http://127.0.0.1:8080/';
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('a lead reassigned to a partner user reaches their Lead Inbox with the edited e-mail', async () => {
  const page = await browser.context.newPage();
  const app = new App(page);
  await app.open(BASE);

  // Set-up (another test's subject): PRM, two partner accounts with one partner user each, a published
  // community with the partner profile, both partners have logged in once; one lead to reassign.
  await S.enablePrm(app);
  await app.command({ cmd: 'EnableAsPartner', accountId: S.ACCOUNTS.nordic });
  await app.command({ cmd: 'EnableAsPartner', accountId: S.ACCOUNTS.baltic });
  const maija = await S.partnerUser(app, 'maija');
  const anna = await S.partnerUser(app, 'anna');
  await S.publishedCommunity(app, 'Partner Central', 'partners', [S.PROFILES.partnerUser]);
  await S.firstLogin(app, maija, S.EMAILS.maija);
  await S.firstLogin(app, anna, S.EMAILS.anna);
  const lead = (await app.command({ cmd: 'CreateLead', firstName: 'Ville', lastName: 'Koskinen',
    company: 'Arctic Solar Oy', country: 'Finland', city: 'Oulu', email: 'ville.koskinen@arcticsolar.example' })).data;
  await S.reload(app);

  // Sales > Leads > the lead
  await app.click('Leads', { window: /SalesNav/ });
  await app.expectText(/^[\d,]+ leads$/);
  await app.screenshot('lead-owner-01-leads');
  await S.searchLeads(app, 'Arctic Solar');
  await app.expectText(/^1 lead$/);
  await app.click(lead.number);
  await app.expectText(`Lead: Ville Koskinen   (${lead.number})`);
  await app.find('Lead Owner', { kind: 'text' });
  await app.screenshot('lead-owner-02-lead');

  // [Change] > Change Lead Owner
  await app.click('[Change]');
  await app.expectText('Change Lead Owner');
  await app.click('Owner');
  await app.screenshot('lead-owner-03-owner-types');
  await app.click('Partner User', { window: /^##Combo/ });
  await app.click('Maija Virtanen  \u2014  Nordic Partners Oy');
  await app.click('Send Notification Email');
  const subject = await app.find('Subject', { kind: 'item' });
  assert.ok(subject, 'ticking the box shows the editable Subject');
  await app.type('Subject', 'Arctic Solar is yours, Maija');
  await app.expectText('New owner: Maija Virtanen');
  await app.screenshot('lead-owner-04-change-lead-owner');
  await app.click('Save');

  // The lead page again, with the new owner.
  await app.expectText(`Lead: Ville Koskinen   (${lead.number})`);
  await app.find('Maija Virtanen', { kind: 'text' });
  await app.expectText(/Owner changed by hand by Sanna Lehtonen/);
  await app.screenshot('lead-owner-05-new-owner');

  // The Outbox has the e-mail with the edited subject.
  await app.click('Outbox', { window: /SalesNav/ });
  await app.expectText('Arctic Solar is yours, Maija');
  await app.screenshot('lead-owner-06-outbox');

  // The partner logs in: the lead is in their Lead Inbox.
  await app.click('Log Out');
  await S.logInAs(app, S.EMAILS.maija, S.PARTNER_PASSWORD);
  await app.expectText('Logged in as Maija Virtanen');
  await app.click('Lead Inbox', { window: /PartnerNav/ });
  await app.expectText(lead.number);
  await app.expectText('Owned by you');
  await app.screenshot('lead-owner-07-partner-inbox');
  await app.click(lead.number);
  await app.expectText(`Lead: Ville Koskinen   (${lead.number})`);
  await app.expectText('Arctic Solar Oy');
  await app.screenshot('lead-owner-08-partner-lead');

  // Another partner (another account) does not see it.
  await app.click('Log Out');
  await S.logInAs(app, S.EMAILS.anna, S.PARTNER_PASSWORD);
  await app.expectText('Logged in as Anna Kask');
  await app.click('Lead Inbox', { window: /PartnerNav/ });
  await app.expectText(/No leads for you yet/);
  await app.expectNoText(lead.number);
  await app.screenshot('lead-owner-09-other-partner-inbox');
  assert.deepEqual(app.consoleErrors, []);
  await page.close();
});
