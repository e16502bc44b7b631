// Service worker: the sandbox works offline after the first visit.
//   - The content-hashed files of this build (prm.<hash>.wasm, prm.<hash>.js, shell.<hash>.*) are cached
//     when the worker installs and served from the cache first: their names change when they change.
//   - The page itself (index.html) and the other files go to the network first and fall back to the
//     cache when offline, so a new build is seen at the next load.
//   - Each build has its own cache (the version below is a hash of its files); a new build's worker
//     deletes the older caches when it takes over.
// scripts/build-web (scripts/web_bundle.mjs) writes the BUILD line (files: hashed; others: the
// manifest and icons, cached at install too); a development build has none and
// does not register this worker.
'use strict';
const BUILD = { version: 'dev', files: [], others: [] };
const PREFIX = 'prm-sandbox-';
const CACHE = PREFIX + BUILD.version;
const scope = new URL(self.registration ? self.registration.scope : self.location.href);
const immutable = new Set(BUILD.files.map((f) => new URL(f, scope).pathname));

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE)
    .then((cache) => cache.addAll(BUILD.files.concat(BUILD.others, ['./'])))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

function pageKey(url) {
  // Every address of the page (./, index.html, ?scenario=...) is the one cached page.
  return new URL('./', scope).href;
}

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  if (immutable.has(url.pathname)) {
    event.respondWith(caches.match(req, { cacheName: CACHE }).then((hit) => hit || fetch(req).then((resp) => {
      if (resp.ok) { const copy = resp.clone(); caches.open(CACHE).then((c) => c.put(req, copy)); }
      return resp;
    })));
    return;
  }
  const isPage = req.mode === 'navigate' || url.pathname === scope.pathname || url.pathname === scope.pathname + 'index.html';
  const key = isPage ? pageKey(url) : req;
  event.respondWith(fetch(req).then((resp) => {
    if (resp.ok && (isPage || url.search === '')) { const copy = resp.clone(); caches.open(CACHE).then((c) => c.put(key, copy)); }
    return resp;
  }).catch(() => caches.match(key, { cacheName: CACHE }).then((hit) => hit || caches.match(key, { ignoreSearch: true })
    .then((any) => any || Response.error()))));
});
