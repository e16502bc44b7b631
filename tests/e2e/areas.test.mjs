// The work areas through the canvas: the area buttons at the bottom of the left navigation switch
// between Sales, Marketing, Service and My Workplace; an account made from Marketing (an empty Account
// Name refused by the form first) and a contact under it from Service, picked as Parent Customer from
// the searchable list and saved with Save & New. Screenshots at 1024x640 and 1920x1080, English and Finnish.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, App } from './lib.mjs';

const BASE = process.env.PRM_BASE_URL || 'http://127.0.0.1:8080/';
const NAV = { window: /SalesNav/ };
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

async function shots(app, name) {
  for (const [w, h] of [[1024, 640], [1920, 1080]]) {
    await app.page.setViewportSize({ width: w, height: h });
    await app.frames(3);
    await app.screenshot(`${name}-${w}x${h}`);
  }
  await app.page.setViewportSize({ width: 1280, height: 800 });
  await app.frames(3);
}

test('areas: an account from Marketing, a contact under it from Service with Save & New', async () => {
  const page = await browser.context.newPage();
  const app = new App(page);
  await app.open(BASE);

  // Each area button switches the area (the app menu says which) and lists the area's own items.
  for (const [area, leads, queues] of [['Marketing', true, false], ['Service', false, false],
    ['My Workplace', true, false], ['Sales', true, true]]) {
    await app.click(area, NAV);
    await app.find(`App menu: ${area}  \u25BC`, { kind: 'item' });
    await app.click('Accounts', NAV);
    await app.expectText('Partner accounts only');
    await app.click('Contacts', NAV);
    const items = (await app.widgets()).filter((it) => it.visible && /SalesNav/.test(it.window) && it.kind === 'item');
    assert.equal(items.some((it) => it.label === 'Leads'), leads, `${area} lists Leads`);
    assert.equal(items.some((it) => it.label === 'Queues'), queues, `${area} lists Queues`);
  }

  // Marketing > Accounts > New: the empty name is refused by the form, then Save & Close.
  await app.click('Marketing', NAV);
  await app.click('Accounts', NAV);
  await app.click('New');
  await app.expectText('* Required');
  await app.click('Save');
  await app.expectText('Enter the account name: it is required.');
  await shots(app, 'areas-01-new-account-refused');
  await app.type('Account Name', 'Areas Test Oy');
  await app.click('Save & Close');
  await app.expectText('Created account Areas Test Oy');
  await app.find('Areas Test Oy', { kind: 'item' });
  await app.find('App menu: Marketing  \u25BC', { kind: 'item' });
  await shots(app, 'areas-02-marketing-accounts');

  // Service > Contacts > New: Last Name is required; Parent Customer from the searchable list.
  await app.click('Service', NAV);
  await app.click('Contacts', NAV);
  await app.click('New');
  await app.click('Save');
  await app.expectText('Enter the last name: it is required.');
  await app.type('First Name', 'Aino');
  await app.type('Last Name', 'Laine');
  await app.click('Parent Customer');
  await page.keyboard.type('Areas', { delay: 5 });
  await app.frames(3);
  await shots(app, 'areas-03-parent-customer-search');
  await app.click('Areas Test Oy', { window: /^##Combo/ });
  await app.click('Save & New');
  await app.expectText('Created contact Aino Laine');
  await app.expectText('New Contact');
  await app.find('App menu: Service  \u25BC', { kind: 'item' });

  // The account's page lists the contact: the link was made.
  await app.click('Accounts', NAV);
  await app.click('Areas Test Oy');
  await app.expectText('Aino Laine');
  await shots(app, 'areas-04-account-with-contact');
  assert.deepEqual(app.consoleErrors, []);
  await page.close();
});

test('areas in Finnish: area buttons and the contact form fit', async () => {
  const page = await browser.context.newPage();
  const app = new App(page);
  await app.open(BASE + '?lang=fi');
  await app.click('Palvelu', NAV);
  await app.click('Yhteyshenkilöt', NAV);
  await app.click('Uusi');
  await app.expectText('* Pakollinen');
  await app.click('Tallenna');
  await app.expectText('Anna sukunimi: se on pakollinen.');
  await app.find('Tallenna ja sulje', { kind: 'item' });
  await app.find('Tallenna ja uusi', { kind: 'item' });
  await app.find('Oma työtila', { kind: 'item', ...NAV });
  await shots(app, 'areas-05-fi-new-contact');
  await page.close();
});
