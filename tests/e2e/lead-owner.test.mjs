// Seed §1.4: reassign a lead to a partner user. On the lead, the "[Change]" link next to Lead Owner opens
// "Change Lead Owner"; Owner "Partner User", pick the partner, tick "Send Notification Email", edit the
// subject, Save: the lead shows the new owner, the Outbox has the edited e-mail, and the lead is in the
// partner's Lead Inbox, but not in another partner's. Runs once in each UI language, finding every widget by
// its label in that language (i18n.mjs reads them from assets/i18n/fi.po).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, App } from './lib.mjs';
import * as S from './lead-setup.mjs';
import { LANGUAGES, translator, escapeRe } from './i18n.mjs';

const BASE = process.env.PRM_BASE_URL || 'http://127.0.0.1:8080/';

for (const lang of LANGUAGES) {
const T = translator(lang);
const shot = (name) => (lang === 'en' ? name : `${lang}-${name}`);
// "123 leads" / "123 liidiä" (thousands grouped with a space in Finnish).
const count = (n) => new RegExp(`^${n === 1 ? '1' : '\\d[\\d\\s\u00a0,]*'} ${escapeRe(T.tn('lead', 'leads', n).trim())}$`);
// The lead's page heading: its name and number, however the sentence is worded.
const leadHeading = (lead) => new RegExp(`Ville Koskinen.*${escapeRe(lead.number)}`);

test(`a lead reassigned to a partner user reaches their Lead Inbox with the edited e-mail (${lang})`, async (t) => {
  // A browser of its own: each language starts from a new org.
  const browser = await launch();
  t.after(() => browser.close());
  const page = await browser.context.newPage();
  const app = new App(page);
  await app.open(`${BASE}?lang=${lang}`);

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
  await app.click(T.t('Leads'), { window: /SalesNav/ });
  await app.expectText(count(2));
  await app.screenshot(shot('lead-owner-01-leads'));
  await S.searchLeads(app, 'Arctic Solar', T);
  await app.expectText(count(1));
  await app.click(lead.number);
  await app.expectText(leadHeading(lead));
  await app.find(T.t('Lead Owner'), { kind: 'text' });
  await app.screenshot(shot('lead-owner-02-lead'));

  // [Change] > Change Lead Owner
  await app.click(T.t('[Change]'));
  await app.expectText(T.t('Change Lead Owner'));
  await app.click(T.t('Owner'));
  await app.screenshot(shot('lead-owner-03-owner-types'));
  await app.click(T.t('Partner User'), { window: /^##Combo/ });
  await app.click('Maija Virtanen  \u2014  Nordic Partners Oy');
  await app.click(T.t('Send Notification Email'));
  const subject = await app.find(T.t('Subject'), { kind: 'item' });
  assert.ok(subject, 'ticking the box shows the editable Subject');
  await app.type(T.t('Subject'), 'Arctic Solar is yours, Maija');
  await app.expectText(T.built('New owner: {0}', ['Maija Virtanen']));
  await app.screenshot(shot('lead-owner-04-change-lead-owner'));
  await app.click(T.t('Save'));

  // The lead page again, with the new owner.
  await app.expectText(leadHeading(lead));
  await app.find('Maija Virtanen', { kind: 'text' });
  // "Why this owner?" tells who changed it, from whom and to whom, in the reader's language.
  await app.expectText(T.built('Owner changed by hand by {0} from {1} to {2}.', ['Sanna Lehtonen', 'Sanna Lehtonen', 'Maija Virtanen']));
  await app.screenshot(shot('lead-owner-05-new-owner'));

  // The Outbox has the e-mail with the edited subject.
  await app.click(T.t('Outbox'), { window: /SalesNav/ });
  await app.expectText('Arctic Solar is yours, Maija');
  await app.screenshot(shot('lead-owner-06-outbox'));

  // The partner logs in: the lead is in their Lead Inbox.
  await app.click(T.t('Log Out'));
  await S.logInAs(app, S.EMAILS.maija, S.PARTNER_PASSWORD, T);
  await app.expectText(T.built('Logged in as {0}', ['Maija Virtanen']));
  await app.click(T.t('Lead Inbox'), { window: /PartnerNav/ });
  await app.expectText(lead.number);
  await app.expectText(T.t('Owned by you'));
  await app.screenshot(shot('lead-owner-07-partner-inbox'));
  await app.click(lead.number);
  await app.expectText(leadHeading(lead));
  await app.expectText('Arctic Solar Oy');
  await app.screenshot(shot('lead-owner-08-partner-lead'));

  // Another partner (another account) does not see it.
  await app.click(T.t('Log Out'));
  await S.logInAs(app, S.EMAILS.anna, S.PARTNER_PASSWORD, T);
  await app.expectText(T.built('Logged in as {0}', ['Anna Kask']));
  await app.click(T.t('Lead Inbox'), { window: /PartnerNav/ });
  await app.expectText(T.t('No leads for you yet. Your channel manager assigns leads to you or to your queues; they show here.'));
  await app.expectNoText(lead.number);
  await app.screenshot(shot('lead-owner-09-other-partner-inbox'));
  assert.deepEqual(app.consoleErrors, []);
  await page.close();
});
}
