package io.loosen.store;

import com.github.kagkarlsson.scheduler.Scheduler;
import io.loosen.remind.DailyRoutine;
import io.loosen.remind.Due;
import io.loosen.remind.Reminder;
import io.loosen.remind.ReminderWriter;
import io.loosen.system.Environment;
import io.loosen.system.Json;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code bench/reminder-load.sh}: COUNT reminders due within one minute on PostgreSQL, sent by SERVERS
 * Loosen instances (each its own pool and db-scheduler) on one database. Reports how late each reminder
 * was sent after its moment (p50, p99, max), the throughput, and that every reminder was sent exactly once.
 * The database is an embedded PostgreSQL 14 on this machine, or {@code LOOSEN_BENCH_DB} (a jdbc URL).
 */
public final class ReminderLoadBenchmark {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int servers = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        long pollMillis = args.length > 3 ? Long.parseLong(args[3]) : 100;
        long spreadMillis = args.length > 4 ? Long.parseLong(args[4]) * 1000 : 60_000;
        String url = System.getenv("LOOSEN_BENCH_DB");
        EmbeddedPostgres embedded = null;
        if (url == null) {
            embedded = EmbeddedPostgres.builder().start();
            url = "jdbc:postgresql://localhost:" + embedded.getPort() + "/postgres?user=postgres";
        }
        Path home = Files.createTempDirectory("loosen-bench");
        List<Database> dbs = new ArrayList<>();
        for (int i = 0; i < servers; i++) {
            dbs.add(Database.open(url, Environment.of(home, Map.of("LOOSEN_DB_POOL_SIZE", String.valueOf(threads + 4)))));
        }
        try {
            run(dbs, count, threads, pollMillis, spreadMillis);
        } finally {
            dbs.forEach(Database::close);
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    private static void run(List<Database> dbs, int count, int threads, long pollMillis,
                            long spreadMillis) throws Exception {
        Database db = dbs.get(0);
        long setupStart = System.nanoTime();
        // Daily reminders whose own time is twelve hours away, each snoozed to a moment within the minute.
        LocalTime farAway = Instant.now().atZone(ZONE).toLocalTime().plusHours(12).withSecond(0).withNano(0);
        String document = Json.write(ReminderWriter.schedule(Reminder.of("daily",
                new DailyRoutine(farAway, EnumSet.allOf(DayOfWeek.class)))));
        db.jdbi().useHandle(h -> {
            h.execute("delete from scheduled_tasks");
            h.execute("delete from reminder_delivery");
            h.execute("delete from reminder");
            var batch = h.prepareBatch("insert into reminder (id, document, created_at, updated_at) "
                    + "values (:id, :document, 0, 0)");
            for (int i = 0; i < count; i++) {
                batch.bind("id", id(i)).bind("document", document).add();
            }
            batch.execute();
        });
        // Room for planning them all (below) before the first falls due.
        Instant start = Instant.now().plusSeconds(10 + count / 2_000)
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        db.jdbi().useHandle(h -> h.createUpdate("update reminder set snoozed_until = :start "
                        + "+ cast(substr(id, 2) as bigint) * :spread / :count")
                .bind("start", start.toEpochMilli()).bind("spread", spreadMillis).bind("count", count).execute());
        long planStart = System.nanoTime();
        // What a server does when it starts: plans each reminder's next moment, and the jobs of their tenths.
        db.reminderJobs().ensureAll(ZONE, Instant.now());
        long jobs = db.jdbi().withHandle(h -> h.createQuery("select count(*) from scheduled_tasks")
                .mapTo(Long.class).one());
        System.out.printf("setup: %d reminders in %.1f s, planned (%d jobs) in %.1f s; first due at %s%n", count,
                (planStart - setupStart) / 1e9, jobs, (System.nanoTime() - planStart) / 1e9, start);
        if (Instant.now().isAfter(start)) {
            throw new IllegalStateException("planning took longer than the head start; the lateness would be wrong");
        }

        long[] lateness = new long[count];
        long[] moment = new long[count];
        AtomicInteger sent = new AtomicInteger();
        AtomicLong lastSent = new AtomicLong();
        Set<String> once = ConcurrentHashMap.newKeySet();
        AtomicInteger twice = new AtomicInteger();
        List<Scheduler> schedulers = new ArrayList<>();
        for (int s = 0; s < dbs.size(); s++) {
            schedulers.add(dbs.get(s).reminderJobs().start("bench-" + s, () -> ZONE, Duration.ofMillis(pollMillis),
                    threads, (Due due) -> {
                        long now = System.currentTimeMillis();
                        if (!once.add(due.reminderId())) {
                            twice.incrementAndGet();
                        }
                        int n = sent.getAndIncrement();
                        if (n < count) {
                            lateness[n] = now - due.at().toEpochMilli();
                            moment[n] = due.at().toEpochMilli() - start.toEpochMilli();
                        }
                        lastSent.accumulateAndGet(now, Math::max);
                    }));
        }
        Instant deadline = start.plusMillis(spreadMillis).plusSeconds(180);
        while (sent.get() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        Thread.sleep(2000); // a duplicate would show up now
        schedulers.forEach(Scheduler::stop);

        int n = Math.min(sent.get(), count);
        long[] sorted = Arrays.copyOf(lateness, n);
        Arrays.sort(sorted);
        long rows = db.jdbi().withHandle(h -> h.createQuery("select count(*) from reminder_delivery")
                .mapTo(Long.class).one());
        double seconds = (lastSent.get() - start.toEpochMilli()) / 1000.0;
        System.out.printf("servers %d × %d threads, polling every %d ms%n", dbs.size(), threads, pollMillis);
        System.out.printf("sent %d of %d (delivery rows %d, sent twice %d)%n", sent.get(), count, rows, twice.get());
        System.out.printf("lateness: p50 %d ms, p90 %d ms, p99 %d ms, max %d ms%n", pct(sorted, 0.50),
                pct(sorted, 0.90), pct(sorted, 0.99), n == 0 ? -1 : sorted[n - 1]);
        System.out.printf("throughput: %d reminders from the first moment to the last send in %.1f s = %.0f/s%n",
                n, seconds, n / seconds);
        System.out.println("p99 lateness of the reminders due in each tenth of the spread: " + byTenth(lateness,
                moment, n, spreadMillis));
    }

    /** Where in the run the late ones were: the p99 lateness of the reminders due in each tenth of the spread. */
    private static String byTenth(long[] lateness, long[] moment, int n, long spreadMillis) {
        List<List<Long>> tenths = new ArrayList<>();
        for (int t = 0; t < 10; t++) {
            tenths.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            int t = spreadMillis == 0 ? 0 : (int) Math.min(9, Math.max(0, moment[i] * 10 / spreadMillis));
            tenths.get(t).add(lateness[i]);
        }
        List<String> shown = new ArrayList<>();
        for (List<Long> tenth : tenths) {
            long[] sorted = tenth.stream().mapToLong(Long::longValue).sorted().toArray();
            shown.add(pct(sorted, 0.99) + " ms");
        }
        return String.join(", ", shown);
    }

    private static String id(int i) {
        return String.format("r%07d", i);
    }

    private static long pct(long[] sorted, double p) {
        return sorted.length == 0 ? -1 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
