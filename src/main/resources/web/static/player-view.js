// What the player shows: the DOM of player.jte, written with textContent only, and the inputs read
// from it (buttons, keys, forms, the voice and sound choices). It keeps no session state of its own.
import { segmentAt, totalMs } from './player-timeline.js';

const RING_LENGTH = 2 * Math.PI * 52;

const $ = (id) => document.getElementById(id);

function setText(el, text) {
  if (el.textContent !== text) el.textContent = text;
}

/** m:ss, rounding up so "0:00" only shows at the very end. */
function clock(ms) {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

function duration(ms) {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

const SIDES = { left: 'Left side', right: 'Right side' };

/**
 * The figure for a segment: the step being followed easing into its pose (one beat of a repetition at a
 * time), or the first step's pose held while getting ready, resting or switching sides; nothing when done.
 * With reduced motion, still poses only. Each segment asks for its own copy, so its animation starts afresh.
 */
function figureSource(s, still) {
  if (!s.exerciseId || s.kind === 'done') return null;
  const query = new URLSearchParams();
  if (s.side === 'right') query.set('side', 'right');
  query.set('step', String(s.step || 1));
  if (s.beat && !still) query.set('beat', String(s.beat));
  if (still || !s.step) query.set('motion', 'none');
  else query.set('segment', String(s.index));
  return `/api/v1/exercises/${encodeURIComponent(s.exerciseId)}/figure.svg?${query}`;
}
const OUTCOMES = { done: 'done', skipped: 'skipped', 'cut-short': 'cut short' };

function checkedValue(form, name) {
  const checked = form.querySelector(`input[name="${name}"]:checked`);
  return checked ? Number(checked.value) : null;
}

export class View {
  constructor(root) {
    this.root = root;
    this.reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
    this.ring = $('ring-fill');
    this.ring.setAttribute('stroke-dasharray', RING_LENGTH.toFixed(2));
    this.ring.setAttribute('stroke-dashoffset', '0');
    this.announced = 0;
    this.percent = -1;
  }

  ready(timeline) {
    $('start').disabled = false;
    setText($('load-status'), `Ready: ${clock(totalMs(timeline))} in all.`);
  }

  loadFailed() {
    setText($('load-status'), 'The session could not be loaded. Check the connection, then reload the page.');
    $('load-status').classList.add('problem');
  }

  playing() {
    $('intro').hidden = true;
    $('play').hidden = false;
    $('pause').focus();
  }

  /** The texts of a segment: shown when it begins, not every frame. */
  segment(timeline, s, next) {
    setText($('position'), s.exercise > 0 ? `Exercise ${s.exercise} of ${timeline.exercises}` : '');
    // A single exercise played on its own is already named by the page's heading.
    const name = $('exercise-name');
    setText(name, s.exerciseName || '');
    name.hidden = !s.exerciseName || s.exerciseName === timeline.routineName;
    setText($('segment-label'), s.label);
    const figure = $('figure');
    const source = figureSource(s, this.reduceMotion.matches);
    figure.hidden = !source;
    if (source && figure.getAttribute('src') !== source) {
      figure.src = source;
      figure.alt = `Figure: ${s.exerciseName}, ${s.label.toLowerCase()}`;
    }
    setText($('step-text'), s.text);
    const side = $('side');
    side.hidden = !SIDES[s.side];
    setText(side, SIDES[s.side] || '');
    let upcoming = 'Next: ';
    if (next.index === s.index || next.kind === 'done') upcoming += 'the end';
    else if (next.exerciseName && next.exerciseName !== s.exerciseName) upcoming += `${next.exerciseName} · ${next.label}`;
    else upcoming += next.label + (SIDES[next.side] && next.side !== s.side ? ` · ${SIDES[next.side].toLowerCase()}` : '');
    setText($('next'), upcoming);
  }

  /** The cue, for screen readers (polite). Alternating a trailing space makes a repeated cue heard again. */
  announce(text) {
    this.announced += 1;
    $('announce').textContent = text + (this.announced % 2 ? '' : '\u00a0');
  }

  /** One frame: the countdown, the ring and the overall progress at clock reading t. */
  draw(playback, t) {
    const position = playback.position(t);
    const s = segmentAt(playback.timeline, position);
    const left = Math.max(0, s.startMs + s.durationMs - position);
    const seconds = Math.ceil(left / 1000);
    setText($('countdown'), String(seconds));
    // With reduced motion the ring moves in whole seconds, not smoothly.
    const shownLeft = this.reduceMotion.matches ? seconds * 1000 : left;
    const drained = s.durationMs > 0 ? 1 - Math.min(1, shownLeft / s.durationMs) : 1;
    this.ring.setAttribute('stroke-dashoffset', (RING_LENGTH * drained).toFixed(2));
    const total = totalMs(playback.timeline);
    const done = total > 0 ? position / total : 1;
    $('progress-fill').style.transform = `scaleX(${done.toFixed(4)})`;
    const percent = Math.floor(done * 100);
    if (percent !== this.percent) {
      this.percent = percent;
      $('progress').setAttribute('aria-valuenow', String(percent));
    }
    setText($('time-left'), clock(total - position));
  }

  paused(isPaused) {
    setText($('pause'), isPaused ? 'Resume' : 'Pause');
    setText($('state'), isPaused ? 'Paused.' : 'Playing.');
    this.root.classList.toggle('is-paused', isPaused);
  }

  confirmStop(decided) {
    const dialog = $('confirm-stop');
    dialog.returnValue = '';
    dialog.addEventListener('close', () => decided(dialog.returnValue === 'stop'), { once: true });
    dialog.showModal();
  }

  after(status) {
    $('play').hidden = true;
    $('after').hidden = false;
    setText($('after-title'), status === 'completed' ? 'Well done' : 'Stopped early');
    $('after-title').focus();
  }

  summary(session, timeline, activeMs) {
    $('after').hidden = true;
    $('summary').hidden = false;
    setText($('sum-time'), duration(activeMs));
    const results = session.exercises;
    const done = results.filter((r) => r.outcome === 'done').length;
    setText($('sum-count'), `${done} of ${results.length} done`
      + (session.status === 'stopped' ? ' (stopped early)' : ''));
    const before = session.tensionBefore ?? '–';
    const after = session.tensionAfter ?? '–';
    setText($('sum-tension'), `${before} before, ${after} after (0 is loose, 10 very tight)`);
    const names = new Map(timeline.segments.map((s) => [s.exerciseId, s.exerciseName]));
    const list = $('sum-results');
    list.replaceChildren(...results.map((r) => {
      const li = document.createElement('li');
      const side = SIDES[r.side] ? `, ${r.side}` : '';
      li.textContent = `${names.get(r.exercise) || r.exercise}${side}: ${OUTCOMES[r.outcome]}`
        + (r.heldSeconds > 0 ? ` (${r.heldSeconds} s held)` : '');
      return li;
    }));
    const note = $('sum-note');
    note.hidden = !session.note;
    setText(note, session.note ? `Note: ${session.note}` : '');
    $('summary-title').focus();
  }

  saved(result) {
    const status = $('save-status');
    const texts = {
      saved: 'Saved to your history.',
      queued: 'Kept on this device: it will be sent to your history when the connection is back.',
      rejected: 'The server did not accept this session; see the browser console for why.',
    };
    setText(status, texts[result] || '');
    status.classList.toggle('problem', result === 'rejected');
  }

  /** Buttons, keys and forms, turned into calls of the player's handlers. */
  bind(on) {
    const before = $('before-form');
    before.addEventListener('submit', (e) => {
      e.preventDefault();
      on.start(checkedValue(before, 'before'));
    });
    $('pause').addEventListener('click', () => on.command('pause'));
    $('skip').addEventListener('click', () => on.command('next'));
    $('back').addEventListener('click', () => on.command('back'));
    $('stop').addEventListener('click', () => on.askStop());
    const after = $('after-form');
    after.addEventListener('submit', (e) => {
      e.preventDefault();
      // Line breaks and tabs are kept; other control characters (pasted by accident) the history refuses.
      const note = $('note').value.slice(0, 2000).replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ' ');
      on.rateAfter(checkedValue(after, 'after'), note.trim() === '' ? null : note);
    });
    $('skip-after').addEventListener('click', () => on.skipAfter());
    const note = $('note');
    note.addEventListener('input', () => {
      setText($('note-count'), `${note.value.length} of 2000 characters.`);
    });
    const keys = {
      ' ': 'pause', Spacebar: 'pause', ArrowRight: 'next', n: 'next', N: 'next', ArrowLeft: 'back', p: 'back',
      P: 'back', Escape: 'stop', q: 'stop', Q: 'stop',
    };
    const typing = (target) => target instanceof Element && target.closest('input, select, textarea, summary');
    document.addEventListener('keydown', (e) => {
      const what = keys[e.key];
      if (!what || !on.isPlaying() || e.ctrlKey || e.metaKey || e.altKey || typing(e.target)
        || $('confirm-stop').open) return;
      e.preventDefault();
      if (e.repeat) return;
      if (what === 'stop') on.askStop(); else on.command(what);
    });
    // Space on a focused button would also click it when released: the key already did its work.
    document.addEventListener('keyup', (e) => {
      if ((e.key === ' ' || e.key === 'Spacebar') && on.isPlaying() && e.target instanceof HTMLButtonElement) {
        e.preventDefault();
      }
    });
  }

  /** The voice and sound choices, shown as stored and reported back when changed. */
  preferences(prefs, voice, changed) {
    const voiceOn = $('voice-on');
    const soundsOn = $('sounds-on');
    const select = $('voice-name');
    voiceOn.checked = prefs.voice;
    soundsOn.checked = prefs.sounds;
    const fill = () => {
      const options = [new Option("The browser's default", '')];
      const names = new Set();
      for (const v of voice.voices()) {
        if (names.has(v.name)) continue;
        names.add(v.name);
        options.push(new Option(`${v.name} (${v.lang})`, v.name));
      }
      // A voice chosen on another device stays chosen, though this browser lacks it.
      if (prefs.voiceName && !names.has(prefs.voiceName)) {
        options.push(new Option(`${prefs.voiceName} (not on this device)`, prefs.voiceName));
      }
      select.replaceChildren(...options);
      select.value = prefs.voiceName;
    };
    fill();
    voice.onVoicesChanged(fill);
    select.disabled = !prefs.voice;
    voiceOn.addEventListener('change', () => {
      select.disabled = !voiceOn.checked;
      changed.voice(voiceOn.checked);
    });
    select.addEventListener('change', () => changed.voiceName(select.value));
    soundsOn.addEventListener('change', () => changed.sounds(soundsOn.checked));
  }
}
