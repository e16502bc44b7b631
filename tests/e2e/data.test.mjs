// Data in and out through the real UI (docs/DATA.md): the Data Import Wizard from the Leads list with a
// Finnish CSV (one bad row → the error file), a file that is not CSV refused with nothing changed, the
// whole sandbox downloaded as a .sqlite file, and an outbox e-mail downloaded as .eml.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch, App } from './lib.mjs';
import { searchLeads } from './lead-setup.mjs';

const BASE = process.env.PRM_BASE_URL || 'http://127.0.0.1:8080/';
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

async function leadCount(app) {
  await app.click('Leads', { window: /SalesNav/ });
  return Number((await app.readText(/^[\d,]+ leads?$/)).split(' ')[0].replace(/,/g, ''));
}

async function pickFile(app, button, file) {
  const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), app.click(button)]);
  await chooser.setFiles(file);
  await app.frames(3);
}

async function downloadOf(app, button) {
  const [dl] = await Promise.all([app.page.waitForEvent('download'), app.click(button)]);
  return { name: dl.suggestedFilename(), bytes: fs.readFileSync(await dl.path()) };
}

const CSV = [
  'FirstName,LastName,Company,Email,City',
  'Äijä,Pöyhönen-Importtest,"Pöllö Oy, Helsinki",aija.poyhonen@pollo.example,Helsinki',
  'Sööpeli,Väänänen-Importtest,Kärkkäinen Ab,soopeli@karkkainen.example,Oulu',
  'Bob,Brokenmail-Importtest,Bad Mail Oy,bob@,Tampere',
].join('\r\n') + '\r\n';

test('Leads > Import: a Finnish CSV imports 2 rows, the bad one comes back in the error file', async () => {
  const page = await browser.context.newPage();
  const app = new App(page);
  await app.open(BASE);
  const before = await leadCount(app);

  await app.click('Import');
  await app.expectText('Data Import Wizard');
  await app.click('Lead');
  await app.screenshot('data-01-wizard');
  await pickFile(app, 'Choose CSV File', { name: 'leads.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
  await app.expectText('leads.csv (3 rows)');
  await app.expectText(/^Map the CSV columns to Lead fields/);
  // Auto-mapped: the quoted company with a comma and the Finnish letters reach the preview intact.
  await app.expectText('Pöllö Oy, Helsinki');
  await app.expectText('Pöyhönen-Importtest');
  await app.screenshot('data-02-mapping');

  await app.click('Check rows');
  await app.expectText(/^Check: 2 rows would be imported, 1 would fail/);
  await app.expectText(/bob@/);
  assert.equal(await leadCount(app), before, 'a check writes nothing');

  // Back to the wizard from the list: a fresh start, so the file is picked again.
  await app.click('Import');
  await app.click('Lead');
  await pickFile(app, 'Choose CSV File', { name: 'leads.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
  await app.expectText('leads.csv (3 rows)');
  await app.click('Import');
  await app.expectText('2 succeeded, 1 failed', { timeout: 15000 });
  await app.screenshot('data-03-result');

  const err = await downloadOf(app, 'Download error file');
  assert.equal(err.name, 'leads-errors.csv');
  const errText = err.bytes.toString('utf8');
  assert.match(errText, /ERROR/);
  assert.match(errText, /Brokenmail-Importtest/);
  assert.match(errText, /'bob@' is not an e-mail address/);
  assert.doesNotMatch(errText, /Pöyhönen/, 'only the failed row is in the error file');

  const ok = await downloadOf(app, 'Download success file');
  assert.equal(ok.name, 'leads-success.csv');
  assert.match(ok.bytes.toString('utf8'), /Pöyhönen-Importtest/);

  assert.equal(await leadCount(app), before + 2);
  await searchLeads(app, 'Importtest');
  await app.screenshot('data-04-leads');
  await app.expectText(/Pöyhönen-Importtest/);
  await app.expectText(/Väänänen-Importtest/);
  await app.expectNoText(/Brokenmail-Importtest/);
  assert.deepEqual(app.consoleErrors, []);
  await page.close();
});

test('a file that is not CSV is refused and nothing changes', async () => {
  const page = await browser.context.newPage();
  const app = new App(page);
  await app.open(BASE);
  const before = await leadCount(app);
  await app.click('Import');
  await app.click('Lead');
  const binary = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x4c, 0x61, 0x73, 0x74, 0x0a, 0x00, 0xff]);
  await pickFile(app, 'Choose CSV File', { name: 'leads.csv', mimeType: 'text/csv', buffer: binary });
  await app.expectText(/not a CSV text file/);
  await app.expectNoText(/^Map the CSV columns/);
  await app.screenshot('data-05-binary-refused');
  assert.equal(await leadCount(app), before);
  assert.deepEqual(app.consoleErrors, []);
  await page.close();
});

test('Setup > Data Management > Sandbox File downloads the org as a SQLite file', async () => {
  const page = await browser.context.newPage();
  const app = new App(page);
  await app.open(BASE);
  await app.click(/^App menu: Sales/);
  await app.click('Setup', { window: /^##Popup/ });
  await app.click('Administer');
  await app.click('Data Management');
  await app.click('Sandbox File');
  await app.expectText('SQLite file');
  const file = await downloadOf(app, 'Download sandbox (.sqlite)');
  assert.equal(file.name, 'prm-sandbox.sqlite');
  assert.equal(file.bytes.subarray(0, 16).toString('latin1'), 'SQLite format 3\0');
  await app.expectText(/^Downloaded prm-sandbox.sqlite/);
  await app.screenshot('data-06-sandbox-file');
  assert.deepEqual(app.consoleErrors, []);
  await page.close();
});

test('Outbox > an e-mail > Download .eml', async () => {
  const page = await browser.context.newPage();
  const app = new App(page);
  await app.open(BASE);
  await app.click('Outbox', { window: /SalesNav/ });
  // The org's creation sent the administrator a welcome e-mail: the newest one is selected.
  await app.expectNoText(/^No e-mails yet/);
  await app.expectText(/^Welcome to /);
  const file = await downloadOf(app, 'Download .eml');
  assert.match(file.name, /^email-\d+\.eml$/);
  const eml = file.bytes.toString('utf8');
  assert.match(eml, /^Subject: /m);
  assert.match(eml, /\r\n/);
  assert.doesNotMatch(eml, /[^\r]\n/, 'every line ends with CRLF');
  await app.screenshot('data-07-outbox');
  assert.deepEqual(app.consoleErrors, []);
  await page.close();
});
