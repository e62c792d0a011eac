package io.loosen.progress.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.loosen.progress.PracticeSession;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Whatever history is written, in either format, reading it back gives exactly the same sessions. */
class HistoryRoundTripTest {

    private static List<PracticeSession> roundTrip(HistoryFormat format, List<PracticeSession> sessions) {
        return format.read("history." + format.extension(), format.write(sessions));
    }

    @ParameterizedTest
    @EnumSource(HistoryFormat.class)
    void awkwardSessionsComeBackEqual(HistoryFormat format) {
        List<PracticeSession> awkward = Histories.awkward();

        assertThat(roundTrip(format, awkward)).containsExactlyElementsOf(Histories.canonical(awkward));
    }

    @ParameterizedTest
    @EnumSource(HistoryFormat.class)
    void hostileTextComesBackVerbatim(HistoryFormat format) {
        PracticeSession hostile = Histories.awkward().get(1);

        PracticeSession back = roundTrip(format, List.of(hostile)).get(0);

        assertThat(back.note()).isEqualTo(hostile.note()).contains("<script>", "'); DROP TABLE sessions; --");
        assertThat(back.routineName()).isEqualTo("Rücken – 背中 🧘 \"quoted\", with, commas");
        assertThat(back.routineId()).isEqualTo("my routine, v2");
    }

    @ParameterizedTest
    @EnumSource(HistoryFormat.class)
    void anEmptyNoteAndNoNoteStayApart(HistoryFormat format) {
        List<PracticeSession> back = roundTrip(format, Histories.awkward());

        assertThat(back).filteredOn(s -> s.id().equals(UUID.fromString("00000000-0000-4000-8000-000000000002")))
                .singleElement().satisfies(s -> assertThat(s.note()).isEmpty());
        assertThat(back).filteredOn(s -> s.id().equals(Histories.SECOND)).isEmpty();
        assertThat(roundTrip(format, Histories.documented()).get(1).note()).isNull();
    }

    @ParameterizedTest
    @EnumSource(HistoryFormat.class)
    void timesKeepTheirNanosecondsAndDaysTheirZones(HistoryFormat format) {
        PracticeSession acrossDst = Histories.awkward().get(0);

        PracticeSession back = roundTrip(format, List.of(acrossDst)).get(0);

        assertThat(back.startedAt()).isEqualTo(acrossDst.startedAt());
        assertThat(back.endedAt()).isEqualTo(acrossDst.endedAt());
        assertThat(back.day()).isEqualTo(LocalDate.of(2026, 3, 8));
        assertThat(roundTrip(format, Histories.awkward()).get(4).startedAt().getNano()).isEqualTo(123_456_789);
    }

    @ParameterizedTest
    @EnumSource(HistoryFormat.class)
    void anEmptyHistoryRoundTrips(HistoryFormat format) {
        assertThat(roundTrip(format, List.of())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(HistoryFormat.class)
    void manySessionsComeBackInStartOrder(HistoryFormat format) {
        List<PracticeSession> many = Histories.many(3_000);

        List<PracticeSession> back = roundTrip(format, many);

        assertThat(back).hasSize(3_000).containsExactlyElementsOf(Histories.canonical(many));
    }

    @ParameterizedTest
    @EnumSource(HistoryFormat.class)
    void sessionsStartingTogetherAreOrderedById(HistoryFormat format) {
        List<PracticeSession> back = roundTrip(format, Histories.awkward());

        assertThat(back).extracting(s -> s.id().toString()).containsSubsequence(
                "00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002");
    }

    @ParameterizedTest
    @EnumSource(HistoryFormat.class)
    void writingIsStableWhateverTheOrderGiven(HistoryFormat format) {
        List<PracticeSession> sessions = new java.util.ArrayList<>(Histories.awkward());
        String once = format.write(sessions);
        java.util.Collections.reverse(sessions);

        assertThat(format.write(sessions)).isEqualTo(once);
        assertThat(format.write(format.read("again", once))).isEqualTo(once);
    }

    @ParameterizedTest
    @EnumSource(HistoryFormat.class)
    void exportingFromOneFormatAndTheOtherGivesTheSameSessions(HistoryFormat format) {
        List<PracticeSession> viaThis = roundTrip(format, Histories.many(200));
        HistoryFormat other = format == HistoryFormat.JSON ? HistoryFormat.CSV : HistoryFormat.JSON;

        assertThat(roundTrip(other, viaThis)).isEqualTo(viaThis);
    }
}
