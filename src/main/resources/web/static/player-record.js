// Writes a playing session to history as it goes, as the terminal's SessionRecorder does: when it
// starts, every time an exercise (or one side of it) begins, when it ends, and once rated. Each save is
// the whole session in the history format, handed to the outbox, which sends it now or later.
import { Ledger, unitOf } from './player-timeline.js';
import { saveSession } from './outbox.js';

/** The largest activeSeconds the history format takes. */
const MAX_ACTIVE_SECONDS = 86400;

export class Recorder {
  /** onSaved hears how each save went: 'saved', 'queued' (sent later) or 'rejected'. */
  constructor(timeline, freeHolds, tensionBefore, onSaved) {
    const startedAt = new Date().toISOString();
    this.ledger = new Ledger(timeline, freeHolds);
    this.onSaved = onSaved;
    this.activeMs = 0;
    this.lastUnit = undefined;
    this.saving = Promise.resolve('saved');
    this.session = {
      id: newId(), routine: timeline.routineId, routineName: timeline.routineName, startedAt,
      endedAt: startedAt, zone: zone(), status: 'in-progress', activeSeconds: 0, exercises: [],
    };
    if (tensionBefore !== null) this.session.tensionBefore = tensionBefore;
  }

  /** A segment began: saved when it is the first, or starts another exercise or side. */
  entered(segment) {
    this.ledger.entered(segment);
    const unit = unitOf(segment);
    const changed = unit !== this.lastUnit;
    this.lastUnit = unit;
    if (changed) this.save();
  }

  /** A segment was left after playedMs of it. */
  left(segment, playedMs) {
    this.ledger.played(segment, playedMs);
    this.activeMs += playedMs;
  }

  /** 'completed' (played to the end) or 'stopped'. */
  ended(status) {
    this.session.status = status;
    this.save();
  }

  /** The after rating and the note, each null when not given. */
  rated(tensionAfter, note) {
    if (tensionAfter !== null) this.session.tensionAfter = tensionAfter;
    if (note !== null) this.session.note = note;
    if (tensionAfter !== null || note !== null) this.save();
    return this.saving;
  }

  save() {
    const s = this.session;
    const now = new Date().toISOString();
    // A wall clock set back mid-session must not end it before it began.
    s.endedAt = now < s.startedAt ? s.startedAt : now;
    s.activeSeconds = Math.min(MAX_ACTIVE_SECONDS, Math.floor(this.activeMs / 1000));
    s.exercises = this.ledger.results();
    this.saving = saveSession(JSON.parse(JSON.stringify(s)));
    this.saving.then(this.onSaved);
    return this.saving;
  }
}

/** The browser's IANA time zone, where the session's day is counted. */
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
