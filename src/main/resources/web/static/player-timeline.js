// The browser's copy of the terminal's engine (io.loosen.session.Playback and io.loosen.progress.SessionLedger):
// pure functions of a timeline and a monotonic clock reading, so the position is always computed from the
// clock, never by adding up timer ticks. Times are milliseconds from performance.now().

/** Going back within this much of a segment's start goes to the segment before it. */
const BACK_GRACE_MS = 2000;
/** Positions are whole milliseconds; allow for rounding when deciding "played to the end". */
const TOLERANCE_MS = 500;

export function totalMs(timeline) {
  const last = timeline.segments[timeline.segments.length - 1];
  return last.startMs + last.durationMs;
}

/** The segment playing at positionMs; at or past the end, the final done segment. */
export function segmentAt(timeline, positionMs) {
  const s = timeline.segments;
  let low = 0;
  let high = s.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (s[mid].startMs <= positionMs) low = mid; else high = mid - 1;
  }
  // Zero-length segments share a start with their successor; the later one is the one playing.
  return s[low];
}

/** The segment after index (the done segment is its own successor), for "Next: …". */
export function nextSegment(timeline, index) {
  return timeline.segments[Math.min(index + 1, timeline.segments.length - 1)];
}

/**
 * Where a session is, as a value: the clock reading at which position zero was (or would have been,
 * given the pauses and moves since), or, while paused, the position it stopped at.
 */
export class Playback {
  constructor(timeline, origin, paused = false, pausedAt = 0) {
    this.timeline = timeline;
    this.origin = origin;
    this.paused = paused;
    this.pausedAt = pausedAt;
    Object.freeze(this);
  }

  static start(timeline, now) {
    return new Playback(timeline, now);
  }

  position(now) {
    const p = this.paused ? this.pausedAt : now - this.origin;
    return Math.max(0, Math.min(p, totalMs(this.timeline)));
  }

  segment(now) {
    return segmentAt(this.timeline, this.position(now));
  }

  finished(now) {
    return this.position(now) >= totalMs(this.timeline);
  }

  /** The clock reading at which timeline offset offsetMs plays (meaningful while running). */
  deadline(offsetMs) {
    return this.origin + offsetMs;
  }

  pause(now) {
    return this.paused ? this : new Playback(this.timeline, this.origin, true, this.position(now));
  }

  resume(now) {
    return this.paused ? new Playback(this.timeline, now - this.pausedAt) : this;
  }

  /** Jumps to the start of the next segment (or the end). */
  next(now) {
    const s = this.segment(now);
    return this.seek(s.startMs + s.durationMs, now);
  }

  /** Restarts the current segment, or goes to the previous one when just into this one. */
  back(now) {
    const current = this.segment(now);
    const into = this.position(now) - current.startMs;
    const target = into < BACK_GRACE_MS && current.index > 0 ? this.timeline.segments[current.index - 1] : current;
    return this.seek(target.startMs, now);
  }

  seek(position, now) {
    const p = Math.max(0, Math.min(position, totalMs(this.timeline)));
    return this.paused ? new Playback(this.timeline, this.origin, true, p) : new Playback(this.timeline, now - p);
  }
}

function belongsToAnExercise(s) {
  // Rests and "get ready" carry the name of the exercise after them, but belong to no side of it.
  return !!s.exerciseId && s.kind !== 'rest' && s.kind !== 'prepare' && s.kind !== 'done';
}

function isMainPart(s) {
  return s.kind === 'hold' || s.kind === 'reps';
}

/** The exercise-and-side unit a segment is part of ("3:left"), or null for rests, get-ready and the end. */
export function unitOf(s) {
  return belongsToAnExercise(s) ? `${s.exercise}:${s.side}` : null;
}

/**
 * The books of one session: for every exercise and side, whether it was reached and how long its hold or
 * repetitions ran, from which it says done, skipped or cut short, exactly as the terminal's ledger does.
 * freeHolds maps the exercises held "as long as you like" to their minimum hold in seconds.
 */
export class Ledger {
  constructor(timeline, freeHolds = {}) {
    this.plans = new Map();
    this.held = new Map();
    this.reached = new Set();
    const planned = new Map();
    for (const s of timeline.segments) {
      const unit = unitOf(s);
      if (unit === null) continue;
      const p = planned.get(unit) || { exercise: s.exerciseId, side: s.side, ms: 0 };
      if (isMainPart(s)) p.ms += s.durationMs;
      planned.set(unit, p);
    }
    let position = 0;
    for (const [unit, p] of planned) {
      let enough = p.ms - TOLERANCE_MS;
      const min = freeHolds[p.exercise];
      if (Number.isInteger(min)) enough = Math.min(enough, min * 1000);
      this.plans.set(unit, { position: position++, exercise: p.exercise, side: p.side, enough });
    }
  }

  /** A segment began. */
  entered(s) {
    const unit = unitOf(s);
    if (unit !== null) this.reached.add(unit);
  }

  /** A segment was left after playedMs of it. */
  played(s, playedMs) {
    const unit = unitOf(s);
    if (unit !== null && isMainPart(s)) this.held.set(unit, (this.held.get(unit) || 0) + playedMs);
  }

  /** Results for every unit reached so far, in session order, in the history format. */
  results() {
    const out = [];
    for (const unit of this.reached) {
      const plan = this.plans.get(unit);
      const held = this.held.get(unit) || 0;
      // Under a second of holding is a skip on the way past, not an attempt.
      const outcome = held < 1000 ? 'skipped' : held >= plan.enough ? 'done' : 'cut-short';
      out.push({ position: plan.position, exercise: plan.exercise, side: plan.side, outcome,
        heldSeconds: Math.round(held / 1000) });
    }
    return out.sort((a, b) => a.position - b.position);
  }
}
