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

async function frameFigures() {
  return withBrowser(async (ctx) => {
    const page = await ctx.newPage();
    await page.goto(base);
    await page.waitForFunction(() => Module.calledRun && Module._prm_ready() === 1, null, { timeout: 60000 });
    const cmd = (c) => page.evaluate((c) => JSON.parse(UTF8ToString(
      Module.ccall('prm_command', 'number', ['string'], [JSON.stringify(c)]))), c);
    const gen = await cmd({ cmd: 'GenerateLeads', count: leads, seed: 7 });
    const sample = async (ms) => {
      await page.evaluate(() => Module._prm_frame_stats_reset());
      await page.waitForTimeout(ms);
      return page.evaluate(() => JSON.parse(UTF8ToString(Module._prm_frame_stats())));
    };
    await page.evaluate(() => Module._prm_bench_blank(1));
    const empty = await sample(3000);
    await page.evaluate(() => Module._prm_bench_blank(0));
    // Open the lead list by clicking its nav entry, found by label in the widget map.
    const items = await page.evaluate(() => JSON.parse(UTF8ToString(Module._prm_widget_map())).items);
    const nav = items.find((it) => it.label === 'Leads' && it.kind === 'item' && it.visible);
    if (nav) await page.mouse.click(nav.x + 10, nav.y + nav.h / 2);
    await page.waitForTimeout(1500);
    const list = await sample(3000);
    return { generated: gen.ok, lead_list_found: !!nav, empty_frame_ms: empty.median_ms, lead_list_frame_ms: list.median_ms,
      frame_ratio: empty.median_ms > 0 ? list.median_ms / empty.median_ms : null, frames_sampled: list.frames };
  });
}

const out = { transfer: transfer() };
out.load_product = await loadFigures(base, true);
out.load_bare = await loadFigures(base + 'bare.html', false);
out.first_frame_ratio = out.load_product.cold_ms / out.load_bare.cold_ms;
if (!args['no-frames']) out.frames = await frameFigures();
console.log(JSON.stringify(out, null, 2));
