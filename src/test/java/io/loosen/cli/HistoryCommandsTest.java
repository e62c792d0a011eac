package io.loosen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.loosen.store.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** log, stats, export, import and backup, run in-process against real SQLite files in a temp home. */
class HistoryCommandsTest {
    @TempDir
    Path home;
    CliRun loosen;

    @BeforeEach
    void user() {
        loosen = CliRun.in(home);
    }

    private CliRun.Result ok(String... args) {
        CliRun.Result result = loosen.run(args);
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return result;
    }

    private void stretch(String routine) {
        ok("session", routine, "--speed", "1000", "--no-ask");
    }

    @Test
    void aSessionIsRememberedInTheDefaultFileAndShownInTheLog() {
        stretch("desk-break");

        assertThat(home.resolve(".local/share/loosen/loosen.db")).isRegularFile();
        CliRun.Result log = ok("log");
        assertThat(log.outLines()).hasSize(2);
        assertThat(log.outLines().get(1)).contains("desk-break", "completed", "2:12", "3/3");
    }

    @Test
    void anEmptyHistorySaysHowToStart() {
        assertThat(ok("log").out()).contains("No sessions yet");
        assertThat(ok("stats").out()).contains("Streak:     0 days", "no ratings yet");
    }

    @Test
    void statsShowTheStreakTheWeekAndTheTwelveWeekGrid() {
        stretch("desk-break");
        stretch("daily");

        CliRun.Result stats = ok("stats");
        assertThat(stats.out()).contains("Streak:     1 day (today done)", "2 sessions", "Last 12 weeks");
        assertThat(stats.outLines().stream().filter(l -> l.matches("(Mon|Tue|Wed|Thu|Fri|Sat|Sun) .*"))).hasSize(7);
        JsonNode json = parse(ok("stats", "--json").out());
        assertThat(json.at("/streak/current").asInt()).isEqualTo(1);
        assertThat(json.at("/thisWeek/sessions").asInt()).isEqualTo(2);
    }

    @Test
    void logSinceADateAndAsJson() {
        stretch("desk-break");
        assertThat(ok("log", "--since", "2999-01-01").out()).contains("No sessions since 2999-01-01");
        JsonNode json = parse(ok("log", "--json").out());
        assertThat(json.at("/format").asText()).isEqualTo("loosen-history");
        assertThat(json.at("/sessions/0/routine").asText()).isEqualTo("desk-break");
        assertThat(json.at("/sessions/0/exercises")).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2026-13-01", "'; DROP TABLE practice_session; --"})
    void aBadSinceDateIsNamed(String since) {
        CliRun.Result result = loosen.run("log", "--since", since);
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString().startsWith("loosen: --since '").endsWith("2026-11-01.");
    }

    @Nested
    class ExportAndImport {
        @ParameterizedTest
        @ValueSource(strings = {"json", "csv"})
        void exportThenImportIntoAnEmptyDatabaseReproducesTheHistoryExactly(String format) throws Exception {
            stretch("desk-break");
            stretch("daily");
            Path file = home.resolve("history." + format);
            ok("export", "--format", format, "--output", file.toString());

            Path other = home.resolve("other.db");
            assertThat(ok("import", file.toString(), "--db", other.toString()).out())
                    .contains("Imported 2 sessions");
            assertThat(ok("export", "--format", format, "--db", other.toString()).out())
                    .isEqualTo(Files.readString(file));
        }

        @Test
        void importingTheSameFileTwiceAddsNothing() {
            stretch("desk-break");
            Path file = home.resolve("history.json");
            ok("export", "--output", file.toString());
            Path other = home.resolve("other.db");
            ok("import", file.toString(), "--db", other.toString());
            assertThat(ok("import", file.toString(), "--db", other.toString()).out())
                    .contains("Imported 0 sessions", "1 was already in your history");
            assertThat(ok("log", "--db", other.toString()).outLines()).hasSize(2);
        }

        @Test
        void aFileWithOneBadRecordIsRejectedWholeAndChangesNothing() throws Exception {
            stretch("desk-break");
            stretch("daily");
            Path file = home.resolve("history.json");
            ok("export", "--output", file.toString());
            // The second of two sessions gets a zone that does not exist; the first is fine.
            String text = Files.readString(file);
            int zone = text.lastIndexOf("\"zone\": \"");
            assertThat(zone).isPositive();
            String broken = text.substring(0, zone) + "\"zone\": \"Mars/" + text.substring(zone + "\"zone\": \"".length());
            Path bad = Files.writeString(home.resolve("bad.json"), broken);
            Path other = home.resolve("other.db");
            ok("import", home.resolve("history.json").toString(), "--db", other.toString());
            String before = ok("export", "--db", other.toString()).out();

            CliRun.Result result = loosen.run("import", bad.toString(), "--db", home.resolve("fresh.db").toString());
            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.errLines()).singleElement().asString().contains("bad.json", "zone", "Mars/");
            assertThat(loosen.run("import", bad.toString(), "--db", other.toString()).exitCode()).isEqualTo(2);
            assertThat(ok("export", "--db", other.toString()).out()).isEqualTo(before);
        }

        @Test
        void aMissingOrNonTextFileIsNamed() throws Exception {
            CliRun.Result missing = loosen.run("import", home.resolve("nope.json").toString());
            assertThat(missing.exitCode()).isEqualTo(2);
            assertThat(missing.err()).contains("There is no file", "nope.json");
            Path binary = Files.write(home.resolve("image.json"), new byte[] {(byte) 0xff, (byte) 0xd8, 0, 1});
            assertThat(loosen.run("import", binary.toString()).err()).contains("not UTF-8 text");
        }

        @Test
        void anUnknownFormatIsNamed() {
            CliRun.Result result = loosen.run("export", "--format", "xml");
            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err()).contains("'xml' is not one of json, csv");
        }
    }

    @Nested
    class Backup {
        @Test
        void writesACopyThatHoldsTheWholeHistory() {
            stretch("desk-break");
            Path copy = home.resolve("backup.db");
            assertThat(ok("backup", copy.toString()).out()).contains("Backed up", "backup.db");
            assertThat(ok("log", "--db", copy.toString()).out()).contains("desk-break");
        }

        @Test
        void refusesToOverwriteAnExistingFile() throws Exception {
            stretch("desk-break");
            Path existing = Files.writeString(home.resolve("precious.db"), "keep me");
            CliRun.Result result = loosen.run("backup", existing.toString());
            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(Files.readString(existing)).isEqualTo("keep me");
        }
    }

    @Nested
    @ExtendWith(TestPostgres.Extension.class)
    class OnPostgreSql {
        @Test
        void theSameCommandsKeepHistoryOnAPostgreSqlServer(TestPostgres postgres) {
            String url = postgres.freshDatabase();
            ok("session", "desk-break", "--speed", "1000", "--no-ask", "--db", url);
            ok("session", "daily", "--speed", "1000", "--no-ask", "--db", url);

            assertThat(ok("log", "--db", url).outLines()).hasSize(3);
            assertThat(ok("stats", "--db", url).out()).contains("2 sessions");
            // History moves between the two databases unchanged.
            Path file = home.resolve("from-postgres.csv");
            ok("export", "--format", "csv", "--output", file.toString(), "--db", url);
            Path sqlite = home.resolve("copy.db");
            ok("import", file.toString(), "--db", sqlite.toString());
            assertThat(ok("export", "--db", sqlite.toString()).out()).isEqualTo(ok("export", "--db", url).out());
            assertThat(loosen.run("backup", home.resolve("pg.db").toString(), "--db", url).err())
                    .contains("pg_dump");
        }
    }

    @Test
    void aBadDatabaseLocationIsOneSentence() {
        CliRun.Result result = loosen.run("log", "--db", "jdbc:mysql://localhost/loosen");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString().startsWith("loosen: ");
    }

    @Test
    void loosenDbChoosesTheDatabaseWhenNoOptionIsGiven() {
        Path file = home.resolve("from-env.db");
        CliRun withEnv = loosen.with("LOOSEN_DB", file.toString());
        assertThat(withEnv.run("session", "desk-break", "--speed", "1000", "--no-ask").exitCode()).isZero();
        assertThat(file).isRegularFile();
        assertThat(withEnv.run("log").out()).contains("desk-break");
    }

    private static JsonNode parse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError(json, e);
        }
    }
}
