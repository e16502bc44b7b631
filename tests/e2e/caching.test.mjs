// Caching and compression of the served page (scripts/build-web + scripts/static_server.mjs,
// docs/HOSTING.md): index.html is revalidated (ETag / Last-Modified, 304), the content-hashed files are
// cached for a year, .br or .gz is sent per Accept-Encoding, and a reload takes the big files from the cache.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import zlib from 'node:zlib';
import { launch, App } from './lib.mjs';

const BASE = process.env.PRM_BASE_URL || 'http://127.0.0.1:8080/';

// A plain request (no automatic decompression): status, headers and the raw body.
function get(pathname, headers = {}) {
  return new Promise((resolve, reject) => {
    http.get(new URL(pathname, BASE), { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

async function hashedNames() {
  const html = (await get('', { 'Accept-Encoding': 'identity' })).body.toString('utf8');
  const attr = (name) => (html.match(new RegExp(`${name}="([^"]+)"`)) || [])[1];
  const shell = (html.match(/src="(shell\.[0-9a-f]{10,}\.js)"/) || [])[1];
  const css = (html.match(/href="(shell\.[0-9a-f]{10,}\.css)"/) || [])[1];
  return { js: attr('data-js'), wasm: attr('data-wasm'), shell, css };
}

let browser;
after(async () => { if (browser) await browser.close(); });

test('index.html names content-hashed files, which are cached for a year', async () => {
  const names = await hashedNames();
  for (const [what, name] of Object.entries(names)) {
    assert.match(name || '', /\.[0-9a-f]{10,}\.(js|wasm|css)$/, `index.html loads a hashed ${what}`);
    const r = await get(name);
    assert.equal(r.status, 200, name);
    assert.equal(r.headers['cache-control'], 'public, max-age=31536000, immutable', name);
  }
  // The hash is of the content: the same bytes as the plain-named build output.
  const plain = await get('prm.wasm', { 'Accept-Encoding': 'identity' });
  const hashed = await get(names.wasm, { 'Accept-Encoding': 'identity' });
  assert.ok(hashed.body.equals(plain.body), 'prm.<hash>.wasm is prm.wasm');
});

test('index.html is revalidated: ETag and Last-Modified, then 304 Not Modified', async () => {
  const first = await get('');
  assert.equal(first.status, 200);
  assert.equal(first.headers['cache-control'], 'no-cache');
  assert.ok(first.headers.etag, 'an ETag');
  assert.ok(first.headers['last-modified'], 'a Last-Modified');
  const byTag = await get('', { 'If-None-Match': first.headers.etag, 'Accept-Encoding': first.headers['content-encoding'] || 'identity' });
  assert.equal(byTag.status, 304);
  assert.equal(byTag.body.length, 0);
  const byDate = await get('index.html', { 'If-Modified-Since': first.headers['last-modified'] });
  assert.equal(byDate.status, 304);
  const stale = await get('', { 'If-None-Match': '"not-this-one"' });
  assert.equal(stale.status, 200, 'another ETag gets the page');
  const sw = await get('sw.js');
  assert.equal(sw.status, 200);
  assert.equal(sw.headers['cache-control'], 'no-cache', 'the service worker is always checked');
});

test('the wasm comes precompressed as brotli or gzip, per Accept-Encoding', async () => {
  const { wasm } = await hashedNames();
  const raw = await get(wasm, { 'Accept-Encoding': 'identity' });
  assert.equal(raw.headers['content-encoding'], undefined);
  assert.equal(Number(raw.headers['content-length']), raw.body.length);

  const br = await get(wasm, { 'Accept-Encoding': 'gzip, deflate, br' });
  assert.equal(br.headers['content-encoding'], 'br');
  assert.equal(br.headers.vary, 'Accept-Encoding');
  assert.equal(Number(br.headers['x-uncompressed-length']), raw.body.length, 'the progress bar knows the real size');
  assert.ok(zlib.brotliDecompressSync(br.body).equals(raw.body), 'the .br is the wasm');
  assert.ok(br.body.length < raw.body.length / 2, 'compressed');

  const gz = await get(wasm, { 'Accept-Encoding': 'gzip' });
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.ok(zlib.gunzipSync(gz.body).equals(raw.body), 'the .gz is the wasm');
  assert.notEqual(gz.headers.etag, br.headers.etag, 'each encoding has its own ETag');

  const refused = await get(wasm, { 'Accept-Encoding': 'br;q=0, gzip' });
  assert.equal(refused.headers['content-encoding'], 'gzip', 'q=0 refuses brotli');
});

test('a reload revalidates the page (304) and takes the hashed files from the browser cache', async () => {
  browser = await launch({ serviceWorkers: 'block' });  // the HTTP cache alone
  const page = await browser.context.newPage();
  const app = new App(page);
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Network.enable');
  const seen = [];
  const wire = new Map();  // requestId -> the status the server really sent (a revalidated page shows as 200)
  cdp.on('Network.responseReceivedExtraInfo', (e) => wire.set(e.requestId, e.statusCode));
  const servedFromCache = new Set();  // the memory cache (Network.requestServedFromCache)
  cdp.on('Network.requestServedFromCache', (e) => servedFromCache.add(e.requestId));
  cdp.on('Network.responseReceived', (e) => seen.push({ id: e.requestId, url: e.response.url, status: e.response.status,
    fromCache: e.response.fromDiskCache || e.response.fromPrefetchCache || servedFromCache.has(e.requestId) }));
  await app.open(BASE);
  const names = await hashedNames();
  const file = (name) => (r) => new URL(r.url).pathname.endsWith('/' + name);
  const firstWasm = seen.find(file(names.wasm));
  assert.ok(firstWasm && firstWasm.status === 200 && !firstWasm.fromCache, 'the first visit downloads the wasm');

  seen.length = 0;
  await page.reload();
  await app.waitReady();
  const doc = seen.find((r) => new URL(r.url).pathname === new URL(BASE).pathname);
  assert.ok(doc, 'the page was requested again');
  await app.frames(2);
  assert.equal(wire.get(doc.id), 304, 'index.html is revalidated, not downloaded again');
  for (const name of [names.wasm, names.js, names.shell, names.css]) {
    const r = seen.find(file(name));
    assert.ok(!r || r.fromCache, `${name} comes from the browser cache on reload: ${JSON.stringify(r)} ${wire.get(r && r.id)}`);
  }
  await app.expectText('PRM Sandbox');
  assert.deepEqual(app.consoleErrors, []);
});
