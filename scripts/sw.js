// Stegvis service worker: keeps the app's own files so that it opens and works with no network
// after the first visit. scripts/offline.py writes it into release builds, filling in VERSION
// and FILES. It never touches the coach's data (that is in IndexedDB) and never fetches from
// another origin.
//
// - install: the app's files are cached. A new version then waits: the app offers "Uppdatera"
//   and only the coach's click (a 'skip-waiting' message) swaps it in, never under an open form.
// - activate: caches of older versions are deleted; open pages are taken over.
// - fetch: page loads get the cached index.html (any app address); other files come from the
//   cache, or from the network and are then cached (the file worker, on first use); a cache
//   that fails is passed by, never the cause of a failed load.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `stegvis-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith('stegvis-') && n !== CACHE).map((n) => caches.delete(n)));
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(caches.match('./', { cacheName: CACHE }).catch(() => undefined).then((hit) => hit ?? fetch(request)));
    return;
  }
  // A failing cache (Firefox has refused a put while a page loaded many chunks at once) must
  // never fail the request: the network answer is returned as it is and kept in the background.
  event.respondWith((async () => {
    let cache = null;
    try {
      cache = await caches.open(CACHE);
      const hit = await cache.match(request);
      if (hit) return hit;
    } catch (_) {
      cache = null;
    }
    const response = await fetch(request);
    if (cache && response.ok) {
      event.waitUntil(cache.put(request, response.clone()).catch(() => {}));
    }
    return response;
  })());
});
