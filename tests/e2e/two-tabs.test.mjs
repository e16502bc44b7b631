// A second tab of the same sandbox must not overwrite what the first one saved later.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, App } from './lib.mjs';

const BASE = process.env.PRM_BASE_URL || 'http://127.0.0.1:8080/';
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('a tab that falls behind another stops saving and asks for a reload', async () => {
  const first = new App(await browser.context.newPage());
  await first.open(BASE);
  await first.waitSaved();  // the first visit creates the org and saves it; the second tab opens that
  const second = new App(await browser.context.newPage());
  await second.open(BASE);

  await first.command({ cmd: 'CreateAccount', name: 'Saved In Tab One Oy' });
  await first.waitSaved();
  await second.expectText('Another tab changed this sandbox after this tab opened it.', { timeout: 10000 });
  await second.screenshot('two-tabs-01-notice');
  // The stale tab's own change is not written over the newer org.
  await second.command({ cmd: 'CreateAccount', name: 'Stale Tab Oy' });
  // The change marks the org unsaved; the tab's next save attempt sees it is stale and writes nothing.
  await second.waitSaved();

  const reload = await second.find('Reload this tab', { kind: 'item' });
  await Promise.all([second.page.waitForNavigation(), second.page.mouse.click(reload.x + 10, reload.y + reload.h / 2)]);
  await second.waitReady();
  await second.click('Accounts', { window: /SalesNav/ });
  await second.expectText('Saved In Tab One Oy');
  await second.expectNoText('Stale Tab Oy');
  await second.screenshot('two-tabs-02-reloaded');
  assert.deepEqual(first.consoleErrors, []);
});
