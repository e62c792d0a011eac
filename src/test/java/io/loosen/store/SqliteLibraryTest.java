package io.loosen.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/** The SQLite driver's native library, unpacked once into the user's cache instead of on every start. */
class SqliteLibraryTest {
    @TempDir
    Path cache;

    @Test
    void theCopyIsTheDriversOwnLibraryUnderItsVersionAndPlatform() throws Exception {
        Path library = SqliteLibrary.cachedCopy(cache).orElseThrow();

        String platform = OSInfo.getNativeLibFolderPathForCurrentOS();
        assertThat(library).isEqualTo(cache.resolve("sqlite-jdbc").resolve(SQLiteJDBCLoader.getVersion())
                .resolve(platform).resolve(System.mapLibraryName("sqlitejdbc")));
        try (InputStream original = SQLiteJDBCLoader.class.getResourceAsStream(
                "/org/sqlite/native/" + platform + "/" + System.mapLibraryName("sqlitejdbc"))) {
            assertThat(Files.readAllBytes(library)).isEqualTo(original.readAllBytes());
        }
        try (Stream<Path> left = Files.list(library.getParent())) {
            assertThat(left).as("no half-written copies are left behind").containsExactly(library);
        }
    }

    @Test
    void laterStartsUseTheCopyAsItIs() throws Exception {
        Path library = SqliteLibrary.cachedCopy(cache).orElseThrow();
        FileTime written = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(library, written);

        assertThat(SqliteLibrary.cachedCopy(cache)).hasValue(library);
        assertThat(Files.getLastModifiedTime(library)).isEqualTo(written);
    }

    @Test
    void aCacheThatCannotBeWrittenLeavesTheDriverToItsOwnWay() throws Exception {
        Path notAFolder = Files.writeString(cache.resolve("loosen"), "a file where the folder should be");

        assertThat(SqliteLibrary.cachedCopy(notAFolder)).isEqualTo(Optional.empty());
        assertThat(Files.readString(notAFolder)).isEqualTo("a file where the folder should be");
    }

    @Test
    void theDatabaseOpensWithTheCopyInPlace(@TempDir Path home) {
        io.loosen.system.Environment env = io.loosen.system.Environment.of(home, java.util.Map.of());
        try (Database db = Database.open(home.resolve("loosen.db").toString(), env)) {
            assertThat(db.exercises().revision()).isNotNegative();
        }
        // The driver is loaded once per JVM; whichever test opened SQLite first decided where from. What this
        // test can check is that opening never fails for the cache, and that a copy is there for next time
        // unless the driver had been pointed elsewhere before.
        if (System.getProperty(SqliteLibrary.PATH_PROPERTY, "").startsWith(home.toString())) {
            assertThat(SqliteLibrary.cachedCopy(env.cacheDir())).isPresent();
        }
    }
}
