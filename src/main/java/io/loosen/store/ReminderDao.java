package io.loosen.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The SQL behind {@link ReminderStore}, the same on SQLite and PostgreSQL. */
interface ReminderDao {
    /** A stored reminder as its columns; the store turns it into a {@code Reminder}. */
    record Row(String id, String document, String skippedDay, Long snoozedUntil) {
    }

    @SqlQuery("select id, document, skipped_day, snoozed_until from reminder order by created_at, id")
    List<Row> rows();

    @SqlQuery("select id, document, skipped_day, snoozed_until from reminder where id = :id")
    Optional<Row> row(@Bind("id") String id);

    /** A stored reminder and its next moment (epoch milliseconds), for the jobs that send it. */
    record PlannedRow(String id, String document, String skippedDay, Long snoozedUntil, long nextAt) {
    }

    @SqlQuery("""
            select id, document, skipped_day, snoozed_until, next_at from reminder
            where next_at > :after and next_at <= :until order by next_at, id limit :limit
            """)
    List<PlannedRow> plannedBetween(@Bind("after") long after, @Bind("until") long until, @Bind("limit") int limit);

    /** The reminders with no next moment: not planned yet, or nothing ahead of them when they were. */
    @SqlQuery("""
            select id, document, skipped_day, snoozed_until from reminder where next_at is null
            order by created_at, id
            """)
    List<Row> unplannedRows();

    @SqlQuery("select distinct next_at from reminder where next_at is not null")
    List<Long> nextMoments();

    /** A reminder's next moment; {@code was}, when set, is the one it must still have (null: any). */
    record Next(String id, Long was, Long next) {
    }

    /** Plans each reminder's next moment, whatever it was. */
    @SqlBatch("update reminder set next_at = :next where id = :id")
    void plan(@BindMethods List<Next> next);

    /**
     * Moves each reminder from the moment it was sent for to its next one, unless it was planned afresh
     * meanwhile (changed, snoozed, skipped): then the fresh plan stands.
     */
    @SqlBatch("update reminder set next_at = :next where id = :id and next_at = :was")
    void replan(@BindMethods List<Next> next);

    /**
     * Reminders are listed in the order they were added, so two added within one millisecond still get
     * distinct, rising {@code created_at} values rather than falling back on the order of their random ids.
     */
    @SqlUpdate("""
            insert into reminder (id, document, skipped_day, snoozed_until, created_at, updated_at)
            select :id, :document, :skippedDay, :snoozedUntil,
                case when last is null or :updatedAt > last then :updatedAt else last + 1 end, :updatedAt
            from (select max(created_at) as last from reminder) latest
            """)
    void insert(@Bind("id") String id, @Bind("document") String document, @Bind("skippedDay") String skippedDay,
                @Bind("snoozedUntil") Long snoozedUntil, @Bind("updatedAt") long updatedAt);

    /** 1 when replaced, 0 when there is no reminder with this id. */
    @SqlUpdate("""
            update reminder set document = :document, skipped_day = :skippedDay, snoozed_until = :snoozedUntil,
                updated_at = :updatedAt where id = :id
            """)
    int update(@Bind("id") String id, @Bind("document") String document, @Bind("skippedDay") String skippedDay,
               @Bind("snoozedUntil") Long snoozedUntil, @Bind("updatedAt") long updatedAt);

    @SqlUpdate("delete from reminder where id = :id")
    int delete(@Bind("id") String id);

    @SqlQuery("select until_day from reminder_pause")
    Optional<String> pausedUntil();

    @SqlUpdate("""
            insert into reminder_pause (only_row, until_day) values (1, :day)
            on conflict (only_row) do update set until_day = excluded.until_day
            """)
    void pause(@Bind("day") String day);

    @SqlUpdate("delete from reminder_pause")
    void resume();

    /** Each row 1 the first time it is recorded as sent, 0 after: how several servers agree who sent it. */
    @SqlBatch("""
            insert into reminder_delivery (reminder_id, due_at, routine_id, sent_at)
            values (:reminderId, :dueAt, :routineId, :sentAt) on conflict (reminder_id, due_at) do nothing
            """)
    int[] deliverAll(@BindMethods List<Delivery> deliveries, @Bind("sentAt") long sentAt);

    record Delivery(String reminderId, long dueAt, String routineId) {
    }

    @SqlQuery("""
            select reminder_id, due_at, routine_id from reminder_delivery where due_at > :since
            order by due_at, reminder_id
            """)
    List<Delivery> deliveredSince(@Bind("since") long since);

    @SqlQuery("select token from calendar_feed")
    Optional<String> calendarToken();

    @SqlUpdate("insert into calendar_feed (token, created_at) values (:token, :createdAt) on conflict do nothing")
    void addCalendarToken(@Bind("token") String token, @Bind("createdAt") long createdAt);
}
