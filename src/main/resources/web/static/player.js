// The guided player: plays the routine's timeline (the same one the terminal plays) from deadlines on
// the monotonic clock, shows it, speaks and sounds it, and saves the session to the server as it goes.
import { Playback, Ledger, nextSegment, unitOf } from './player-timeline.js';
import { Tones, Voice } from './player-sound.js';
import { saveSession } from './outbox.js';
import { View } from './player-view.js';

const PREFS = 'loosen.player.prefs';
/**
 * Tones are scheduled this far ahead on the audio clock, so a background tab keeps its beat though the
 * browser wakes its timers only once a minute.
 */
const TONE_HORIZON_MS = 75000;

const root = document.getElementById('player');
const view = new View(root);
const prefs = loadPrefs();
const tones = new Tones(prefs.sounds);
const voice = new Voice(prefs.voice, prefs.voiceName);
const freeHolds = parseJson(root.dataset.freeHolds, {});
const timelineUrl = `/api/v1/routines/${encodeURIComponent(root.dataset.routine)}/timeline`;

let timeline = null;
let phase = 'intro'; // intro → playing → after → summary
let playback = null;
let ledger = null;
let session = null;
/** The segment being played; it is only ever entered at its start, as in the terminal's runner. */
let current = null;
let lastUnit = null;
let activeMs = 0;
let frame = 0;
let wake = 0;
let wakeLock = null;
let wantWakeLock = false;
let saving = Promise.resolve('saved');

function parseJson(text, fallback) {
  try {
    return text ? JSON.parse(text) : fallback;
  } catch {
    return fallback;
  }
}

/** The server's settings, overridden by what the user chose on this page before. */
function loadPrefs() {
  const saved = (() => {
    try {
      return parseJson(localStorage.getItem(PREFS), {});
    } catch {
      return {};
    }
  })();
  return {
    voice: typeof saved.voice === 'boolean' ? saved.voice : root.dataset.voice === 'true',
    voiceName: typeof saved.voiceName === 'string' ? saved.voiceName : root.dataset.voiceName || '',
    sounds: typeof saved.sounds === 'boolean' ? saved.sounds : root.dataset.sounds === 'true',
  };
}

function storePrefs() {
  try {
    localStorage.setItem(PREFS, JSON.stringify(prefs));
  } catch { /* storage blocked: the choice lasts for this page */ }
}

const now = () => performance.now();

// ---- Loading ----

async function load() {
  try {
    const response = await fetch(timelineUrl, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    timeline = await response.json();
    view.ready(timeline);
    keepForOffline();
  } catch {
    view.loadFailed();
  }
}

/** Asks the service worker to keep this page and its timeline, so it plays offline next time. */
function keepForOffline() {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.ready.then((registration) => {
    if (registration.active) {
      registration.active.postMessage({ type: 'keep', urls: [location.pathname, timelineUrl] });
    }
  }).catch(() => {});
}

// ---- Playing ----

function start(tensionBefore) {
  if (!timeline || phase !== 'intro') return;
  // Sound and speech are allowed now, inside the click.
  tones.unlock();
  const startedAt = new Date().toISOString();
  session = {
    id: newId(), routine: timeline.routineId, routineName: timeline.routineName, startedAt, endedAt: startedAt,
    zone: zone(), status: 'in-progress', activeSeconds: 0, exercises: [],
  };
  if (tensionBefore !== null) session.tensionBefore = tensionBefore;
  ledger = new Ledger(timeline, freeHolds);
  phase = 'playing';
  view.playing();
  const t = now();
  playback = Playback.start(timeline, t);
  tones.now('change');
  enter(timeline.segments[0], true);
  save();
  holdWakeLock(true);
  tick();
}

/**
 * Brings the session up to the clock: every segment whose start has passed is left (played to its end)
 * and entered in order, even several at once after the tab slept, so each counts as done. Only the
 * newest is spoken and announced. Then the screen is drawn and the next wake-up set.
 */
function tick() {
  if (phase !== 'playing') return;
  const t = now();
  const segment = playback.segment(t);
  if (segment.index > current.index) {
    for (let i = current.index + 1; i <= segment.index; i++) {
      const due = timeline.segments[i];
      leave(due.startMs);
      // Saved at each exercise boundary as it passes, as the terminal does (the outbox sends the latest).
      if (enter(due, false)) save();
    }
    announce(segment);
  }
  if (playback.finished(t)) {
    finish('completed');
    return;
  }
  view.draw(playback, t);
  scheduleTones(t);
  setWakeUp(t);
}

/** Enters a segment: the ledger learns of it; returns whether a new exercise (or side) began. */
function enter(segment, announceIt) {
  current = segment;
  ledger.entered(segment);
  const unit = unitOf(segment);
  const changed = unit !== lastUnit;
  lastUnit = unit;
  if (announceIt) announce(segment);
  return changed;
}

/** Leaves the current segment at timeline position positionMs, booking how much of it was played. */
function leave(positionMs) {
  const played = Math.max(0, Math.min(positionMs, current.startMs + current.durationMs) - current.startMs);
  ledger.played(current, played);
  activeMs += played;
}

function announce(segment) {
  view.segment(timeline, segment, nextSegment(timeline, segment.index));
  view.announce(segment.cue);
  voice.speak(segment.cue);
}

/** Pause, resume, skip and back: the segment is left where it is and the new one entered at its start. */
function command(what) {
  if (phase !== 'playing') return;
  tick();
  if (phase !== 'playing') return;
  const t = now();
  tones.cancel();
  if (what === 'pause') {
    playback = playback.paused ? playback.resume(t) : playback.pause(t);
    view.paused(playback.paused);
    holdWakeLock(!playback.paused);
  } else {
    leave(playback.position(t));
    playback = what === 'next' ? playback.next(t) : playback.back(t);
    const unitChanged = enter(playback.segment(t), true);
    if (!playback.paused) tones.now(playback.finished(t) ? 'done' : 'change');
    if (unitChanged) save();
  }
  tick();
}

function finish(status) {
  const t = now();
  if (status === 'stopped') {
    leave(playback.position(t));
    tones.cancel();
  }
  // A session played to its end already has its done tone scheduled on the audio clock.
  phase = 'after';
  session.status = status;
  cancelAnimationFrame(frame);
  clearTimeout(wake);
  holdWakeLock(false);
  save();
  view.after(status, session, timeline);
}

/** The tones due within the horizon: each segment's start, and the last three seconds of every hold. */
function scheduleTones(t) {
  if (playback.paused || !tones.enabled) return;
  tones.sync();
  const position = playback.position(t);
  const horizon = position + TONE_HORIZON_MS;
  for (let i = current.index; i < timeline.segments.length; i++) {
    const s = timeline.segments[i];
    if (s.startMs > horizon) break;
    if (i > current.index && s.startMs >= position) {
      tones.at(`${i}`, playback.deadline(s.startMs), s.kind === 'done' ? 'done' : 'change');
    }
    if (s.kind === 'hold') {
      for (const k of [3, 2, 1]) {
        const offset = s.startMs + s.durationMs - k * 1000;
        if (offset > s.startMs && offset >= position && offset <= horizon) {
          tones.at(`${i}-${k}`, playback.deadline(offset), 'count');
        }
      }
    }
  }
}

/**
 * Two wake-ups, neither of which counts time: the next animation frame (while the page is visible) and a
 * timer at the end of the segment, which still fires in a background tab so cues and saves happen there.
 */
function setWakeUp(t) {
  cancelAnimationFrame(frame);
  clearTimeout(wake);
  if (playback.paused) return;
  if (document.visibilityState === 'visible') frame = requestAnimationFrame(tick);
  const end = playback.deadline(current.startMs + current.durationMs);
  wake = setTimeout(tick, Math.max(0, end - t) + 1);
}

function save() {
  session.endedAt = laterOf(new Date().toISOString(), session.startedAt);
  session.activeSeconds = Math.min(86400, Math.floor(activeMs / 1000));
  session.exercises = ledger.results();
  const body = JSON.parse(JSON.stringify(session));
  saving = saveSession(body);
  saving.then((result) => view.saved(result));
  return saving;
}

function laterOf(a, b) {
  return a < b ? b : a;
}

function zone() {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

function newId() {
  if (crypto.randomUUID) return crypto.randomUUID();
  // Pages served over plain http to another machine have no randomUUID: a version 4 UUID by hand.
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// ---- Screen wake lock ----

async function holdWakeLock(want) {
  wantWakeLock = want;
  if (!want) {
    if (wakeLock) wakeLock.release().catch(() => {});
    wakeLock = null;
    return;
  }
  if (wakeLock || !('wakeLock' in navigator) || document.visibilityState !== 'visible') return;
  try {
    const lock = await navigator.wakeLock.request('screen');
    if (!wantWakeLock) {
      lock.release().catch(() => {});
      return;
    }
    wakeLock = lock;
    lock.addEventListener('release', () => {
      if (wakeLock === lock) wakeLock = null;
    });
  } catch { /* refused (battery saver, no permission): the screen may dim */ }
}

// ---- Stopping, and the questions after ----

function askStop() {
  if (phase !== 'playing') return;
  const wasPlaying = !playback.paused;
  if (wasPlaying) command('pause');
  view.confirmStop((stop) => {
    if (phase !== 'playing') return;
    if (stop) finish('stopped');
    else if (wasPlaying && playback.paused) command('pause');
  });
}

function rateAfter(tensionAfter, note) {
  if (phase !== 'after') return;
  if (tensionAfter !== null) session.tensionAfter = tensionAfter;
  if (note !== null) session.note = note;
  phase = 'summary';
  if (tensionAfter !== null || note !== null) save();
  view.summary(session, timeline, activeMs);
  saving.then((result) => view.saved(result));
}

// ---- Wiring ----

view.bind({
  start,
  command,
  askStop,
  rateAfter,
  skipAfter: () => rateAfter(null, null),
  isPlaying: () => phase === 'playing',
});

view.preferences(prefs, voice, {
  voice(on) {
    prefs.voice = voice.enabled = on;
    if (!on) voice.silence();
    storePrefs();
  },
  voiceName(name) {
    prefs.voiceName = voice.name = name;
    storePrefs();
  },
  sounds(on) {
    prefs.sounds = tones.enabled = on;
    if (on) {
      tones.unlock();
      if (phase === 'playing') scheduleTones(now());
    } else {
      tones.cancel();
    }
    storePrefs();
  },
});

document.addEventListener('visibilitychange', () => {
  if (phase !== 'playing') return;
  if (document.visibilityState === 'visible') {
    // Show the right place at once; segments passed while hidden are counted as done.
    tick();
    if (phase === 'playing' && !playback.paused) holdWakeLock(true);
  } else {
    cancelAnimationFrame(frame);
  }
});

window.addEventListener('loosen:outbox', (e) => {
  if (session && e.detail.id === session.id) view.saved(e.detail.result);
});

load();
