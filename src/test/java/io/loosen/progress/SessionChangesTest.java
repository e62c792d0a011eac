package io.loosen.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class SessionChangesTest {
    static final Instant START = Instant.parse("2026-03-29T00:30:00Z"); // the night Berlin springs forward
    static final UUID ID = UUID.randomUUID();

    static PracticeSession session(String routine, Instant start, SessionStatus status) {
        return new PracticeSession(ID, routine, "Daily", start, start.plusSeconds(300), ZoneId.of("Europe/Berlin"),
                status, 280, null, null, null, List.of());
    }

    @ParameterizedTest
    @EnumSource(SessionStatus.class)
    void progressMayAlwaysMoveOnFromInProgress(SessionStatus next) {
        assertThat(SessionChanges.refusal(session("daily", START, SessionStatus.IN_PROGRESS),
                session("daily", START, next))).isEmpty();
    }

    @Test
    void aFinishedSessionMayBeSavedAgainFinishedButNotReopened() {
        var done = session("daily", START, SessionStatus.COMPLETED);
        assertThat(SessionChanges.refusal(done, session("daily", START, SessionStatus.COMPLETED))).isEmpty();
        assertThat(SessionChanges.refusal(done, session("daily", START, SessionStatus.STOPPED))).isEmpty();
        assertThat(SessionChanges.refusal(done, session("daily", START, SessionStatus.IN_PROGRESS)))
                .hasValueSatisfying(why -> assertThat(why).contains("already completed"));
    }

    @Test
    void theStartAndTheRoutineStay() {
        var stored = session("daily", START, SessionStatus.IN_PROGRESS);
        assertThat(SessionChanges.refusal(stored, session("daily", START.plusMillis(1), SessionStatus.IN_PROGRESS)))
                .hasValueSatisfying(why -> assertThat(why).contains("start cannot change"));
        assertThat(SessionChanges.refusal(stored, session("desk-break", START, SessionStatus.IN_PROGRESS)))
                .hasValueSatisfying(why -> assertThat(why).contains("another routine"));
    }
}
