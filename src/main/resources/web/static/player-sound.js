// The player's ears: short tones on the Web Audio clock and spoken cues through the Web Speech API.
// Both are created on the user's Start click, as browsers only allow sound after a gesture.

/** The three tones: a change of segment, the last three seconds of a hold, and the end. */
const TONES = {
  change: [{ freq: 660, at: 0, dur: 0.18, type: 'sine' }],
  count: [{ freq: 990, at: 0, dur: 0.08, type: 'triangle' }],
  done: [{ freq: 523.25, at: 0, dur: 0.16, type: 'sine' }, { freq: 659.25, at: 0.16, dur: 0.16, type: 'sine' },
    { freq: 783.99, at: 0.32, dur: 0.4, type: 'sine' }],
};
/** A tone whose moment passed longer ago than this (a sleeping tab) is dropped, not played late. */
const LATE_S = 0.05;

/**
 * Tones scheduled ahead on the AudioContext's clock: each is given the performance.now() deadline it
 * belongs to, mapped to the audio clock, and started with OscillatorNode.start(when), so it lands on
 * its deadline whatever the main thread is doing. Keys stop the same tone being scheduled twice.
 */
export class Tones {
  constructor(enabled) {
    this.enabled = enabled;
    this.ctx = null;
    this.scheduled = new Map();
    this.serial = 0;
  }

  /** Creates (or wakes) the AudioContext: call from a click. */
  unlock() {
    const Ctx = window.AudioContext || window.webkitAudioContext;
    if (!Ctx) return;
    if (!this.ctx) {
      try {
        this.ctx = new Ctx({ latencyHint: 'interactive' });
      } catch {
        return;
      }
    }
    if (this.ctx.state === 'suspended') this.ctx.resume().catch(() => {});
  }

  /**
   * Reads how the two clocks line up now: the audio clock time heard at performance.now() zero. Read once
   * per round of scheduling, so the tones of one round keep exactly the spacing of their deadlines.
   */
  sync() {
    const ctx = this.ctx;
    if (!ctx) return;
    const ts = ctx.getOutputTimestamp ? ctx.getOutputTimestamp() : null;
    this.offset = ts && ts.performanceTime > 0 ? ts.contextTime - ts.performanceTime / 1000
      : ctx.currentTime - performance.now() / 1000;
  }

  /** The audio clock time at which a performance.now() deadline is heard. */
  audioTime(deadline) {
    if (this.offset === undefined) this.sync();
    return this.offset + deadline / 1000;
  }

  /** Schedules tone `kind` to sound at the performance.now() deadline, once per key. */
  at(key, deadline, kind) {
    if (!this.enabled || !this.ctx || this.scheduled.has(key)) return;
    const when = this.audioTime(deadline);
    if (when < this.ctx.currentTime - LATE_S) return;
    this.play(key, Math.max(when, this.ctx.currentTime), kind);
  }

  /** A tone right away (Start, skip, back). */
  now(kind) {
    if (!this.enabled || !this.ctx) return;
    this.play(`now-${++this.serial}`, this.ctx.currentTime, kind);
  }

  play(key, when, kind) {
    const ctx = this.ctx;
    const nodes = [];
    for (const note of TONES[kind]) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      const start = when + note.at;
      osc.type = note.type;
      osc.frequency.value = note.freq;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.25, start + 0.01);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + note.dur);
      osc.connect(gain).connect(ctx.destination);
      osc.start(start);
      osc.stop(start + note.dur + 0.02);
      nodes.push({ osc, gain });
    }
    this.scheduled.set(key, nodes);
    nodes[nodes.length - 1].osc.onended = () => {
      if (this.scheduled.get(key) === nodes) this.scheduled.delete(key);
      for (const n of nodes) n.gain.disconnect();
    };
  }

  /** Cancels every tone not yet heard (pause, skip, back, stop, sounds off). */
  cancel() {
    for (const nodes of this.scheduled.values()) {
      for (const n of nodes) {
        try {
          n.osc.onended = null;
          n.osc.stop(0);
          n.gain.disconnect();
        } catch { /* already stopped */ }
      }
    }
    this.scheduled.clear();
  }
}

/** Spoken cues, in the voice chosen by name when the browser has it, else its default. */
export class Voice {
  constructor(enabled, name) {
    this.enabled = enabled;
    this.name = name;
    this.synth = 'speechSynthesis' in window ? window.speechSynthesis : null;
  }

  voices() {
    return this.synth ? this.synth.getVoices() : [];
  }

  onVoicesChanged(listener) {
    if (this.synth) this.synth.addEventListener('voiceschanged', listener);
  }

  speak(text) {
    if (!this.enabled || !this.synth || !text) return;
    // A new cue replaces one still being said, so the voice never lags behind the session.
    this.synth.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    const voice = this.voices().find((v) => v.name === this.name);
    if (voice) utterance.voice = voice;
    utterance.lang = voice ? voice.lang : document.documentElement.lang || 'en';
    this.synth.speak(utterance);
  }

  silence() {
    if (this.synth) this.synth.cancel();
  }
}
