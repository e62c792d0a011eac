package io.loosen.remind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loosen.system.InvalidDataException;
import io.loosen.system.Json;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What ReminderWriter writes, ReminderReader reads back as the same reminder; what it refuses, it names. */
class ReminderJsonTest {
    static List<Long> seeds() {
        List<Long> seeds = new ArrayList<>();
        for (long seed = 1; seed <= 200; seed++) {
            seeds.add(seed);
        }
        return seeds;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyScheduleRoundTrips(long seed) throws Exception {
        for (Reminder reminder : UpcomingProperties.generate(seed).reminders().all()) {
            String text = Json.write(ReminderWriter.schedule(reminder));
            Reminder read = ReminderReader.read("test", Json.mapper().readTree(text));
            assertThat(read).isEqualTo(Reminder.of(reminder.routineId(), reminder.schedule()));
        }
    }

    @Test
    void theFullFormCarriesIdSkipAndSnoozeAsExplicitValues() {
        Reminder r = new Reminder("r1", "daily", new DailyRoutine(java.time.LocalTime.of(7, 5),
                java.util.EnumSet.of(java.time.DayOfWeek.SUNDAY, java.time.DayOfWeek.MONDAY)), null, null);
        assertThat(Json.write(ReminderWriter.full(r))).isEqualTo("{\"id\":\"r1\",\"routine\":\"daily\",\"kind\":\"daily\","
                + "\"at\":\"07:05\",\"days\":[\"monday\",\"sunday\"],\"skippedDay\":null,\"snoozedUntil\":null}");
        Reminder later = r.skipping(LocalDate.parse("2026-06-10")).snoozed(Instant.parse("2026-06-10T10:00:00Z"), Snooze.FIVE);
        assertThat(ReminderWriter.full(later).path("snoozedUntil").asText()).isEqualTo("2026-06-10T10:05:00Z");
        assertThat(ReminderWriter.full(later).path("skippedDay").asText()).isEqualTo("2026-06-10");
    }

    @Test
    void aMistakeNamesTheFieldAndTheValue() throws Exception {
        assertThatThrownBy(() -> ReminderReader.read("body", Json.mapper().readTree(
                "{\"routine\": \"daily\", \"kind\": \"daily\", \"at\": \"24:00\", \"days\": [\"monday\"]}")))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("body: field 'at' is '24:00', which is not a time of day; write it as HH:MM, like 07:30.");
        assertThatThrownBy(() -> ReminderReader.read("body", Json.mapper().readTree(
                "{\"routine\": \"daily\", \"kind\": \"desk-breaks\", \"every\": 30, \"from\": \"10:00\", \"until\": \"10:00\","
                        + " \"days\": [\"monday\"]}")))
                .hasMessageContaining("field 'until' is 10:00, which is not after 'from' (10:00)");
        assertThatThrownBy(() -> ReminderReader.read("body", Json.mapper().readTree("\"daily\"")))
                .hasMessageContaining("one object of fields");
    }
}
