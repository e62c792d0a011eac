// Loosen's service worker: the app shell is kept at install, and every page and GET /api/* is fetched
// from the network first, with the last good copy as the fallback, so a player page visited once plays
// offline, timeline included. Writes (PUT, POST, …) are never touched: the page's outbox queues them.
// Bump VERSION when the list below changes; activation deletes every older cache.
const VERSION = 'v1';
const CACHE = `loosen-${VERSION}`;
const SHELL = [
  '/static/loosen.css',
  '/static/app.js',
  '/static/outbox.js',
  '/static/player.css',
  '/static/player.js',
  '/static/player-timeline.js',
  '/static/player-sound.js',
  '/static/player-view.js',
  '/static/player-record.js',
  '/static/player-wake.js',
  '/static/icon.svg',
  '/manifest.webmanifest',
  '/icon-192.png',
];
const CSP = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // One missing file must not leave the app without any offline support.
    await Promise.allSettled(SHELL.map((path) => cache.add(new Request(path, { cache: 'no-cache' }))));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith('loosen-') && n !== CACHE).map((n) => caches.delete(n)));
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname === '/sw.js') return;
  event.respondWith(networkFirst(event, request));
});

async function networkFirst(event, request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') {
      event.waitUntil(cache.put(request, response.clone()).catch(() => {}));
    }
    return response;
  } catch (error) {
    const cached = await cache.match(request, { ignoreVary: true });
    if (cached) return cached;
    if (request.mode === 'navigate') return offlinePage();
    throw error;
  }
}

function offlinePage() {
  const html = '<!doctype html><html lang="en"><meta charset="utf-8">'
    + '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Offline · Loosen</title>'
    + '<link rel="stylesheet" href="/static/loosen.css"><main><h1>You are offline</h1>'
    + '<p>This page has not been opened on this device before, so there is no copy of it to show. '
    + 'Pages you have visited, and players you have opened, work offline.</p><p><a href="/">Today</a></p></main>';
  return new Response(html, {
    status: 503,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': CSP },
  });
}

// A page asks to keep itself and what it needs (the player: its timeline) for offline use, which
// matters on the first visit, before this worker controlled the page.
self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'keep' || !Array.isArray(data.urls)) return;
  event.waitUntil(keep(data.urls.slice(0, 10)));
});

async function keep(urls) {
  const cache = await caches.open(CACHE);
  for (const u of urls) {
    if (typeof u !== 'string') continue;
    const url = new URL(u, self.location.origin);
    if (url.origin !== self.location.origin || await cache.match(url)) continue;
    try {
      const response = await fetch(url, { cache: 'no-cache' });
      if (response.ok) await cache.put(url, response);
    } catch { /* offline now: the next visit will keep it */ }
  }
}

// A reminder's notification (shown by reminders-due.js) opens the player for its routine: in a Loosen tab
// that is already open if there is one, else in a new one. Only this site's own paths are followed.
// Its buttons snooze the reminder 10 minutes or skip it for today instead.
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const data = event.notification.data || {};
  if ((event.action === 'snooze' || event.action === 'skip') && typeof data.reminder === 'string') {
    const path = `/api/v1/reminders/${encodeURIComponent(data.reminder)}/`;
    const request = event.action === 'snooze'
      ? fetch(`${path}snooze`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"minutes":10}' })
      : fetch(`${path}skip-today`, { method: 'POST' });
    event.waitUntil(request.catch(() => {}));
    return;
  }
  const target = new URL(event.notification.data && event.notification.data.url || '/', self.location.origin);
  if (target.origin !== self.location.origin) return;
  event.waitUntil((async () => {
    const tabs = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
    const tab = tabs.find((c) => new URL(c.url).origin === self.location.origin && 'navigate' in c);
    if (tab) {
      // Navigate first: focusing may be refused (no user gesture), which must not stop the navigation.
      const moved = await tab.navigate(target.href);
      if (moved) await moved.focus().catch(() => {});
      return;
    }
    await self.clients.openWindow(target.href);
  })());
});
