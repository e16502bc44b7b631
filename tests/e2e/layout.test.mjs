// Tables and layout: at 1024x640 with the Training panel open, every screen is drawn with no key-column
// cell (number, name, first action, a record page's labels) narrower than its content, as the widget map
// reports it ("key" and "clipped"); a screenshot of each lands in build/e2e-screenshots/layout-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, App } from './lib.mjs';
import { enablePrm, partnerUser, publishedCommunity, ACCOUNTS, PROFILES } from './lead-setup.mjs';

const BASE = process.env.PRM_BASE_URL || 'http://127.0.0.1:8080/';

const TREE = /SetupTree/;
async function expand(app, branch, child) {
  const inTree = (await app.widgets()).some((it) => it.visible && it.kind === 'item' && it.label === child && TREE.test(it.window));
  if (!inTree) await app.click(branch, { window: TREE });
  await app.find(child, { kind: 'item', window: TREE });
}

async function area(app, name) {
  await app.click(/^App menu: /);
  await app.click(name, { window: /^##Popup/ });
}

// Setup pages by their place in the tree.
const SETUP = [
  ['Administer', 'Manage Users', 'Users'], ['Administer', 'Manage Users', 'Profiles'],
  ['Administer', 'Manage Users', 'Queues'], ['Administer', 'Email', 'Outbox'],
  ['Administer', 'Data Management', 'Data Import Wizard'], ['Administer', 'Data Management', 'Sandbox File'],
  ['Build', 'Customize', 'Leads', 'Lead Assignment Rules'], ['Build', 'Customize', 'Leads', 'Round Robin'],
  ['Build', 'Customize', 'Partners', 'Settings'],
  ['Digital Experiences', 'All Communities'],
  ['Security Controls', 'Sharing Settings'], ['Security Controls', 'Sharing Rules'],
  ['Security Controls', 'Public Groups'], ['Security Controls', 'View Setup Audit Trail'],
  ['Company Profile', 'Company Information'],
];

async function openSetupPage(app, path) {
  for (let i = 0; i + 1 < path.length; ++i) await expand(app, path[i], path[i + 1]);
  await app.click(path[path.length - 1], { window: TREE });
  await app.frames(4);  // key columns grow to the widest cell of the frame before
}

async function clippedKeyCells(app) {
  return (await app.widgets()).filter((it) => it.key && it.clipped).map((it) => `${it.window}: ${it.label}`);
}

async function check(app, name, seen) {
  await app.frames(4);
  await app.screenshot(`layout-${name}`);
  const clipped = await clippedKeyCells(app);
  assert.deepEqual(clipped, [], `${name}: key cells narrower than their content`);
  seen.keys += (await app.widgets()).filter((it) => it.key).length;
}

let browser;
before(async () => { browser = await launch({ width: 1024, height: 640 }); });
after(async () => { await browser.close(); });

test('every screen at 1024x640 with the Training panel open keeps its key columns whole', async () => {
  const app = new App(await browser.context.newPage());
  await app.open(BASE);
  await enablePrm(app);
  await app.command({ cmd: 'EnableAsPartner', accountId: ACCOUNTS.nordic });
  await partnerUser(app, 'maija', { profileId: PROFILES.partnerUser });
  await publishedCommunity(app, 'Partner Central', 'partners', [PROFILES.partnerUser]);
  await app.command({ cmd: 'GenerateLeads', count: 40, seed: 3 });
  await app.click(/^Training/, { window: 'Header' });
  const seen = { keys: 0 };

  await area(app, 'Sales');
  await check(app, 'home', seen);
  for (const page of ['Leads', 'Accounts', 'Contacts']) {
    await app.click(page, { window: /SalesNav/ });
    await check(app, page.toLowerCase(), seen);
  }
  await app.click('Leads', { window: /SalesNav/ });
  await app.click(/^L-\d+$/);
  await check(app, 'lead-detail', seen);
  await app.click('Accounts', { window: /SalesNav/ });
  await app.click('Nordic Partners Oy');
  await check(app, 'account-detail', seen);

  await area(app, 'Setup');
  for (const path of SETUP) {
    await openSetupPage(app, path);
    await check(app, 'setup-' + path[path.length - 1].toLowerCase().replace(/\W+/g, '-'), seen);
    await app.click(path[0], { window: TREE });  // closed again, so the next branch fits in the tree
  }
  assert.ok(seen.keys > 50, `key cells are marked in the widget map (${seen.keys})`);
  assert.deepEqual(app.consoleErrors, []);
});

test('at 1920x1080 the Users list shows every action inline and the lists keep their key columns whole', async () => {
  const wide = await launch({ width: 1920, height: 1080 });
  try {
    const app = new App(await wide.context.newPage());
    await app.open(BASE);
    await app.command({ cmd: 'GenerateLeads', count: 20, seed: 4 });
    const seen = { keys: 0 };
    await area(app, 'Sales');
    await app.click('Leads', { window: /SalesNav/ });
    await check(app, 'wide-leads', seen);
    await area(app, 'Setup');
    await openSetupPage(app, ['Administer', 'Manage Users', 'Users']);
    await check(app, 'wide-users', seen);
    await app.find('Log in as', { kind: 'item' });  // room for all actions: no "…" menu
    assert.equal(await app.hasItem('\u2026'), false);
    assert.deepEqual(app.consoleErrors, []);
  } finally {
    await wide.close();
  }
});
