// Serves a folder on 127.0.0.1 with the right MIME types (application/wasm for .wasm) and gzip.
// Usage: node scripts/static_server.mjs DIR [PORT]. Stops cleanly on Ctrl-C / SIGTERM.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.resolve(process.argv[2] || '.');
const port = Number(process.argv[3] || process.env.PORT || 8080);
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.ttf': 'font/ttf', '.csv': 'text/csv; charset=utf-8',
  '.sqlite': 'application/vnd.sqlite3', '.ico': 'image/x-icon',
};
const gzipCache = new Map();

const server = http.createServer((req, res) => {
  let urlPath;
  try { urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname); } catch { res.writeHead(400).end(); return; }
  if (urlPath.endsWith('/')) urlPath += 'index.html';
  const file = path.join(root, path.normalize(urlPath));
  if (!file.startsWith(root)) { res.writeHead(403).end('forbidden'); return; }
  fs.stat(file, (err, st) => {
    if (err || !st.isFile()) { res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found: ' + urlPath); return; }
    const type = types[path.extname(file)] || 'application/octet-stream';
    const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache' };
    const gz = /\bgzip\b/.test(req.headers['accept-encoding'] || '') && !type.startsWith('image/');
    if (!gz) {
      headers['Content-Length'] = st.size;
      res.writeHead(200, headers);
      if (req.method === 'HEAD') { res.end(); return; }
      fs.createReadStream(file).pipe(res);
      return;
    }
    const key = file + ':' + st.mtimeMs;
    let body = gzipCache.get(key);
    if (!body) { body = zlib.gzipSync(fs.readFileSync(file), { level: 9 }); gzipCache.set(key, body); }
    headers['Content-Encoding'] = 'gzip';
    headers['Content-Length'] = body.length;
    // The page's progress bar reads the uncompressed size from this header.
    headers['X-Uncompressed-Length'] = st.size;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
});
server.listen(port, '127.0.0.1', () => console.log(`PRM Sandbox is served at http://127.0.0.1:${port}/  (Ctrl-C stops it)`));
server.on('error', (e) => { console.error(`cannot serve on port ${port}: ${e.message}; choose another with PORT=NNNN`); process.exit(1); });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { server.close(); process.exit(0); });
