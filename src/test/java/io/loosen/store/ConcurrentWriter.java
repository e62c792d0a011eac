package io.loosen.store;

import io.loosen.system.Environment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A child process for {@link SqliteFileTest}: stands for the CLI or the web server sharing one SQLite
 * file. {@code ConcurrentWriter <db file> <prefix> <count> <go file>} opens the file, prints "ready",
 * waits until the go file exists (so both children write at the same time), then saves {@code count}
 * sessions as fast as it can, each twice as the session runner would (in progress, then finished), and
 * prints "wrote <count> <first save epoch ms> <last save epoch ms>". With a fifth argument "report" it
 * also prints "saved <n>" once session n is finished and stored, for the test that kills it mid-way.
 * Any failure ends it with a stack trace on standard error and a non-zero exit code.
 */
public final class ConcurrentWriter {
    private ConcurrentWriter() {
    }

    /** The id of session {@code n} written under {@code prefix}, the same in the child and the test. */
    static UUID id(String prefix, int n) {
        return UUID.nameUUIDFromBytes((prefix + "/" + n).getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        String prefix = args[1];
        int count = Integer.parseInt(args[2]);
        Path go = Path.of(args[3]);
        boolean report = args.length > 4 && args[4].equals("report");
        try (Database db = Database.open(file.toString(), Environment.of(file.getParent(), Map.of()))) {
            System.out.println("ready");
            System.out.flush();
            for (int waited = 0; !Files.exists(go); waited += 5) {
                if (waited > 60_000) {
                    throw new IllegalStateException("no go file after 60 s: " + go);
                }
                Thread.sleep(5);
            }
            SessionStore store = db.sessions();
            long first = System.currentTimeMillis();
            for (int n = 0; n < count; n++) {
                Instant start = Sessions.MORNING.plusSeconds(n);
                store.save(Sessions.inProgress(id(prefix, n), start, 3));
                store.save(Sessions.finished(id(prefix, n), start, 6));
                if (report) {
                    System.out.println("saved " + n);
                    System.out.flush();
                }
            }
            long last = System.currentTimeMillis();
            System.out.println("wrote " + count + " " + first + " " + last);
        }
    }
}
