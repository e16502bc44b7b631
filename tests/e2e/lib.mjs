// Browser-test helpers: Debian's Chromium driven by playwright-core. Widgets are found by label in
// the app's per-frame widget map (window.Module._prm_widget_map) and clicked with real mouse events.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const SHOTS = path.join(ROOT, 'build', 'e2e-screenshots');

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// PRM_CPU_THROTTLE=4 runs every page with its CPU slowed 4x (Chrome DevTools Protocol), as on a slow machine.
export const CPU_THROTTLE = Number(process.env.PRM_CPU_THROTTLE || 0);

async function throttle(context, page) {
  const session = await context.newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
}

// Resolves once the page runs at the throttled speed (at once when no throttle is asked for).
export function throttled(page) {
  return page.prmThrottled || Promise.resolve();
}

// hasTouch: a touch screen (tablet) page, for touch events; serviceWorkers: 'block' keeps the page's
// service worker out (to see the HTTP cache alone); locale: the browser's language (navigator.languages).
export async function launch({ width = 1280, height = 800, hasTouch = false, serviceWorkers = 'allow',
  locale = 'en-US' } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'prm-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS,
    viewport: { width, height }, deviceScaleFactor: 1, hasTouch, serviceWorkers, locale,
  });
  if (CPU_THROTTLE > 1) {
    for (const page of context.pages()) page.prmThrottled = throttle(context, page);
    context.on('page', (page) => { page.prmThrottled = throttle(context, page); });
  }
  const close = async () => { await context.close(); fs.rmSync(profile, { recursive: true, force: true }); };
  return { context, close };
}

export class App {
  constructor(page) {
    this.page = page;
    this.consoleErrors = [];
    page.on('console', (m) => { if (m.type() === 'error') this.consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => this.consoleErrors.push(String(e)));
  }

  async open(url) {
    await throttled(this.page);
    await this.page.goto(url);
    await this.waitReady();
  }

  async waitReady(timeout = 60000) {
    await this.page.waitForFunction(() => window.prmStartupError ||
      (window.Module && Module.calledRun && window.prmFirstFrameAt && Module._prm_ready() === 1), null, { timeout });
    const err = await this.page.evaluate(() => window.prmStartupError || null);
    if (err) throw new Error('the page failed to start: ' + err);
    await this.frames(3);
  }

  async frameNumber() {
    return this.page.evaluate(() => JSON.parse(UTF8ToString(Module._prm_widget_map())).frame);
  }

  // Waits until the app has drawn n more frames. Generous: a page throttled 4x beside another busy page
  // on 2 cores may draw only a few frames a second; a page that draws none at all still fails.
  async frames(n = 2) {
    const start = await this.frameNumber();
    await this.page.waitForFunction((s) => JSON.parse(UTF8ToString(Module._prm_widget_map())).frame >= s,
      start + n, { timeout: 30000 });
  }

  async widgets() {
    return this.page.evaluate(() => JSON.parse(UTF8ToString(Module._prm_widget_map())).items);
  }

  // Finds a visible widget by its label (exact, or a RegExp); `window` narrows to one ImGui window.
  async find(label, { window, kind, timeout = 5000, index = 0 } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const items = await this.widgets();
      const hits = items.filter((it) => it.visible &&
        (label instanceof RegExp ? label.test(it.label) : it.label === label) &&
        (!window || (window instanceof RegExp ? window.test(it.window) : (it.window === window || it.window.startsWith(window + '/')))) && (!kind || it.kind === kind));
      if (hits.length > index) return hits[index];
      if (Date.now() > deadline) {
        const seen = items.filter((it) => it.visible).map((it) => it.label).slice(0, 80).join(' | ');
        throw new Error(`no visible widget labelled ${label}${window ? ' in ' + window : ''}; visible: ${seen}`);
      }
      await this.page.waitForTimeout(50);
    }
  }

  // Clicks a widget by label. A disabled one is waited for (the step before may not have reached the
  // screen yet on a slow, throttled page) and is an error only if it stays disabled.
  async click(label, opts = {}) {
    let w = await this.find(label, { kind: 'item', ...opts });
    const deadline = Date.now() + (opts.timeout || 5000);
    while (!w.enabled && !opts.allowDisabled && Date.now() < deadline) {
      await this.page.waitForTimeout(50);
      w = await this.find(label, { kind: 'item', ...opts });
    }
    if (!w.enabled && !opts.allowDisabled) throw new Error(`widget ${label} is disabled`);
    await this.page.mouse.click(w.x + Math.min(w.w / 2, 40), w.y + w.h / 2);
    await this.frames(2);
    return w;
  }

  // Clicks a text field by its label, selects what is there and types the new text.
  async type(label, text, opts = {}) {
    const w = await this.find(label, { kind: 'item', ...opts });
    await this.page.mouse.click(w.x + Math.min(w.w / 2, 60), w.y + w.h / 2);
    await this.frames(2);
    await this.page.keyboard.down('Control');
    await this.page.keyboard.press('KeyA');
    await this.page.keyboard.up('Control');
    await this.page.keyboard.press('Backspace');
    await this.page.keyboard.type(text, { delay: 5 });
    await this.page.keyboard.press('Tab');
    await this.frames(2);
  }

  async hasText(text) {
    const items = await this.widgets();
    return items.some((it) => it.visible && (text instanceof RegExp ? text.test(it.label) : it.label.includes(text)));
  }

  async expectText(text, { timeout = 5000 } = {}) {
    const deadline = Date.now() + timeout;
    while (!(await this.hasText(text))) {
      if (Date.now() > deadline) {
        const seen = (await this.widgets()).filter((it) => it.visible).map((it) => it.label).slice(0, 80).join(' | ');
        throw new Error(`expected text ${text} on screen; visible: ${seen}`);
      }
      await this.page.waitForTimeout(50);
    }
  }

  // True when a visible widget (not plain text) has exactly this label.
  async hasItem(label) {
    return (await this.widgets()).some((it) => it.visible && it.kind === 'item' && it.label === label);
  }

  // The first visible text or widget label matching `re` (a RegExp), waiting up to `timeout` ms.
  async readText(re, { timeout = 5000 } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const hit = (await this.widgets()).find((it) => it.visible && re.test(it.label));
      if (hit) return hit.label;
      if (Date.now() > deadline) throw new Error(`no visible text matches ${re}`);
      await this.page.waitForTimeout(50);
    }
  }

  async expectNoText(text) {
    if (await this.hasText(text)) throw new Error(`did not expect text ${text} on screen`);
  }

  // Runs a command through the JS bridge (for bulk data set-up only; steps under test are clicked).
  async command(cmd) {
    const out = await this.page.evaluate((c) => JSON.parse(UTF8ToString(
      Module.ccall('prm_command', 'number', ['string'], [JSON.stringify(c)]))), cmd);
    if (!out.ok) throw new Error(`command ${cmd.cmd} refused: ${out.message}`);
    return out;
  }

  async waitSaved() {
    await this.page.waitForFunction(() => Module._prm_pending_save() === 0, null, { timeout: 20000 });
  }

  async screenshot(name) {
    fs.mkdirSync(SHOTS, { recursive: true });
    const file = path.join(SHOTS, name + '.png');
    await this.page.screenshot({ path: file });
    return file;
  }
}
