// Turns a web build folder into the self-contained folder a static host serves (run by scripts/build-web):
//   - content-hashed copies of the page's files (prm.<hash>.js, prm.<hash>.wasm, shell.<hash>.js,
//     shell.<hash>.css) that a server may cache for a year; index.html names them. The plain names stay
//     too (the bench's floor page and scripts/bench read them); older hashed copies are removed.
//   - the service worker (sw.js) with this build's file list and cache version, and PNG icons for the
//     web app manifest, drawn here (the same picture as web/icon.svg).
//   - FILE.gz (gzip -9) and FILE.br (brotli, best) beside each file the page loads, for servers that send
//     precompressed files (scripts/static_server.mjs does).
// Usage: node scripts/web_bundle.mjs WEB_DIR [--no-compress]. Uses only node's own modules.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dir = path.resolve(process.argv[2] || path.join(ROOT, 'build/web-release/web'));
const die = (m) => { console.error('web_bundle: ' + m); process.exit(1); };
for (const f of ['prm.js', 'prm.wasm', 'shell.js', 'shell.css']) {
  if (!fs.existsSync(path.join(dir, f))) die(`${path.join(dir, f)} is missing: build the web app first`);
}

// ---- content-hashed copies -------------------------------------------------------------------
const HASHED = /^(prm|shell)\.[0-9a-f]{10,}\.(js|wasm|css)(\.gz|\.br)?$/;
for (const f of fs.readdirSync(dir)) if (HASHED.test(f)) fs.rmSync(path.join(dir, f));
const hashOf = (buf) => crypto.createHash('sha256').update(buf).digest('hex').slice(0, 12);
const names = {};
for (const f of ['prm.js', 'prm.wasm', 'shell.js', 'shell.css']) {
  const buf = fs.readFileSync(path.join(dir, f));
  const ext = path.extname(f);
  names[f] = `${path.basename(f, ext)}.${hashOf(buf)}${ext}`;
  fs.writeFileSync(path.join(dir, names[f]), buf);
}

// ---- icons -------------------------------------------------------------------------------------
// A minimal PNG writer (RGBA, no filter) and the icon's shapes as distance tests, 4x4 samples a pixel.
const CRC = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});
function crc32(buf) {
  let c = -1;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) pixel(x, y, raw, y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}
// In the 512-unit space of web/icon.svg.
const nodes = [[256, 150], [140, 350], [372, 350]];
const edges = [[0, 1], [0, 2], [1, 2]];
function segDist(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}
function inRoundedSquare(x, y) {
  const r = 96, cx = Math.min(Math.max(x, r), 512 - r), cy = Math.min(Math.max(y, r), 512 - r);
  return x >= 0 && y >= 0 && x <= 512 && y <= 512 && Math.hypot(x - cx, y - cy) <= r;
}
function isWhite(x, y) {
  return nodes.some(([cx, cy]) => Math.hypot(x - cx, y - cy) <= 62) ||
    edges.some(([a, b]) => segDist(x, y, nodes[a], nodes[b]) <= 14);
}
function icon(size) {
  const s = 512 / size, N = 4;
  return png(size, (x, y, out, at) => {
    let bg = 0, white = 0;
    for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) {
      const ux = (x + (i + 0.5) / N) * s, uy = (y + (j + 0.5) / N) * s;
      if (!inRoundedSquare(ux, uy)) continue;
      if (isWhite(ux, uy)) white++; else bg++;
    }
    const cover = (bg + white) / (N * N);
    const w = bg + white ? white / (bg + white) : 0;
    out[at] = Math.round(0x1b + (255 - 0x1b) * w);
    out[at + 1] = Math.round(0x5f + (255 - 0x5f) * w);
    out[at + 2] = Math.round(0xbf + (255 - 0xbf) * w);
    out[at + 3] = Math.round(255 * cover);
  });
}
fs.writeFileSync(path.join(dir, 'icon-192.png'), icon(192));
fs.writeFileSync(path.join(dir, 'icon-512.png'), icon(512));
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'web/manifest.webmanifest'), 'utf8'));
manifest.icons = manifest.icons.filter((i) => !i.src.endsWith('.png')).concat([
  { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
]);
fs.writeFileSync(path.join(dir, 'manifest.webmanifest'), JSON.stringify(manifest, null, 2) + '\n');

// ---- the page and the service worker -------------------------------------------------------------
let html = fs.readFileSync(path.join(ROOT, 'web/index.html'), 'utf8');
const swap = (from, to) => {
  if (!html.includes(from)) die(`web/index.html has no ${from}`);
  html = html.replace(from, to);
};
swap('<link rel="stylesheet" href="shell.css">', `<link rel="stylesheet" href="${names['shell.css']}">`);
swap('<script src="shell.js"></script>',
  `<script src="${names['shell.js']}" data-js="${names['prm.js']}" data-wasm="${names['prm.wasm']}" data-sw="sw.js"></script>`);
swap('<link rel="apple-touch-icon" href="icon.svg">', '<link rel="apple-touch-icon" href="icon-192.png">');
fs.writeFileSync(path.join(dir, 'index.html'), html);

const files = Object.values(names);
const others = ['manifest.webmanifest', 'icon.svg', 'icon-192.png', 'icon-512.png'];
const version = hashOf(Buffer.from(files.join(',') + '|' + others.map((f) => hashOf(fs.readFileSync(path.join(dir, f)))).join(',') + '|' + hashOf(Buffer.from(html))));
let sw = fs.readFileSync(path.join(ROOT, 'web/sw.js'), 'utf8');
const line = "const BUILD = { version: 'dev', files: [], others: [] };";
if (!sw.includes(line)) die('web/sw.js has no BUILD line to fill in');
sw = sw.replace(line, `const BUILD = ${JSON.stringify({ version, files, others })};`);
fs.writeFileSync(path.join(dir, 'sw.js'), sw);

// ---- precompressed copies ------------------------------------------------------------------------
// The files the page loads (the plain-named copies are for the bench: the server gzips those on the fly).
let raw = 0, gz = 0, br = 0;
for (const f of process.argv.includes('--no-compress') ? [] : files.concat(['index.html', 'sw.js', 'manifest.webmanifest', 'icon.svg'])) {
  const file = path.join(dir, f);
  const buf = fs.readFileSync(file);
  const g = zlib.gzipSync(buf, { level: 9 });
  const b = zlib.brotliCompressSync(buf, { params: {
    [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
    [zlib.constants.BROTLI_PARAM_MODE]: f.endsWith('.wasm') ? zlib.constants.BROTLI_MODE_GENERIC : zlib.constants.BROTLI_MODE_TEXT } });
  fs.writeFileSync(file + '.gz', g);
  fs.writeFileSync(file + '.br', b);
  if (f !== 'sw.js' && !others.includes(f)) { raw += buf.length; gz += g.length; br += b.length; }
}
console.log(`web_bundle: ${dir}: ${files.join(', ')}; the page is ${raw} B, ${gz} B gzip, ${br} B brotli`);
