package io.loosen.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loosen.system.Environment;
import io.loosen.system.UserError;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Which database Loosen opens, and the one plain sentence it says when it cannot. */
@Timeout(60)
class DatabaseLocationTest {
    @TempDir
    Path home;

    Environment env(Map<String, String> variables) {
        return Environment.of(home, variables);
    }

    @Nested
    class Choosing {
        @Test
        void prefersTheOptionOverTheVariable() {
            assertThat(Database.location("/tmp/option.db", env(Map.of("LOOSEN_DB", "/tmp/variable.db"))))
                    .isEqualTo("/tmp/option.db");
        }

        @Test
        void prefersTheVariableOverTheDefault() {
            assertThat(Database.location(null, env(Map.of("LOOSEN_DB", "jdbc:postgresql://db/loosen"))))
                    .isEqualTo("jdbc:postgresql://db/loosen");
        }

        @Test
        void fallsBackToTheDataFolder() {
            assertThat(Database.location(null, env(Map.of("XDG_DATA_HOME", "/srv/data", "LOOSEN_DB", " "))))
                    .isEqualTo("/srv/data/loosen/loosen.db");
            assertThat(Database.location(null, env(Map.of())))
                    .isEqualTo(home.resolve(".local/share/loosen/loosen.db").toString());
        }

        @Test
        void opensAFileWhoseNameWouldBreakAUrl() {
            Path odd = home.resolve("my data?mode=ro&x#1 Rücken.db");
            try (Database db = Database.open(odd.toString(), env(Map.of()))) {
                db.sessions().save(Sessions.finished(Sessions.id(1), Sessions.MORNING, 1));
            }

            assertThat(odd).isRegularFile();
            assertThat(home.resolve("my data")).doesNotExist();
        }

        @Test
        void expandsAHomeTilde() {
            try (Database db = Database.open("~/mine.db", env(Map.of()))) {
                assertThat(db.shown()).isEqualTo(home.resolve("mine.db").toString());
            }
        }
    }

    @Nested
    class Refusing {
        void assertRefused(String location, String sentence) {
            assertThatThrownBy(() -> Database.open(location, env(Map.of())))
                    .isInstanceOf(UserError.class)
                    .hasMessage(sentence);
        }

        @Test
        void aFolder() {
            assertRefused(home.toString(), "The database location " + home + " is a folder; give a file path such as "
                    + home.resolve("loosen.db") + ".");
        }

        @Test
        void aFileInAFolderThatDoesNotExist() {
            Path file = home.resolve("typo/loosen.db");
            assertRefused(file.toString(), "The folder " + file.getParent() + " for the database file loosen.db does not exist.");
            assertThat(file.getParent()).doesNotExist();
        }

        @Test
        void anEmptyLocation() {
            assertRefused("  ", "The database location is empty; give a file path or a jdbc:postgresql:// URL.");
        }

        @Test
        void anotherKindOfDatabase() {
            assertRefused("jdbc:mysql://localhost/loosen?password=secret",
                    "Loosen cannot use the database URL 'jdbc:mysql://localhost/loosen'; give a SQLite file path "
                            + "or a jdbc:postgresql:// URL.");
        }

        @Test
        void aFileThatIsNotASqliteDatabase() throws IOException {
            Path notes = Files.writeString(home.resolve("notes.txt"), "x".repeat(4096));

            assertThatThrownBy(() -> Database.open(notes.toString(), env(Map.of())))
                    .isInstanceOf(UserError.class)
                    .hasMessageStartingWith("Could not open the database file " + notes + " (")
                    .hasMessageContaining("not a database")
                    .hasMessageEndingWith(").");
            assertThat(notes).hasContent("x".repeat(4096));
        }

        @Test
        void anUnreachableServerWithoutShowingItsPassword() throws IOException {
            int closedPort;
            try (ServerSocket socket = new ServerSocket(0)) {
                closedPort = socket.getLocalPort();
            }
            String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/loosen";

            assertThatThrownBy(() -> Database.open(url + "?user=loosen&password=secret", env(Map.of())))
                    .isInstanceOf(UserError.class)
                    .hasMessage("Could not open the PostgreSQL database " + url + " (ConnectException: Connection refused).");
        }
    }

    @Nested
    @ExtendWith(TestPostgres.Extension.class)
    class Postgresql {
        @Test
        void takesTheUserFromTheEnvironmentWhenTheUrlHasNone(TestPostgres postgres) {
            String url = postgres.freshDatabase();
            String withoutUser = url.substring(0, url.indexOf('?'));
            try (Database admin = Database.open(url, env(Map.of()))) {
                admin.jdbi().useHandle(h -> h.execute("create role stretcher login password 'pw' superuser"));
            }

            try (Database db = Database.open(withoutUser,
                    env(Map.of("LOOSEN_DB_USER", "stretcher", "LOOSEN_DB_PASSWORD", "pw")))) {
                assertThat(currentUser(db)).isEqualTo("stretcher");
            }
            try (Database db = Database.open(url, env(Map.of("LOOSEN_DB_USER", "stretcher")))) {
                assertThat(currentUser(db)).as("the URL's user= wins").isEqualTo("postgres");
            }
        }

        private static String currentUser(Database db) {
            return db.jdbi().withHandle(h -> h.createQuery("select current_user").mapTo(String.class).one());
        }

        @Test
        void namesADatabaseThatDoesNotExist(TestPostgres postgres) {
            String url = "jdbc:postgresql://localhost:" + postgres.port() + "/no_such_db";

            assertThatThrownBy(() -> Database.open(url + "?user=postgres", env(Map.of())))
                    .isInstanceOf(UserError.class)
                    .hasMessage("Could not open the PostgreSQL database " + url
                            + " (FATAL: database \"no_such_db\" does not exist).");
        }
    }
}
