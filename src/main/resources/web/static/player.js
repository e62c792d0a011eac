// The guided player: plays the routine's timeline (the same one the terminal plays) from deadlines on
// the monotonic clock, shows it, speaks and sounds it, and saves the session to the server as it goes.
import { Playback, nextSegment } from './player-timeline.js';
import { Tones, Voice } from './player-sound.js';
import { Recorder } from './player-record.js';
import { ScreenAwake } from './player-wake.js';
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
const awake = new ScreenAwake();
const freeHolds = parseJson(root.dataset.freeHolds, {});
const timelineUrl = `/api/v1/routines/${encodeURIComponent(root.dataset.routine)}/timeline`;

let timeline = null;
let phase = 'intro'; // intro → playing → after → summary
let playback = null;
let recorder = null;
/** The segment being played; it is only ever entered at its start, as in the terminal's runner. */
let current = null;
let frame = 0;
let wake = 0;

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
  recorder = new Recorder(timeline, freeHolds, tensionBefore, (result) => view.saved(result));
  // Which history entry this page writes (for the tests, and for anyone looking at the page).
  document.getElementById('player').dataset.session = recorder.session.id;
  phase = 'playing';
  view.playing();
  playback = Playback.start(timeline, now());
  tones.now('change');
  enter(timeline.segments[0]);
  announce(current);
  awake.hold(true);
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
      enter(due);
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

/** Enters a segment at its start (the recorder saves when an exercise or side begins). */
function enter(segment) {
  current = segment;
  recorder.entered(segment);
}

/** Leaves the current segment at timeline position positionMs, booking how much of it was played. */
function leave(positionMs) {
  recorder.left(current, Math.max(0, Math.min(positionMs, current.startMs + current.durationMs) - current.startMs));
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
    awake.hold(!playback.paused);
  } else {
    leave(playback.position(t));
    playback = what === 'next' ? playback.next(t) : playback.back(t);
    enter(playback.segment(t));
    announce(current);
    if (!playback.paused) tones.now(playback.finished(t) ? 'done' : 'change');
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
  cancelAnimationFrame(frame);
  clearTimeout(wake);
  awake.hold(false);
  recorder.ended(status);
  view.after(status);
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
  phase = 'summary';
  const saving = recorder.rated(tensionAfter, note);
  view.summary(recorder.session, timeline, recorder.activeMs);
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
    if (phase === 'playing' && !playback.paused) awake.hold(true);
  } else {
    cancelAnimationFrame(frame);
  }
});

// A save kept for later that went through (back online), or was refused.
window.addEventListener('loosen:outbox', (e) => {
  if (recorder && e.detail.id === recorder.session.id) view.saved(e.detail.result);
});

// Closing the tab mid-session: the last save is queued at once, and sent now if the browser lets it.
window.addEventListener('pagehide', () => {
  if (phase === 'playing') recorder.save();
});

load();
