// Seed §1.4: a partner user can own a lead only when their profile is a member of a published community,
// and they are active and have logged in at least once. Four partner users are each hidden for a
// different one of those reasons; the Change Lead Owner page says "4 partner users are not shown — why?"
// and, expanded, names each one with the rule(s) hiding them.
//
// The demo org has two partner profiles, so four different reasons cannot each stand alone: Anna and
// Sofia also share James's reason (their community is no longer published). Jukka's and James's are their
// only reasons.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, App } from './lib.mjs';
import * as S from './lead-setup.mjs';

const BASE = process.env.PRM_BASE_URL || 'http://127.0.0.1:8080/';
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('the Change Lead Owner page says which partner users are hidden and why', async () => {
  const page = await browser.context.newPage();
  const app = new App(page);
  await app.open(BASE);

  await S.enablePrm(app);
  for (const a of ['nordic', 'saimaa', 'baltic', 'lakeside']) await app.command({ cmd: 'EnableAsPartner', accountId: S.ACCOUNTS[a] });
  const jukka = await S.partnerUser(app, 'jukka', { profileId: S.PROFILES.partnerLogin });
  const sofia = await S.partnerUser(app, 'sofia');
  const anna = await S.partnerUser(app, 'anna');
  const james = await S.partnerUser(app, 'james');
  assert.ok(sofia > 0);
  const community = await S.publishedCommunity(app, 'Partner Central', 'partners',
    [S.PROFILES.partnerUser, S.PROFILES.partnerLogin]);
  await S.firstLogin(app, jukka, S.EMAILS.jukka);
  await S.firstLogin(app, anna, S.EMAILS.anna);
  await S.firstLogin(app, james, S.EMAILS.james);
  // Jukka: his profile leaves the community. Anna: deactivated. Sofia never logs in.
  await app.command({ cmd: 'RemoveCommunityMemberProfile', communityId: community, profileId: S.PROFILES.partnerLogin });
  await app.command({ cmd: 'DeactivateUser', userId: anna });
  // James: the community is taken offline.
  await app.command({ cmd: 'DeactivateCommunity', communityId: community });
  const lead = (await app.command({ cmd: 'CreateLead', lastName: 'Lindqvist', company: 'Fjord Data AB', country: 'Sweden' })).data;
  await S.reload(app);

  await app.click('Leads', { window: /SalesNav/ });
  await S.searchLeads(app, 'Fjord Data');
  await app.click(lead.number);
  await app.click('[Change]');
  await app.expectText('Change Lead Owner');
  await app.click('Owner');
  await app.click('Partner User', { window: /^##Combo/ });
  await app.expectText(/No partner user can own leads yet/);
  await app.find('4 partner users are not shown \u2014 why?', { kind: 'item' });
  await app.screenshot('hidden-partners-01-collapsed');
  await app.click('4 partner users are not shown \u2014 why?');

  const line = async (name) => app.readText(new RegExp('^' + name + ' \\('));
  assert.match(await line('Jukka Korhonen'), /: profile is not a member of any community$/);
  assert.match(await line('James Taylor'), /: community 'Partner Central' is not published$/);
  assert.match(await line('Anna Kask'), /inactive/);
  assert.match(await line('Sofia Laine'), /never logged in/);
  assert.doesNotMatch(await line('Sofia Laine'), /inactive/);
  assert.doesNotMatch(await line('Anna Kask'), /never logged in/);
  await app.screenshot('hidden-partners-02-why');

  // Search narrows the hidden users too.
  await app.type('Search', 'Kask');
  await app.find('1 partner user is not shown \u2014 why?', { kind: 'item' });
  await app.screenshot('hidden-partners-03-search');
  assert.deepEqual(app.consoleErrors, []);
  await page.close();
});
