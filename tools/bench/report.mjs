// Merges the bench's raw outputs into results.json (keys as docs/BENCHMARKS.md describes) and prints a table.
import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];
const quick = process.argv.includes('--quick');
const read = (f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
const peakKb = (f) => {
  const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(fs.readFileSync(path.join(dir, f), 'utf8'));
  return m ? Number(m[1]) : null;
};
const native = read('native.json'), wasm = read('wasm.json');
const scaleNative = read('scale-native.json'), scaleWasm = read('scale-wasm.json');
const browser = read('browser.json');

const bulk = {};
for (const [op, v] of Object.entries(native.bulk)) {
  const w = wasm.bulk[op] || {};
  bulk[op] = { native_ms: v.native_or_wasm_ms, wasm_ms: w.native_or_wasm_ms ?? null, floor_ms: v.floor_ms,
    wasm_floor_ms: w.floor_ms ?? null, same_end_state: v.same_end_state };
}
const scale = { leads: scaleNative.leads, bulk: {} };
for (const [op, v] of Object.entries(scaleNative.bulk)) {
  scale.bulk[op] = { native_ms: v.native_or_wasm_ms, wasm_ms: scaleWasm.bulk[op]?.native_or_wasm_ms ?? null, floor_ms: v.floor_ms };
}
scale.native_peak_rss_bytes = (peakKb('scale-native.time') || 0) * 1024;
scale.wasm_heap_bytes = scaleWasm.wasm_heap_bytes;

const results = {
  quick, leads: native.leads, partners: native.partners, generated_at: new Date().toISOString(),
  transfer_raw_bytes: browser.transfer.transfer_raw_bytes, transfer_gzip_bytes: browser.transfer.transfer_gzip_bytes,
  transfer_files: browser.transfer.files,
  first_frame_ms: browser.load_product, bare_first_frame_ms: browser.load_bare, first_frame_ratio: browser.first_frame_ratio,
  frame_ratio_100k: browser.frames?.frame_ratio ?? null, frames: browser.frames ?? null,
  max_frame_ms_during_bulk: browser.frames?.max_frame_ms_during_bulk ?? null,
  demo_load: browser.demo_load ?? null,
  max_frame_ms_during_demo_load: browser.demo_load?.max_frame_ms_during_demo_load ?? null,
  bulk, native_peak_rss_bytes: (peakKb('native.time') || 0) * 1024, scale,
};
fs.writeFileSync(path.join(dir, 'results.json'), JSON.stringify(results, null, 2));

const f = (x, d = 1) => (x === null || x === undefined || Number.isNaN(x)) ? '—' : Number(x).toFixed(d);
const goal = (ok) => ok === null ? '' : ok ? 'met' : 'MISSED';
const rows = [];
rows.push(['transfer_gzip_bytes', String(results.transfer_gzip_bytes), '≤ 700,000', goal(results.transfer_gzip_bytes <= 700000)]);
rows.push(['first_frame_ratio', f(results.first_frame_ratio, 2), '≤ 1.3', goal(results.first_frame_ratio <= 1.3)]);
rows.push(['frame_ratio_100k', f(results.frame_ratio_100k, 2), '≤ 1.2',
  results.frame_ratio_100k === null ? '' : goal(results.frame_ratio_100k <= 1.2)]);
rows.push(['max_frame_ms_during_demo_load', f(results.max_frame_ms_during_demo_load, 0), '≤ 100',
  results.max_frame_ms_during_demo_load === null ? '' : goal(results.max_frame_ms_during_demo_load <= 100)]);
for (const [op, v] of Object.entries(bulk)) {
  const r1 = v.native_ms / v.floor_ms, r2 = v.wasm_ms / v.native_ms;
  const instant = ['snapshot', 'restore', 'reset'].includes(op);
  rows.push([`bulk.${op}`, `native ${f(v.native_ms)} ms, wasm ${f(v.wasm_ms)} ms, floor ${f(v.floor_ms)} ms`,
    instant ? '≤ 100 ms native' : 'native/floor ≤ 1.5, wasm/native ≤ 1.5',
    instant ? goal(v.native_ms <= 100) : `${f(r1, 2)} ${goal(r1 <= 1.5)}; ${f(r2, 2)} ${goal(r2 <= 1.5)}`]);
}
rows.push([`scale (${scale.leads} leads) wasm heap`, `${f(scale.wasm_heap_bytes / 1048576, 0)} MB`, '≤ 512 MB',
  goal(scale.wasm_heap_bytes <= 512 * 1048576)]);
const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows) console.log(`${r[0].padEnd(w[0])}  ${r[1].padEnd(w[1])}  ${r[2].padEnd(w[2])}  ${r[3]}`);
console.log(`\nwrote ${path.join(dir, 'results.json')}${quick ? ' (quick: sizes too small for the goals to mean anything)' : ''}`);
