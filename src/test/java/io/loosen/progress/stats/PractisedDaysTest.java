package io.loosen.progress.stats;

import static io.loosen.progress.stats.Sessions.BERLIN;
import static io.loosen.progress.stats.Sessions.session;
import static org.assertj.core.api.Assertions.assertThat;

import io.loosen.progress.PracticeSession;
import io.loosen.progress.SessionStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which sessions make a day of practice, and which day. */
class PractisedDaysTest {
    private static final ZonedDateTime MORNING = ZonedDateTime.of(2026, 6, 15, 7, 30, 0, 0, BERLIN);

    @Test
    void countsACompletedSessionHoweverShortItsRoutine() {
        assertThat(PractisedDays.counts(session(MORNING, SessionStatus.COMPLETED, 45))).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"STOPPED, 60", "STOPPED, 300", "IN_PROGRESS, 60", "IN_PROGRESS, 900"})
    void countsAnUnfinishedSessionWithAMinuteOfStretching(SessionStatus status, int seconds) {
        assertThat(PractisedDays.counts(session(MORNING, status, seconds))).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"STOPPED, 0", "STOPPED, 10", "STOPPED, 59", "IN_PROGRESS, 10", "IN_PROGRESS, 59"})
    void leavesOutFalseStarts(SessionStatus status, int seconds) {
        PracticeSession falseStart = session(MORNING, status, seconds);

        assertThat(PractisedDays.counts(falseStart)).isFalse();
        assertThat(PractisedDays.of(List.of(falseStart))).isEmpty();
    }

    @Test
    void datesEachSessionByTheZoneItStartedIn() {
        Instant sameMoment = Instant.parse("2026-06-10T20:00:00Z");
        PracticeSession auckland = Sessions.at(sameMoment.atZone(ZoneId.of("Pacific/Auckland")));
        PracticeSession losAngeles = Sessions.at(sameMoment.atZone(ZoneId.of("America/Los_Angeles")));

        assertThat(PractisedDays.of(List.of(auckland, losAngeles)))
                .containsExactly(LocalDate.parse("2026-06-10"), LocalDate.parse("2026-06-11"));
    }

    @Test
    void countsASessionAcrossMidnightForTheDayItStarted() {
        PracticeSession lateNight = session(ZonedDateTime.of(2026, 6, 15, 23, 50, 0, 0, BERLIN),
                SessionStatus.COMPLETED, 30 * 60);

        assertThat(lateNight.endedAt().atZone(BERLIN).toLocalDate()).isEqualTo("2026-06-16");
        assertThat(PractisedDays.of(List.of(lateNight))).containsExactly(LocalDate.parse("2026-06-15"));
    }

    @Test
    void listsEachDayOnceInDateOrder() {
        List<PracticeSession> sessions = List.of(Sessions.on("2026-06-17"), Sessions.on("2026-06-15"),
                Sessions.on("2026-06-17"), Sessions.on("2026-06-16"));

        assertThat(PractisedDays.of(sessions)).containsExactly(LocalDate.parse("2026-06-15"),
                LocalDate.parse("2026-06-16"), LocalDate.parse("2026-06-17"));
    }
}
