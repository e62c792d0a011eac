package io.loosen.store;

import io.loosen.system.Environment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * Points the SQLite driver at an unpacked copy of its native library kept in the user's cache folder.
 *
 * <p>Left to itself, the driver unpacks the library (about 1 MB) from the jar into the temporary folder on
 * every start, then reads both copies back a byte at a time to compare them: about a fifth of a second of
 * CPU, the largest part of opening the database and so of starting the web app (BENCHMARKS.md). The copy
 * here is written once per driver version and platform, under a temporary name and then moved into place,
 * so neither a crash nor a second process starting at the same moment leaves a half-written library to
 * load. If anything goes wrong nothing is set, and the driver unpacks its own copy as it always did.
 */
final class SqliteLibrary {
    /** The driver's own switches: where its library is, and its file name there. */
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";
    private static final Logger LOG = LoggerFactory.getLogger(SqliteLibrary.class);

    private SqliteLibrary() {
    }

    /** Before the first SQLite connection: use the cached copy, unless the driver was told otherwise. */
    static synchronized void useCachedCopy(Environment env) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return; // set by the user, or by an earlier call
        }
        cachedCopy(env.cacheDir()).ifPresent(library -> {
            System.setProperty(NAME_PROPERTY, library.getFileName().toString());
            System.setProperty(PATH_PROPERTY, library.getParent().toString());
        });
    }

    /**
     * The driver's native library for this platform under {@code cacheDir}, unpacked there first if it is
     * not yet; empty when the jar has none for this platform or the folder cannot be written.
     */
    static Optional<Path> cachedCopy(Path cacheDir) {
        String platform = OSInfo.getNativeLibFolderPathForCurrentOS(); // e.g. Linux/x86_64
        String name = System.mapLibraryName("sqlitejdbc");
        String resource = "/org/sqlite/native/" + platform + "/" + name;
        Path library = cacheDir.resolve("sqlite-jdbc").resolve(SQLiteJDBCLoader.getVersion())
                .resolve(platform).resolve(name);
        if (Files.isRegularFile(library)) {
            return Optional.of(library);
        }
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty(); // the driver finds its own way (another name, or none at all)
            }
            Files.createDirectories(library.getParent());
            Path unfinished = Files.createTempFile(library.getParent(), name, ".part");
            try {
                Files.copy(in, unfinished, StandardCopyOption.REPLACE_EXISTING);
                Files.move(unfinished, library, StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(unfinished);
            }
            return Optional.of(library);
        } catch (IOException | RuntimeException e) {
            LOG.debug("SQLite's library is unpacked by the driver instead of kept in {}: {}", cacheDir, e.toString());
            return Optional.empty();
        }
    }
}
