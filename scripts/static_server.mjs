// Serves a folder with the right MIME types (application/wasm for .wasm), validators and compression.
// Usage: node scripts/static_server.mjs DIR [PORT]; HOST=0.0.0.0 serves the local network (default
// 127.0.0.1, this machine only). Stops cleanly on Ctrl-C / SIGTERM.
//   - Content-hashed names (prm.3f2a9c01be.wasm, written by scripts/build-web) are cached for a year
//     (`immutable`); everything else (index.html, sw.js, the manifest) is `no-cache`: revalidated each time.
//   - Every file has an ETag and Last-Modified; a matching If-None-Match / If-Modified-Since gets 304.
//   - A precompressed FILE.br or FILE.gz beside the file is sent when the client accepts it; otherwise
//     text-like files are gzipped on the fly. X-Uncompressed-Length carries the real size (the page's
//     progress bar reads it).
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.resolve(process.argv[2] || '.');
const port = Number(process.argv[3] || process.env.PORT || 8080);
const host = process.env.HOST || '127.0.0.1';
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.ttf': 'font/ttf', '.csv': 'text/csv; charset=utf-8',
  '.sqlite': 'application/vnd.sqlite3', '.ico': 'image/x-icon',
};
// Names that carry a hash of their content: a new build gives them a new name, so they never change.
const HASHED = /\.[0-9a-f]{10,}\.(js|wasm|css|png|svg)$/;
const gzipCache = new Map();

// The encodings the client accepts (Accept-Encoding, with q=0 meaning "not this one").
function accepted(header) {
  const out = new Set();
  for (const part of String(header || '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) out.add(name);
  }
  return out;
}

function statFile(file) {
  try { const st = fs.statSync(file); return st.isFile() ? st : null; } catch { return null; }
}

const server = http.createServer((req, res) => {
  let urlPath;
  try { urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname); } catch { res.writeHead(400).end(); return; }
  if (urlPath.endsWith('/')) urlPath += 'index.html';
  const file = path.join(root, path.normalize(urlPath));
  if (!file.startsWith(root + path.sep) && file !== root) { res.writeHead(403).end('forbidden'); return; }
  const st = statFile(file);
  if (!st) { res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found: ' + urlPath); return; }
  const type = types[path.extname(file)] || 'application/octet-stream';
  const compressible = !type.startsWith('image/png') && type !== 'image/x-icon' && type !== 'application/vnd.sqlite3';
  const enc = accepted(req.headers['accept-encoding']);

  // Which body: a precompressed sibling (only if it is not older than the file), on-the-fly gzip, or the file.
  let encoding = null, bodyFile = file, bodyStat = st, body = null;
  for (const [name, ext] of [['br', '.br'], ['gzip', '.gz']]) {
    if (!enc.has(name)) continue;
    const pst = statFile(file + ext);
    if (pst && pst.mtimeMs >= st.mtimeMs) { encoding = name; bodyFile = file + ext; bodyStat = pst; break; }
  }
  if (!encoding && compressible && enc.has('gzip')) {
    const key = file + ':' + st.mtimeMs + ':' + st.size;
    body = gzipCache.get(key);
    if (!body) { body = zlib.gzipSync(fs.readFileSync(file), { level: 9 }); gzipCache.set(key, body); }
    encoding = 'gzip';
  }

  const tag = `${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}`;
  const etag = `"${tag}${encoding ? '-' + encoding : ''}"`;
  const headers = {
    'Content-Type': type,
    'Cache-Control': HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
    'ETag': etag,
    'Last-Modified': new Date(Math.floor(st.mtimeMs / 1000) * 1000).toUTCString(),
    'Vary': 'Accept-Encoding',
    // The page's progress bar reads the uncompressed size from this header.
    'X-Uncompressed-Length': st.size,
  };

  // Revalidation: If-None-Match wins over If-Modified-Since (RFC 9110 13.1.3).
  const inm = req.headers['if-none-match'];
  let notModified = false;
  if (inm) {
    notModified = inm.trim() === '*' || inm.split(',').map((t) => t.trim().replace(/^W\//, '')).includes(etag);
  } else if (req.headers['if-modified-since']) {
    const since = Date.parse(req.headers['if-modified-since']);
    notModified = !Number.isNaN(since) && Math.floor(st.mtimeMs / 1000) * 1000 <= since;
  }
  if (notModified) { res.writeHead(304, headers).end(); return; }

  if (encoding) headers['Content-Encoding'] = encoding;
  headers['Content-Length'] = body ? body.length : bodyStat.size;
  res.writeHead(200, headers);
  if (req.method === 'HEAD') { res.end(); return; }
  if (body) res.end(body);
  else fs.createReadStream(bodyFile).pipe(res);
});

// The addresses others can type: this machine's IPv4 addresses on its networks when serving them all.
function urls() {
  if (host !== '0.0.0.0' && host !== '::') return [`http://${host.includes(':') ? '[' + host + ']' : host}:${port}/`];
  const out = [`http://127.0.0.1:${port}/  (this machine)`];
  for (const [name, addrs] of Object.entries(os.networkInterfaces())) {
    for (const a of addrs || []) {
      if (a.internal || (a.family !== 'IPv4' && a.family !== 4)) continue;
      out.push(`http://${a.address}:${port}/  (${name})`);
    }
  }
  if (out.length === 1) out.push('(no network address found: is this machine connected to a network?)');
  return out;
}

server.listen(port, host, () => {
  const list = urls();
  if (list.length === 1) console.log(`PRM Sandbox is served at ${list[0]}  (Ctrl-C stops it)`);
  else console.log(`PRM Sandbox is served on the local network (Ctrl-C stops it). Open one of:\n  ${list.join('\n  ')}`);
});
server.on('error', (e) => {
  console.error(`cannot serve on ${host} port ${port}: ${e.message}; choose another with PORT=NNNN (or HOST=...)`);
  process.exit(1);
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { server.close(); process.exit(0); });
