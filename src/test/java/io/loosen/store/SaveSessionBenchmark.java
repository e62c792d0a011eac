package io.loosen.store;

import io.loosen.progress.PracticeSession;
import io.loosen.system.Environment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A benchmark, not a test: how long saving one finished session with six exercise results takes,
 * through the whole stack (pool, transaction, upserts, commit). The goal is p99 under 2 ms on a SQLite
 * file in WAL mode. Each call stores a new session, so the tables grow as they do in use.
 * <pre>
 * mvn -q -o test-compile
 * java -cp target/test-classes:target/classes:$(mvn -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout) \
 *     org.openjdk.jmh.Main SaveSessionBenchmark -f 1 -wi 3 -i 5 -w 1s -r 2s [-p backend=sqlite]
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SaveSessionBenchmark {
    @Param({"sqlite", "postgresql"})
    public String backend;

    private Path folder;
    private TestPostgres postgres;
    private Database db;
    private SessionStore store;
    private PracticeSession template;
    private long next;

    @Setup
    public void open() throws IOException {
        folder = Files.createTempDirectory("loosen-bench");
        String location = folder.resolve("loosen.db").toString();
        if (backend.equals("postgresql")) {
            postgres = new TestPostgres();
            location = postgres.freshDatabase();
        }
        db = Database.open(location, Environment.of(folder, Map.of()));
        store = db.sessions();
        template = Sessions.finished(UUID.randomUUID(), Sessions.MORNING, 6);
    }

    @Benchmark
    public void saveFinishedSession() {
        // ids from a counter: UUID.randomUUID() would time SecureRandom as well
        PracticeSession session = new PracticeSession(new UUID(0x4000L, ++next), template.routineId(),
                template.routineName(), template.startedAt().plusSeconds(next), template.endedAt().plusSeconds(next),
                template.zone(), template.status(), template.activeSeconds(), template.tensionBefore(),
                template.tensionAfter(), template.note(), template.exercises());
        store.save(session);
    }

    @TearDown
    public void close() throws IOException {
        db.close();
        if (postgres != null) {
            postgres.close();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
