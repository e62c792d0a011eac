package io.loosen.store;

import static io.loosen.store.Sessions.MORNING;
import static io.loosen.store.Sessions.finished;
import static io.loosen.store.Sessions.id;
import static io.loosen.store.Sessions.results;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loosen.progress.PracticeSession;
import io.loosen.system.Environment;
import io.loosen.system.UserError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** What only the embedded SQLite file does: its default place, WAL, backups, and sharing between processes. */
@Timeout(120)
class SqliteFileTest {
    @TempDir
    Path home;

    Environment env(Map<String, String> variables) {
        return Environment.of(home, variables);
    }

    @Test
    void createsTheDefaultFileUnderXdgDataHomeOnFirstUse() {
        Path data = home.resolve("xdg-data");
        try (Database db = Database.open(null, env(Map.of("XDG_DATA_HOME", data.toString())))) {
            db.sessions().save(finished(id(1), MORNING, 2));
        }

        assertThat(data.resolve("loosen/loosen.db")).isRegularFile();
        try (Database db = Database.open(data.resolve("loosen/loosen.db").toString(), env(Map.of()))) {
            assertThat(db.sessions().list(null)).hasSize(1);
        }
    }

    @Test
    void createsTheDefaultFileUnderLocalShareWithoutXdgDataHome() {
        try (Database db = Database.open(null, env(Map.of()))) {
            assertThat(db.shown()).isEqualTo(home.resolve(".local/share/loosen/loosen.db").toString());
        }

        assertThat(home.resolve(".local/share/loosen/loosen.db")).isRegularFile();
    }

    @Test
    void runsInWalModeAndWaitsForOtherWriters() {
        Path file = home.resolve("loosen.db");
        try (Database db = Database.open(file.toString(), env(Map.of()))) {
            db.sessions().save(finished(id(1), MORNING, 2));

            assertThat(pragma(db, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(db, "busy_timeout")).isEqualTo("10000");
            assertThat(pragma(db, "foreign_keys")).isEqualTo("1");
            assertThat(pragma(db, "synchronous")).isEqualTo("1"); // NORMAL
            assertThat(Path.of(file + "-wal")).exists();
        }
    }

    private static String pragma(Database db, String name) {
        return db.jdbi().withHandle(h -> h.createQuery("pragma " + name).mapTo(String.class).one());
    }

    @Test
    void backupTakenWhileAnotherThreadWritesHoldsEverySessionSavedBeforeIt() throws Exception {
        Path copy = home.resolve("backup.db");
        List<PracticeSession> before = new ArrayList<>();
        try (Database db = Database.open(home.resolve("loosen.db").toString(), env(Map.of()))) {
            SessionStore store = db.sessions();
            for (int n = 0; n < 200; n++) {
                before.add(finished(id(n), MORNING.plusSeconds(n), 6));
                store.save(before.get(n));
            }
            AtomicBoolean stop = new AtomicBoolean();
            CountDownLatch writing = new CountDownLatch(1);
            ExecutorService writer = Executors.newSingleThreadExecutor();
            try {
                Future<?> writes = writer.submit(() -> {
                    for (int n = 1000; n < 20_000 && !stop.get(); n++) {
                        store.save(finished(id(n), MORNING.plusSeconds(n), 6));
                        writing.countDown();
                    }
                    return null;
                });
                assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();

                store.backup(copy);

                stop.set(true);
                writes.get(30, TimeUnit.SECONDS); // the writer was never refused meanwhile
            } finally {
                writer.shutdownNow();
            }
        }

        try (Database restored = Database.open(copy.toString(), env(Map.of()))) {
            List<PracticeSession> sessions = restored.sessions().list(null);
            assertThat(sessions.subList(0, 200)).isEqualTo(before);
            // each save is one transaction, so a consistent copy holds no half-saved session
            assertThat(sessions).allSatisfy(s -> assertThat(s.exercises()).isEqualTo(results(6)));
            assertThat(pragma(restored, "integrity_check")).isEqualTo("ok");
        }
        try (var files = Files.list(home)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".partial"));
        }
    }

    @Test
    void backupRefusesAnExistingFile() throws IOException {
        Path existing = Files.writeString(home.resolve("precious.db"), "do not overwrite");
        try (Database db = Database.open(home.resolve("loosen.db").toString(), env(Map.of()))) {
            assertThatThrownBy(() -> db.sessions().backup(existing))
                    .isInstanceOf(UserError.class)
                    .hasMessage("The backup file " + existing + " already exists; choose a new file name.");
        }
        assertThat(existing).hasContent("do not overwrite");
    }

    @Test
    void backupNeedsAnExistingFolder() {
        Path nowhere = home.resolve("no-such-folder/backup.db");
        try (Database db = Database.open(home.resolve("loosen.db").toString(), env(Map.of()))) {
            assertThatThrownBy(() -> db.sessions().backup(nowhere))
                    .isInstanceOf(UserError.class)
                    .hasMessage("The folder " + nowhere.getParent() + " for the backup does not exist.");
        }
    }

    /** The CLI and the web server starting on a new file at the same moment: both must come up. */
    @RepeatedTest(5)
    void twoFirstOpensOfANewFileAtOnceBothSucceed() throws Exception {
        Path file = home.resolve("new.db");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService both = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> opens = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                int n = i;
                opens.add(both.submit(() -> {
                    start.await();
                    try (Database db = Database.open(file.toString(), env(Map.of()))) {
                        db.sessions().save(finished(id(n), MORNING, 1));
                        return db.sessions().list(null).size();
                    }
                }));
            }
            start.countDown();
            for (Future<Integer> open : opens) {
                assertThat(open.get(60, TimeUnit.SECONDS)).isPositive();
            }
        } finally {
            both.shutdownNow();
        }
    }

    @Test
    void twoProcessesWritingAtOnceLoseNothing() throws Exception {
        Path file = home.resolve("shared.db");
        Path go = home.resolve("go");
        int count = 150;
        List<Process> children = new ArrayList<>();
        try {
            for (String prefix : List.of("cli", "web")) {
                children.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"), ConcurrentWriter.class.getName(),
                        file.toString(), prefix, String.valueOf(count), go.toString())
                        .redirectOutput(home.resolve(prefix + ".out").toFile())
                        .redirectError(home.resolve(prefix + ".err").toFile())
                        .start());
            }
            for (String prefix : List.of("cli", "web")) {
                awaitLine(home.resolve(prefix + ".out"), "ready", children);
            }
            Files.createFile(go);
            for (Process child : children) {
                assertThat(child.waitFor(90, TimeUnit.SECONDS)).as("child finished in time").isTrue();
            }
            long[][] spans = new long[2][];
            for (int i = 0; i < 2; i++) {
                String prefix = i == 0 ? "cli" : "web";
                assertThat(Files.readString(home.resolve(prefix + ".err")))
                        .as("%s: no errors, no 'database is locked', and no log chatter", prefix).isEmpty();
                assertThat(children.get(i).exitValue()).isZero();
                List<String> lines = Files.readAllLines(home.resolve(prefix + ".out"));
                assertThat(lines).hasSize(2).first().isEqualTo("ready");
                String[] wrote = lines.get(1).split(" ");
                assertThat(wrote[0] + " " + wrote[1]).isEqualTo("wrote " + count);
                spans[i] = new long[] {Long.parseLong(wrote[2]), Long.parseLong(wrote[3])};
            }
            assertThat(spans[0][0]).as("the two processes wrote at the same time").isLessThan(spans[1][1]);
            assertThat(spans[1][0]).as("the two processes wrote at the same time").isLessThan(spans[0][1]);
        } finally {
            children.forEach(Process::destroyForcibly);
        }

        try (Database db = Database.open(file.toString(), env(Map.of()))) {
            List<PracticeSession> sessions = db.sessions().list(null);
            assertThat(sessions).hasSize(2 * count)
                    .allSatisfy(s -> assertThat(s.exercises()).isEqualTo(results(6)));
            for (String prefix : List.of("cli", "web")) {
                for (int n = 0; n < count; n++) {
                    assertThat(db.sessions().find(ConcurrentWriter.id(prefix, n)))
                            .contains(finished(ConcurrentWriter.id(prefix, n), MORNING.plusSeconds(n), 6));
                }
            }
        }
    }

    @Test
    void aKilledProcessLosesNoSessionItHadSaved() throws Exception {
        Path file = home.resolve("killed.db");
        Path go = Files.createFile(home.resolve("go"));
        Path out = home.resolve("victim.out");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ConcurrentWriter.class.getName(),
                file.toString(), "victim", "100000", go.toString(), "report")
                .redirectOutput(out.toFile())
                .redirectError(home.resolve("victim.err").toFile())
                .start();
        try {
            awaitLine(out, "saved 100", List.of(child));
        } finally {
            child.destroyForcibly(); // SIGKILL, in the middle of some later save
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        int reported = (int) Files.readAllLines(out).stream().filter(line -> line.startsWith("saved ")).count();

        try (Database db = Database.open(file.toString(), env(Map.of()))) {
            for (int n = 0; n < reported; n++) {
                assertThat(db.sessions().find(ConcurrentWriter.id("victim", n)))
                        .contains(finished(ConcurrentWriter.id("victim", n), MORNING.plusSeconds(n), 6));
            }
            assertThat(db.sessions().list(null)).hasSizeGreaterThanOrEqualTo(reported)
                    .allSatisfy(s -> assertThat(s.exercises()).hasSizeBetween(3, 6));
            assertThat(pragma(db, "integrity_check")).isEqualTo("ok");
        }
    }

    private static void awaitLine(Path output, String line, List<Process> children) throws Exception {
        for (int waited = 0; waited < 60_000; waited += 20) {
            if (Files.exists(output) && Files.readAllLines(output).contains(line)) {
                return;
            }
            if (children.stream().anyMatch(c -> !c.isAlive())) {
                break;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no '" + line + "' in " + output + ": "
                + (Files.exists(output) ? Files.readString(output) : "(no output)")
                + " / " + Files.readString(Path.of(output.toString().replace(".out", ".err"))));
    }
}
