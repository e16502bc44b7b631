// Touch screens (a 1024x768 tablet; src/platform/web_input.cpp): a swipe scrolls the lead list (and keeps
// going a little after the finger lifts), a tap clicks, a long press is a right click and not a click, a
// tap on a text field gives the hidden text element the focus while the browser handles the tap (so the
// on-screen keyboard opens), and a pinch neither zooms the page nor clicks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, App } from './lib.mjs';

const BASE = process.env.PRM_BASE_URL || 'http://127.0.0.1:8080/';
let browser;
before(async () => { browser = await launch({ width: 1024, height: 768, hasTouch: true }); });
after(async () => { await browser.close(); });

async function open() {
  const page = await browser.context.newPage();
  const app = new App(page);
  await app.open(BASE);
  const cdp = await browser.context.newCDPSession(page);
  // Touch events may carry their own time stamps (ms since 1970), so a swipe's speed does not depend on
  // how fast this machine delivers them.
  const touch = (type, points, atMs) => cdp.send('Input.dispatchTouchEvent', { type,
    touchPoints: points.map(([x, y], id) => ({ x, y, id })), ...(atMs === undefined ? {} : { timestamp: atMs / 1000 }) });
  const counts = () => page.evaluate(() => JSON.parse(UTF8ToString(Module._prm_input_counts())));
  // The long press is 500 ms; on a slow, loaded machine a test's tap could last that long, so the tests
  // of taps and swipes make it a minute (the long-press test sets it back).
  await page.evaluate(() => Module._prm_set_long_press_ms(60000));
  return { page, app, touch, counts };
}

// The lead numbers (L-00001 ...) that are on screen, in order.
async function visibleLeads(app) {
  return (await app.widgets()).filter((w) => w.visible && /^L-\d{5}$/.test(w.label)).map((w) => w.label);
}

test('a swipe over the lead list scrolls it, with momentum; a tap opens a lead', async () => {
  const { page, app, touch, counts } = await open();
  await app.command({ cmd: 'GenerateLeads', count: 150, seed: 7 });
  await app.click('Leads', { window: /SalesNav/ });
  await app.expectText('L-00001');
  const before = await visibleLeads(app);
  assert.ok(before.length > 3 && before[0] === 'L-00001', 'the list starts at L-00001');
  const first = await app.find('L-00001');
  const clicksBefore = (await counts()).left;

  // A finger drags up over the list by 300 px, in steps, and lifts while still moving.
  const x = first.x + first.w + 200, y0 = first.y + 320;
  // 30 px each 16 ms (about 2 px/ms, a quick swipe).
  const t = Date.now();
  await touch('touchStart', [[x, y0]], t);
  for (let i = 1; i <= 10; i++) await touch('touchMove', [[x, y0 - 30 * i]], t + 16 * i);
  await touch('touchEnd', [], t + 170);
  await app.frames(1);
  const atLift = await visibleLeads(app);
  assert.notEqual(atLift[0], 'L-00001', 'the list scrolled with the finger: ' + atLift.slice(0, 3).join(', '));
  // The list keeps moving after the finger lifts, then stops: it ends further than the 300 px dragged.
  const rows = (await app.widgets()).filter((w) => w.visible && /^L-\d{5}$/.test(w.label));
  const rowHeight = rows[1].y - rows[0].y;
  let settled = atLift[0];
  for (let i = 0; i < 100; i++) {
    await app.frames(3);
    const top = (await visibleLeads(app))[0];
    if (top === settled) break;
    settled = top;
  }
  const scrolledRows = Number(settled.slice(2)) - 1;
  assert.ok(scrolledRows > 300 / rowHeight + 2, `the list glided on after the finger lifted: ${scrolledRows} rows of ${rowHeight} px`);
  assert.equal((await counts()).left, clicksBefore, 'a swipe is not a click');
  await app.screenshot('touch-01-swiped');

  // A tap on a lead opens it.
  // Not the first rows: one may sit under the table's frozen header row, where a tap sorts the list.
  const target = (await app.widgets()).filter((w) => w.visible && /^L-\d{5}$/.test(w.label)).sort((a, b) => a.y - b.y)[3];
  await touch('touchStart', [[target.x + 10, target.y + target.h / 2]]);
  await app.frames(2);
  await touch('touchEnd', []);
  await app.frames(3);
  assert.equal((await counts()).left, clicksBefore + 1, 'a tap is one click');
  await app.expectText(target.label);
  await app.expectNoText('Search leads');
  assert.deepEqual(app.consoleErrors, []);
  await page.close();
});

test('a long press is a right click, not a click', async () => {
  const { page, app, touch, counts } = await open();
  const leads = await app.find('Leads', { window: /SalesNav/, kind: 'item' });
  await page.evaluate(() => Module._prm_set_long_press_ms(500));
  const start = await counts();
  await touch('touchStart', [[leads.x + 10, leads.y + leads.h / 2]]);
  // Held still: after half a second the app sees a right click (frames go on while the finger rests).
  await page.waitForFunction((r) => JSON.parse(UTF8ToString(Module._prm_input_counts())).right > r, start.right, { timeout: 10000 });
  await touch('touchEnd', []);
  await app.frames(3);
  const end = await counts();
  assert.equal(end.right, start.right + 1, 'one right click');
  assert.equal(end.left, start.left, 'no left click');
  await app.expectNoText(/^\d+ leads$/);  // the Leads tab did not open
  await page.close();
});

test('a tap on a text field focuses the text input while the tap is handled (on-screen keyboard)', async () => {
  const { page, app, touch, counts } = await open();
  await app.click('Leads', { window: /SalesNav/ });
  const field = await app.find('Search leads', { kind: 'item' });
  // What has the focus when the browser's touchend handling reaches the window (after the canvas).
  await page.evaluate(() => {
    window.prmFocusAtTouchEnd = [];
    window.addEventListener('touchend', () => window.prmFocusAtTouchEnd.push(document.activeElement && document.activeElement.id));
  });
  await touch('touchStart', [[field.x + 20, field.y + field.h / 2]]);
  await app.frames(2);
  assert.equal((await counts()).overTextField, true, 'the finger rests on the field');
  await touch('touchEnd', []);
  await app.frames(3);
  assert.deepEqual(await page.evaluate(() => window.prmFocusAtTouchEnd), ['prm-text-input']);
  await page.keyboard.insertText('L-00002');
  await app.frames(3);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'prm-text-input', 'the focus stays while the field is active');
  await app.expectText('L-00002');
  await page.close();
});

test('a pinch does not zoom the page, click, or break the layout', async () => {
  const { page, app, touch, counts } = await open();
  const start = await counts();
  await touch('touchStart', [[400, 400]]);
  await touch('touchStart', [[400, 400], [500, 400]]);
  for (let i = 1; i <= 5; i++) await touch('touchMove', [[400 - 20 * i, 400], [500 + 20 * i, 400]]);
  await touch('touchEnd', []);
  await app.frames(3);
  const after = await counts();
  assert.deepEqual(after, start, 'no click, no right click');
  const view = await page.evaluate(() => ({ scale: visualViewport.scale, w: innerWidth,
    canvas: document.getElementById('canvas').getBoundingClientRect().width }));
  assert.equal(view.scale, 1, 'the page is not zoomed');
  assert.equal(view.canvas, view.w, 'the canvas fills the window');
  // The layout follows a new window size (a rotated tablet).
  await page.setViewportSize({ width: 768, height: 1024 });
  await app.frames(3);
  const home = await app.find('Leads', { window: /SalesNav/, kind: 'item' });
  assert.ok(home.x + home.w <= 768, 'the navigation fits the narrower window');
  await page.close();
});
