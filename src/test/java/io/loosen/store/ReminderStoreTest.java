package io.loosen.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.loosen.remind.DailyRoutine;
import io.loosen.remind.DeskBreaks;
import io.loosen.remind.Due;
import io.loosen.remind.Reminder;
import io.loosen.remind.Reminders;
import io.loosen.remind.Snooze;
import io.loosen.system.Environment;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Reminders on a SQLite file and on a real PostgreSQL server, the same SQL on both. */
@ParameterizedClass(name = "{0}")
@EnumSource(SessionStoreTest.Backend.class)
@ExtendWith(TestPostgres.Extension.class)
@Timeout(60)
class ReminderStoreTest {
    static final Reminder MORNINGS = Reminder.of("daily",
            new DailyRoutine(LocalTime.of(7, 30), EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)));
    static final Reminder BREAKS = Reminder.of("desk-break", new DeskBreaks(50, LocalTime.of(9, 0),
            LocalTime.of(17, 30), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)));

    @Parameter
    SessionStoreTest.Backend backend;
    @TempDir
    Path folder;
    Database db;
    ReminderStore store;

    @BeforeEach
    void open(TestPostgres postgres) {
        db = Database.open(backend.freshLocation(folder, postgres), Environment.of(folder, Map.of()));
        store = db.reminders();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aNewDatabaseHasNoRemindersAndNoPause() {
        assertThat(store.load()).isEqualTo(new Reminders(List.of(), null));
    }

    @Test
    void keepsBothKindsOfScheduleWithTheirSkipAndSnooze() {
        Reminder mornings = store.create(MORNINGS);
        Reminder breaks = store.create(BREAKS);
        assertThat(mornings.id()).isNotEqualTo(breaks.id());
        assertThat(store.all()).containsExactly(mornings, breaks);

        Reminder changed = breaks.snoozed(Instant.parse("2026-06-10T10:00:00.123Z"), Snooze.TEN)
                .skipping(LocalDate.parse("2026-06-11"));
        assertThat(store.replace(changed)).isTrue();
        assertThat(store.find(breaks.id())).contains(changed);
        assertThat(store.all()).as("a change keeps the order").containsExactly(mornings, changed);
        assertThat(store.find(breaks.id()).orElseThrow().snoozedUntil()).isEqualTo("2026-06-10T10:10:00.123Z");
    }

    @Test
    void remindersAddedWithinOneMillisecondKeepTheOrderTheyWereAddedIn() {
        List<Reminder> added = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            added.add(store.create(i % 2 == 0 ? MORNINGS : BREAKS));
        }
        assertThat(store.all()).containsExactlyElementsOf(added);
    }

    @Test
    void replacingOrDeletingAnUnknownReminderSaysSo() {
        assertThat(store.replace(MORNINGS.withId("no-such-id"))).isFalse();
        assertThat(store.delete("no-such-id")).isFalse();
        Reminder kept = store.create(MORNINGS);
        assertThat(store.delete(kept.id())).isTrue();
        assertThat(store.find(kept.id())).isEmpty();
    }

    @Test
    void hostileTextIsKeptAsText() {
        Reminder hostile = store.create(Reminder.of("x'); drop table reminder; --<b>",
                new DailyRoutine(LocalTime.NOON, Set.of(DayOfWeek.SUNDAY))));
        assertThat(store.find(hostile.id()).orElseThrow().routineId()).isEqualTo("x'); drop table reminder; --<b>");
        assertThat(store.find("' or '1'='1")).isEmpty();
    }

    @Test
    void thePauseIsOneDateThatCanBeMovedAndLifted() {
        store.pauseUntil(LocalDate.parse("2026-07-01"));
        store.pauseUntil(LocalDate.parse("2026-08-01"));
        assertThat(store.load().pausedUntil()).isEqualTo("2026-08-01");
        store.pauseUntil(null);
        assertThat(store.load().pausedUntil()).isNull();
    }

    @Test
    void aStoredReminderThatNoLongerReadsIsLeftOutNotLost() {
        Reminder kept = store.create(MORNINGS);
        db.jdbi().useHandle(h -> h.execute("insert into reminder (id, document, created_at, updated_at) values "
                + "('broken', '{\"kind\": \"hourly\"}', 0, 0)"));
        assertThat(store.all()).containsExactly(kept);
        int rows = db.jdbi().withHandle(h -> h.createQuery("select count(*) from reminder").mapTo(Integer.class).one());
        assertThat(rows).isEqualTo(2);
    }

    @Test
    void aReminderIsRecordedAsSentOnceEvenWhenManyRaceToSendIt() throws Exception {
        Due due = new Due("r1", "daily", Instant.parse("2026-06-10T05:30:00Z"), false);
        Set<Integer> winners = ConcurrentHashMap.newKeySet();
        var pool = Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> all = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int racer = i;
                all.add(pool.submit(() -> {
                    if (store.recordSent(due)) {
                        winners.add(racer);
                    }
                }));
            }
            for (var f : all) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(winners).hasSize(1);
        assertThat(store.sentSince(due.at().minusSeconds(1))).containsExactly(due);
        assertThat(store.sentSince(due.at())).isEmpty();
    }

    @Test
    void theCalendarTokenIsMadeOnceLongAndRandomAndOnlyItMatches() {
        String token = store.calendarToken();
        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(store.calendarToken()).isEqualTo(token);
        assertThat(store.isCalendarToken(token)).isTrue();
        assertThat(store.isCalendarToken(token.substring(1))).isFalse();
        assertThat(store.isCalendarToken("")).isFalse();
        assertThat(store.isCalendarToken(null)).isFalse();
        assertThat(store.isCalendarToken("' or '1'='1")).isFalse();
    }
}
