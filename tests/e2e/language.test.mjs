// The UI language: ?lang=fi opens in Finnish; the header's EN / FI switch changes every label at once and
// the choice survives a reload; with no choice made, the browser's own language decides (fi-FI → Finnish,
// en-US → English).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, App } from './lib.mjs';
import { translator } from './i18n.mjs';

const BASE = process.env.PRM_BASE_URL || 'http://127.0.0.1:8080/';
const EN = translator('en');
const FI = translator('fi');
// Labels that are always on the first screen and differ between the languages.
const PROBES = ['Home', 'Leads', 'Accounts', 'Log Out'].filter((l) => FI.t(l) !== l);

async function expectLanguage(app, T) {
  const other = T.lang === 'fi' ? EN : FI;
  for (const label of PROBES) {
    await app.find(T.t(label), { kind: 'item', timeout: 10000 });
    assert.equal(await app.hasItem(other.t(label)), false, `${other.t(label)} is not shown in ${T.lang}`);
  }
  const active = await app.find(T.lang === 'fi' ? 'FI' : 'EN', { kind: 'item' });
  assert.ok(active, 'the switch shows the language');
}

async function withBrowser(opts, fn) {
  const browser = await launch(opts);
  try {
    const page = await browser.context.newPage();
    const app = new App(page);
    await fn(app, page);
    assert.deepEqual(app.consoleErrors, []);
  } finally {
    await browser.close();
  }
}

test('the probe labels have Finnish translations', () => {
  assert.ok(PROBES.length >= 2, 'Home, Leads, Accounts or Log Out are translated in fi.po');
});

test('?lang=fi opens the UI in Finnish', async () => {
  await withBrowser({ locale: 'en-US' }, async (app) => {
    await app.open(BASE + '?lang=fi');
    await expectLanguage(app, FI);
    await app.screenshot('fi-language-01-lang-param');
  });
});

test('EN / FI in the header switch the language, and a reload keeps the choice', async () => {
  await withBrowser({ locale: 'en-US' }, async (app, page) => {
    await app.open(BASE);
    await expectLanguage(app, EN);

    await app.click('FI');
    await expectLanguage(app, FI);
    await app.screenshot('fi-language-02-switched');
    await page.reload();
    await app.waitReady();
    await expectLanguage(app, FI);

    await app.click('EN');
    await expectLanguage(app, EN);
    await page.reload();
    await app.waitReady();
    await expectLanguage(app, EN);
  });
});

test('a Finnish browser starts in Finnish, an English one in English', async () => {
  await withBrowser({ locale: 'fi-FI' }, async (app) => {
    await app.open(BASE);
    assert.match(await app.page.evaluate(() => navigator.language), /^fi/);
    await expectLanguage(app, FI);
  });
  await withBrowser({ locale: 'en-US' }, async (app) => {
    await app.open(BASE);
    await expectLanguage(app, EN);
  });
});

test('lists sort names in the UI language: Å before Ä in Finnish, after it in English', async () => {
  await withBrowser({ locale: 'en-US' }, async (app) => {
    await app.open(BASE + '?lang=en');
    await app.command({ cmd: 'CreateAccount', name: 'Ärväs Oy' });
    await app.command({ cmd: 'CreateAccount', name: 'Åberg Oy' });
    await app.click(EN.t('Accounts'), { window: /SalesNav/ });
    const above = async (a, b) => (await app.find(a)).y < (await app.find(b)).y;
    assert.equal(await above('Ärväs Oy', 'Åberg Oy'), true, 'English: Ärväs Oy, then Åberg Oy');
    await app.click('FI');
    await app.find(FI.t('Accounts'), { window: /SalesNav/, kind: 'item' });
    await app.frames(2);
    assert.equal(await above('Åberg Oy', 'Ärväs Oy'), true, 'Finnish: Åberg Oy, then Ärväs Oy');
    await app.screenshot('fi-language-03-accounts-sorted');
  });
});
