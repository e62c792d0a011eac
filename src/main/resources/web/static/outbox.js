// Practice sessions on their way to the server. Each save keeps the session's latest body in
// localStorage first, then PUTs it; a body that cannot be sent now (offline, network error, 5xx) stays
// until flushOutbox() succeeds: at every page load, when the browser comes back online, and on a timer.
// PUT /api/v1/sessions/{id} is idempotent, so sending a body twice is harmless. A 4xx answer means the
// body itself is wrong: it is dropped (and logged) so it cannot block the sessions behind it.

const KEY = 'loosen.outbox';
const RETRY_MS = 20000;
/** Used when localStorage is not available (blocked storage): the session survives until the tab closes. */
let memory = {};
let flushing = null;
let again = false;
let retryTimer = 0;
/** The last answer for each session id sent from this page: 'saved', 'queued' or 'rejected'. */
const outcomes = new Map();

function load() {
  try {
    const text = localStorage.getItem(KEY);
    return text ? JSON.parse(text) : {};
  } catch {
    return memory;
  }
}

function store(pending) {
  try {
    localStorage.setItem(KEY, JSON.stringify(pending));
  } catch {
    memory = pending;
  }
}

/** The ids of the sessions waiting to be sent. */
export function pendingIds() {
  return Object.keys(load());
}

/**
 * Saves a session (one object of the history format): queued at once, then sent. Resolves to 'saved',
 * 'queued' (kept for later) or 'rejected' (the server refused this body).
 */
export function saveSession(session) {
  const pending = load();
  const rev = ((pending[session.id] && pending[session.id].rev) || 0) + 1;
  pending[session.id] = { rev, body: session };
  store(pending);
  outcomes.set(session.id, 'queued');
  return flushOutbox().then(() => outcomes.get(session.id) || 'queued');
}

/** Sends every pending session; one flush at a time, and once more if a save came in meanwhile. */
export function flushOutbox() {
  if (flushing) {
    again = true;
    return flushing;
  }
  flushing = (async () => {
    do {
      again = false;
      await sendAll();
    } while (again);
  })().finally(() => {
    flushing = null;
  });
  return flushing;
}

async function sendAll() {
  let retry = false;
  for (const [id, entry] of Object.entries(load())) {
    const result = await send(id, entry.body);
    if (result === 'queued') {
      retry = true;
      outcomes.set(id, 'queued');
      continue;
    }
    outcomes.set(id, result);
    // Removed only if no newer body for the same session arrived while this one was on its way.
    const now = load();
    if (now[id] && now[id].rev === entry.rev) {
      delete now[id];
      store(now);
    }
    window.dispatchEvent(new CustomEvent('loosen:outbox', { detail: { id, result } }));
  }
  if (retry && !retryTimer) {
    retryTimer = setTimeout(() => {
      retryTimer = 0;
      flushOutbox();
    }, RETRY_MS);
  }
}

async function send(id, body) {
  let response;
  try {
    response = await fetch(`/api/v1/sessions/${encodeURIComponent(id)}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json, application/problem+json' },
      body: JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
      keepalive: true, // so the save made as the tab closes still goes out
    });
  } catch {
    return 'queued'; // offline or the network failed: try again later
  }
  if (response.ok) return 'saved';
  // Timeouts and rate limits are about the moment, not the body.
  if (response.status >= 500 || response.status === 408 || response.status === 429) return 'queued';
  let detail = '';
  try {
    detail = (await response.json()).detail || '';
  } catch { /* not a problem document */ }
  console.warn(`Loosen: the server refused session ${id} (${response.status}); it is not kept. ${detail}`);
  return 'rejected';
}
