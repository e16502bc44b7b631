// Browser figures for scripts/bench: transfer sizes, first frame (product vs bare page), frame time
// with many leads over an empty frame. Writes JSON to stdout. Usage:
//   node browser_bench.mjs --base URL --web DIR [--runs 5] [--leads 100000]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1] && !all[i + 1].startsWith('--') ? all[i + 1] : true]);
  return acc;
}, []));
const base = args.base;
const webDir = args.web;
const runs = Number(args.runs || 5);
const leads = Number(args.leads || 100000);
// The page writes counts with English thousands separators (2,000).
const leadsText = leads.toLocaleString('en-US');
const require = createRequire(path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../tests/e2e/package.json'));
const { chromium } = require('playwright-core');
const os = require('node:os');

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const median = (v) => { const s = [...v].sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : null; };

function transfer() {
  const files = ['index.html', 'shell.js', 'shell.css', 'prm.js', 'prm.wasm'];
  let raw = 0, gz = 0; const per = {};
  for (const f of files) {
    const b = fs.readFileSync(path.join(webDir, f));
    const g = zlib.gzipSync(b, { level: 9 }).length;
    raw += b.length; gz += g; per[f] = { raw: b.length, gzip: g };
  }
  return { transfer_raw_bytes: raw, transfer_gzip_bytes: gz, files: per };
}

async function withBrowser(fn) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'prm-bench-'));
  const ctx = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true,
    args: FLAGS, viewport: { width: 1280, height: 800 } });
  try { return await fn(ctx); } finally { await ctx.close(); fs.rmSync(profile, { recursive: true, force: true }); }
}

async function firstFrame(page, url, { ready }) {
  await page.goto(url);
  await page.waitForFunction(() => window.prmFirstFrameAt || window.prmStartupError, null, { timeout: 60000 });
  const first = await page.evaluate(() => window.prmFirstFrameAt);
  let readyAt = null;
  if (ready) {
    await page.waitForFunction(() => Module.calledRun && Module._prm_ready() === 1, null, { timeout: 60000 });
    readyAt = await page.evaluate(() => performance.now());
  }
  return { first, readyAt };
}

async function loadFigures(url, ready) {
  const cold = [], reload = [], readyCold = [];
  for (let i = 0; i < runs; i++) {
    await withBrowser(async (ctx) => {
      const page = await ctx.newPage();
      const a = await firstFrame(page, url, { ready });
      cold.push(a.first); if (ready) readyCold.push(a.readyAt);
      const b = await firstFrame(page, url, { ready });
      reload.push(b.first);
    });
  }
  return { cold_ms: median(cold), reload_ms: median(reload), ready_cold_ms: ready ? median(readyCold) : undefined };
}

// Frame figures through the real UI: the lead list with N leads over an empty frame of the same app,
// then the longest frame while a mass reassign of all N leads runs (clicked like a person would).
async function frameFigures() {
  const { App } = await import('../../tests/e2e/lib.mjs');
  return withBrowser(async (ctx) => {
    const page = await ctx.newPage();
    const app = new App(page);
    await app.open(base);
    const staging = (await app.command({ cmd: 'CreateQueue', name: 'Bench Staging' })).data.queueId;
    await app.command({ cmd: 'CreateQueue', name: 'Bench Target' });
    await app.command({ cmd: 'GenerateLeads', count: leads, seed: 7, ownerQueueIds: [staging] });
    await app.waitSaved();  // the save of the generated org must not fall into the sampled frames
    await page.waitForTimeout(500);
    const sample = async (ms) => {
      await page.evaluate(() => Module._prm_frame_stats_reset());
      await page.waitForTimeout(ms);
      return page.evaluate(() => JSON.parse(UTF8ToString(Module._prm_frame_stats())));
    };
    await page.evaluate(() => Module._prm_bench_blank(1));
    const empty = await sample(3000);
    await page.evaluate(() => Module._prm_bench_blank(0));
    await app.frames(2);
    await app.click('Leads', { window: /SalesNav/ });
    await app.click('Owner filter');
    await app.click('Queue: Bench Staging', { window: /^##Combo/ });
    await app.expectText(`${leadsText} leads`, { timeout: 60000 });
    const list = await sample(3000);
    await app.click(`Select all matching (${leadsText})`);
    await app.click('Change Owner');
    await app.click('Owner');
    await app.click('Queue', { window: /^##Combo/ });
    await app.click('Bench Target');
    await page.evaluate(() => Module._prm_frame_stats_reset());
    const t0 = Date.now();
    await app.click('Save');
    await app.expectText(new RegExp(`^Done: ${leadsText} of ${leadsText} leads`), { timeout: 600000 });
    const bulkMs = Date.now() - t0;
    const during = await page.evaluate(() => JSON.parse(UTF8ToString(Module._prm_frame_stats())));
    return { empty_frame_ms: empty.median_ms, lead_list_frame_ms: list.median_ms,
      frame_ratio: empty.median_ms > 0 ? list.median_ms / empty.median_ms : null, frames_sampled: list.frames,
      max_frame_ms_during_bulk: during.max_ms, bulk_reassign_wall_ms: bulkMs, bulk_frames: during.frames };
  });
}

// Loading the 50,000-lead Demo org through Training → Scenarios: built in frame-sized parts, so the
// longest frame while it loads stays near a frame's budget; the wall time is the whole load.
async function demoLoadFigures() {
  const { App } = await import('../../tests/e2e/lib.mjs');
  return withBrowser(async (ctx) => {
    const page = await ctx.newPage();
    const app = new App(page);
    await app.open(base);
    await app.click('Training');
    await app.click('Scenarios', { window: /Training/ });
    const title = 'Demo org (50,000 leads)';
    const titleItem = await app.find(title, { window: /Training/, timeout: 10000 });
    const load = (await app.widgets()).filter((w) => w.label === 'Load' && w.visible && w.window === titleItem.window && w.y > titleItem.y)
      .sort((a, b) => a.y - b.y)[0];
    await page.mouse.click(load.x + load.w / 2, load.y + load.h / 2);
    await app.find('Load scenario', { timeout: 10000 });
    await page.evaluate(() => Module._prm_frame_stats_reset());
    const t0 = Date.now();
    await app.click('Load scenario');
    // Done when the header's Training button names the loaded scenario.
    await app.find(/^Training: Demo org/, { timeout: 600000 });
    const wallMs = Date.now() - t0;
    const during = await page.evaluate(() => JSON.parse(UTF8ToString(Module._prm_frame_stats())));
    return { demo_load_wall_ms: wallMs, demo_load_frames: during.frames, max_frame_ms_during_demo_load: during.max_ms };
  });
}

const out = { transfer: transfer() };
out.load_product = await loadFigures(base, true);
out.load_bare = await loadFigures(base + 'bare.html', false);
out.first_frame_ratio = out.load_product.cold_ms / out.load_bare.cold_ms;
if (!args['no-frames']) out.frames = await frameFigures();
if (!args['no-frames']) out.demo_load = await demoLoadFigures();
console.log(JSON.stringify(out, null, 2));
