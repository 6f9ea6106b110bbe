// Spagaat's service worker: after one visit the game works without a network (venues with poor
// Wi-Fi). The build fills in the list of files and a version. Pages are fetched network first,
// so a new version arrives when online; hashed files never change, so the cache serves them.
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const CACHE = `spagaat-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('spagaat-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  // Only this site's own files; the live endpoint and anything else go straight to the network.
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.includes('/live')) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request)
        .then((response) => {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put('./', copy));
          return response;
        })
        .catch(() => caches.match('./').then((cached) => cached ?? caches.match('./index.html'))),
    );
    return;
  }
  event.respondWith(caches.match(request).then((cached) => cached ?? fetch(request)));
});
