// The sales screens through the canvas: a lead's Convert (new account, contact and opportunity), the
// opportunity's stage path, Log a Call from the opportunity page, and My Workplace → Activities: tick rows,
// Mark Complete says how many and then offers Undo. Screenshots at 1024x640 with the Training panel open and
// at 1920x1080, in English and in Finnish.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, App } from './lib.mjs';

const BASE = process.env.PRM_BASE_URL || 'http://127.0.0.1:8080/';
const NAV = { window: /SalesNav/ };
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

// 1024x640 with the Training panel open (as a class sees it), 1920x1080 without.
async function shots(app, name, training = 'Training') {
  for (const [w, h] of [[1024, 640], [1920, 1080]]) {
    await app.page.setViewportSize({ width: w, height: h });
    await app.frames(3);
    if (w === 1024) await app.click(training);
    await app.screenshot(`${name}-${w}x${h}`);
    if (w === 1024) await app.click(training);
  }
  await app.page.setViewportSize({ width: 1280, height: 800 });
  await app.frames(3);
}

test('sales: convert a lead, move its stage, log a call and mark activities complete with Undo', async () => {
  const page = await browser.context.newPage();
  const app = new App(page);
  await app.open(BASE);
  const lead = (await app.command({ cmd: 'CreateLead', firstName: 'Jari', lastName: 'Zzkorpela', company: 'Zzkone Oyj',
    email: 'jari@zzkone.example' })).data;
  await app.command({ cmd: 'CreateActivity', type: 'PhoneCall', subject: 'Zzintro call',
    regarding: { type: 'Lead', id: lead.leadId }, dueDate: '2020-01-15' });

  // The lead's page: its open call, and Convert.
  await app.click('Leads', NAV);
  await app.type('Search leads', 'Zzkorpela');
  await page.keyboard.press('Enter');
  await app.expectText('1 lead');
  await app.click(lead.number);
  await app.expectText('Open Activities (1)');
  // The lead's fields fill the page: scroll down to its activities, then back up to Convert.
  const openActivities = await app.find('Open Activities (1)');
  await page.mouse.move(openActivities.x + 20, openActivities.y);
  await page.mouse.wheel(0, 600);
  await app.frames(3);
  await app.expectText('Zzintro call');
  await page.mouse.wheel(0, -2000);
  await app.frames(3);
  await app.click('Convert');
  await app.expectText('Create New Account: Zzkone Oyj');
  await app.frames(3);  // the form's label column takes its width from the labels drawn the frame before
  await app.type('Opportunity Name', 'Zzkone - 40 licences');
  await app.type('Amount', '48000');
  await shots(app, 'sales-01-convert-lead');
  await app.click('Convert', { window: /Page/ });
  await app.expectText('Opportunity: Zzkone - 40 licences');
  await app.expectText(/Lead L-\d+ converted/);
  await app.expectText('Zzintro call');  // the call moved with the lead

  // The stage path: one click moves the stage and its probability.
  await app.click('Negotiation/Review');
  await app.expectText('90');
  await shots(app, 'sales-02-opportunity');

  // Log a Call from the opportunity page.
  await app.click('Log a Call');
  await app.expectText('New Activity: Phone Call');
  await app.click('Save');
  await app.expectText('give the activity a subject');
  await app.frames(3);
  await app.type('Subject', 'Zzfollow-up call');
  await app.click('Save');
  await app.expectText('Opportunity: Zzkone - 40 licences');
  await app.expectText('Open Activities (2)');

  // My Workplace → Activities: both calls are the admin's open ones; tick them, Mark Complete (2), Undo.
  await app.click('My Workplace', NAV);
  await app.find('View', { kind: 'item' });
  await app.expectText('Zzintro call');
  for (const subject of ['Zzintro call', 'Zzfollow-up call']) await app.click(`Select ${subject}`);
  await app.click('Mark Complete (2)');
  await app.expectText('Mark 2 activities complete?');
  await shots(app, 'sales-03-mark-complete');
  await app.click('Mark Complete', { window: /Mark Complete\?/ });
  await app.expectText('2 activities marked complete');
  await app.expectNoText('Zzintro call');
  await app.click('Undo: Mark 2 activities complete');
  await app.expectText('Zzintro call');
  await app.expectText('Zzfollow-up call');
  assert.deepEqual(app.consoleErrors, []);
});

test('sales in Finnish: the same screens speak Finnish', async () => {
  const page = await browser.context.newPage();
  const app = new App(page);
  await app.open(BASE + '?lang=fi');
  const lead = (await app.command({ cmd: 'CreateLead', firstName: 'Aino', lastName: 'Zzlehtinen', company: 'Zzlumo Oy' })).data;
  await app.click('Liidit', NAV);
  await app.type('Hae liidejä', 'Zzlehtinen');
  await page.keyboard.press('Enter');
  await app.expectText('1 liidi');
  await app.click(lead.number);
  await app.click('Muunna');
  await app.expectText('Luo uusi tili: Zzlumo Oy');
  await shots(app, 'sales-fi-01-convert-lead', 'Koulutus');
  await app.click('Muunna', { window: /Page/ });
  await app.expectText('Myyntimahdollisuus: Zzlumo Oy-');
  await app.expectText('Mahdollisuuksien etsintä');
  await shots(app, 'sales-fi-02-opportunity', 'Koulutus');
  await app.click('Oma työtila', NAV);
  await app.click('Näkymä');
  await app.expectText('Myöhässä olevat toiminnot');
  await shots(app, 'sales-fi-03-activities', 'Koulutus');
  assert.deepEqual(app.consoleErrors, []);
});
