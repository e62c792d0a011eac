package io.loosen.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.loosen.remind.Due;
import io.loosen.remind.Reminder;
import io.loosen.remind.ReminderReader;
import io.loosen.remind.ReminderWriter;
import io.loosen.remind.Reminders;
import io.loosen.system.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user's reminders with their skip and snooze, the pause over them all, the record of what was sent,
 * and the calendar feed's private token.
 */
public final class ReminderStore {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderStore.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Jdbi jdbi;
    private final Clock clock;

    ReminderStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
        jdbi.registerRowMapper(ConstructorMapper.factory(ReminderDao.Row.class));
        jdbi.registerRowMapper(ConstructorMapper.factory(ReminderDao.Delivery.class));
        jdbi.registerRowMapper(ConstructorMapper.factory(ReminderDao.PlannedRow.class));
    }

    /** Every reminder and the pause: what {@code Upcoming} needs. */
    public Reminders load() {
        return jdbi.inTransaction(h -> {
            ReminderDao dao = h.attach(ReminderDao.class);
            return new Reminders(read(dao.rows()), dao.pausedUntil().map(LocalDate::parse).orElse(null));
        });
    }

    /** The day reminders start again, or null when they are not paused. */
    public LocalDate pausedUntil() {
        return jdbi.withExtension(ReminderDao.class, ReminderDao::pausedUntil).map(LocalDate::parse).orElse(null);
    }

    /** Every reminder, oldest first. One that no longer reads is left out and logged, not lost. */
    public List<Reminder> all() {
        return read(jdbi.withExtension(ReminderDao.class, ReminderDao::rows));
    }

    public Optional<Reminder> find(String id) {
        return jdbi.withExtension(ReminderDao.class, dao -> dao.row(id)).map(ReminderStore::reminder);
    }

    /** Stores a new reminder under a new random id and returns it with that id. */
    public Reminder create(Reminder draft) {
        Reminder reminder = draft.withId(UUID.randomUUID().toString());
        jdbi.useExtension(ReminderDao.class, dao -> dao.insert(reminder.id(), document(reminder),
                day(reminder.skippedDay()), millis(reminder.snoozedUntil()), clock.millis()));
        return reminder;
    }

    /** Replaces the stored reminder with the same id, skip and snooze included; false when there is none. */
    public boolean replace(Reminder reminder) {
        return jdbi.withExtension(ReminderDao.class, dao -> dao.update(reminder.id(), document(reminder),
                day(reminder.skippedDay()), millis(reminder.snoozedUntil()), clock.millis())) > 0;
    }

    public boolean delete(String id) {
        return jdbi.withExtension(ReminderDao.class, dao -> dao.delete(id)) > 0;
    }

    /** Pauses every reminder until {@code day} (they fire again on it); null resumes them now. */
    public void pauseUntil(LocalDate day) {
        jdbi.useExtension(ReminderDao.class, dao -> {
            if (day == null) {
                dao.resume();
            } else {
                dao.pause(day.toString());
            }
        });
    }

    /**
     * Records that {@code due} was sent; true only for the first caller, so of several servers racing to
     * send the same reminder exactly one goes ahead.
     */
    public boolean recordSent(Due due) {
        return !settle(List.of(due), List.of()).isEmpty();
    }

    /** A stored reminder and the next moment planned for it: what its job will look at, and when. */
    record Planned(Reminder reminder, Instant next) {
    }

    /** A reminder's next moment (null: none); {@code was} is the moment it moves on from. */
    record Next(String id, Instant was, Instant next) {
        private ReminderDao.Next row() {
            return new ReminderDao.Next(id, millis(was), millis(next));
        }
    }

    /**
     * The first {@code limit} reminders whose next moment is in {@code (after, until]}, earliest first. One
     * that no longer reads is logged and left without a next moment, so no job looks at it again; it stays
     * stored.
     */
    List<Planned> plannedBetween(Instant after, Instant until, int limit) {
        List<ReminderDao.PlannedRow> rows = jdbi.withExtension(ReminderDao.class,
                dao -> dao.plannedBetween(after.toEpochMilli(), until.toEpochMilli(), limit));
        List<Planned> planned = new ArrayList<>(rows.size());
        List<Next> unreadable = new ArrayList<>();
        for (ReminderDao.PlannedRow row : rows) {
            Instant next = Instant.ofEpochMilli(row.nextAt());
            try {
                planned.add(new Planned(reminder(new ReminderDao.Row(row.id(), row.document(), row.skippedDay(),
                        row.snoozedUntil())), next));
            } catch (RuntimeException e) { // as in read(): a UserError from the reader, or a bad date
                LOG.warn("Stored reminder {} is not sent: {}", row.id(), e.getMessage());
                unreadable.add(new Next(row.id(), next, null));
            }
        }
        if (!unreadable.isEmpty()) {
            replan(unreadable);
        }
        return planned;
    }

    /** The reminders with no next moment: new since the jobs changed, or with nothing ahead of them. */
    List<Reminder> unplanned() {
        return read(jdbi.withExtension(ReminderDao.class, ReminderDao::unplannedRows));
    }

    /** Every next moment planned, each once. */
    List<Instant> nextMoments() {
        return jdbi.withExtension(ReminderDao.class, ReminderDao::nextMoments).stream().map(Instant::ofEpochMilli)
                .toList();
    }

    /**
     * Plans each reminder's next moment, whatever it was (its {@code was} is not looked at). One transaction:
     * one commit, not one per reminder, when a server plans them all.
     */
    void plan(List<Next> next) {
        jdbi.useTransaction(h -> h.attach(ReminderDao.class).plan(next.stream().map(Next::row).toList()));
    }

    /** Moves each reminder on from {@code was} to {@code next}, unless it was planned afresh meanwhile. */
    void replan(List<Next> next) {
        jdbi.useExtension(ReminderDao.class, dao -> dao.replan(next.stream().map(Next::row).toList()));
    }

    /**
     * Records {@code dues} as sent and moves the reminders on to their {@code next} moments, in one
     * transaction and a constant number of statements however many there are. Returns the dues recorded
     * now: a due another server already recorded is left out, so each is sent by exactly one.
     */
    List<Due> settle(List<Due> dues, List<Next> next) {
        return jdbi.inTransaction(h -> {
            ReminderDao dao = h.attach(ReminderDao.class);
            List<Due> recorded = new ArrayList<>(dues.size());
            if (!dues.isEmpty()) {
                int[] counts = dao.deliverAll(dues.stream().map(d -> new ReminderDao.Delivery(d.reminderId(),
                        d.at().toEpochMilli(), d.routineId())).toList(), clock.millis());
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] > 0) {
                        recorded.add(dues.get(i));
                    }
                }
            }
            if (!next.isEmpty()) {
                dao.replan(next.stream().map(Next::row).toList());
            }
            return recorded;
        });
    }

    /** The reminders sent for moments after {@code since}, in order. */
    public List<Due> sentSince(Instant since) {
        return jdbi.withExtension(ReminderDao.class, dao -> dao.deliveredSince(since.toEpochMilli())).stream()
                .map(d -> new Due(d.reminderId(), d.routineId(), Instant.ofEpochMilli(d.dueAt()), false)).toList();
    }

    /** The calendar feed's token, made (256 random bits) on first use; concurrent first uses agree. */
    public String calendarToken() {
        return jdbi.inTransaction(h -> {
            ReminderDao dao = h.attach(ReminderDao.class);
            Optional<String> token = dao.calendarToken();
            if (token.isPresent()) {
                return token.get();
            }
            byte[] bits = new byte[32];
            RANDOM.nextBytes(bits);
            dao.addCalendarToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bits), clock.millis());
            return dao.calendarToken().orElseThrow();
        });
    }

    /** Whether {@code candidate} is the calendar token, compared in constant time so timing tells nothing. */
    public boolean isCalendarToken(String candidate) {
        if (candidate == null) {
            return false;
        }
        Optional<String> token = jdbi.withExtension(ReminderDao.class, ReminderDao::calendarToken);
        return token.isPresent() && MessageDigest.isEqual(token.get().getBytes(StandardCharsets.UTF_8),
                candidate.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Reminder> read(List<ReminderDao.Row> rows) {
        List<Reminder> reminders = new ArrayList<>();
        for (ReminderDao.Row row : rows) {
            try {
                reminders.add(reminder(row));
            } catch (RuntimeException e) { // a UserError from the reader, or a bad date
                LOG.warn("A stored reminder is left out: {}", e.getMessage());
            }
        }
        return reminders;
    }

    private static Reminder reminder(ReminderDao.Row row) {
        Reminder read = ReminderReader.read("stored reminder", json(row.document()));
        return new Reminder(row.id(), read.routineId(), read.schedule(),
                row.skippedDay() == null ? null : LocalDate.parse(row.skippedDay()),
                row.snoozedUntil() == null ? null : Instant.ofEpochMilli(row.snoozedUntil()));
    }

    /** The stored JSON, parsed as JSON (not through the YAML reader of data files: jobs read thousands a second). */
    private static JsonNode json(String document) {
        try {
            return Json.mapper().readTree(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored reminder is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String document(Reminder reminder) {
        return Json.write(ReminderWriter.schedule(reminder));
    }

    private static String day(LocalDate day) {
        return day == null ? null : day.toString();
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }
}
