package io.loosen.progress;

import io.loosen.session.Moment;
import io.loosen.session.Outcome;
import io.loosen.session.Segment;
import io.loosen.session.SessionListener;
import io.loosen.session.Timeline;
import io.loosen.session.Transition;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Writes a playing session to history as it goes: once when it starts, again every time an exercise
 * (or one side of it) is left, and at the end. A process killed mid-session so loses at most the
 * exercise in progress. A failing save does not stop the stretch; the first failure is kept for the
 * caller to report afterwards.
 */
public final class SessionRecorder implements SessionListener {
    private final SessionLedger ledger;
    private final Consumer<PracticeSession> sink;
    private final Clock clock;
    private PracticeSession session;
    private SessionStatus status = SessionStatus.IN_PROGRESS;
    private long activeMs;
    private SessionLedger.Unit lastUnit;
    private RuntimeException failure;

    public SessionRecorder(Timeline timeline, SessionLedger ledger, Consumer<PracticeSession> sink, Clock clock,
                           ZoneId zone, UUID id) {
        this.ledger = ledger;
        this.sink = sink;
        this.clock = clock;
        var now = clock.instant();
        this.session = new PracticeSession(id, timeline.routineId(), timeline.routineName(), now, now, zone,
                SessionStatus.IN_PROGRESS, 0, null, null, null, List.of());
    }

    /** Records the "before" rating, given before the session starts. */
    public void ratedBefore(Integer before) {
        session = session.withRatings(before, session.tensionAfter(), session.note());
    }

    @Override
    public void segmentStarted(Moment moment, Transition how, long latenessNanos) {
        Segment segment = moment.segment();
        SessionLedger.Unit unit = SessionLedger.unitOf(segment);
        ledger.entered(segment);
        if (how == Transition.STARTED || !Objects.equals(unit, lastUnit)) {
            save();
        }
        lastUnit = unit;
    }

    @Override
    public void segmentEnded(Segment segment, long playedMs) {
        ledger.played(segment, playedMs);
        activeMs += playedMs;
    }

    @Override
    public void ended(Outcome outcome) {
        status = outcome.completed() ? SessionStatus.COMPLETED : SessionStatus.STOPPED;
        save();
    }

    /** Records the "after" rating and the note, given once the session is over. */
    public void ratedAfter(Integer after, String note) {
        session = session.withRatings(session.tensionBefore(), after, note);
        save();
    }

    public PracticeSession session() {
        return session;
    }

    /** The first save that failed, if any. */
    public RuntimeException failure() {
        return failure;
    }

    private void save() {
        session = session.withProgress(clock.instant(), status, (int) (activeMs / 1000), ledger.results());
        try {
            sink.accept(session);
        } catch (RuntimeException e) {
            if (failure == null) {
                failure = e;
            }
        }
    }
}
