package io.loosen.store;

import io.loosen.system.Environment;
import io.loosen.system.UserError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the database is: a SQLite file, or a PostgreSQL server. {@code shown} is how messages name it,
 * without the URL's parameters, because those may hold a password.
 */
record Location(Dialect dialect, String jdbcUrl, Path file, String shown) {
    static final String POSTGRESQL_PREFIX = "jdbc:postgresql:";

    /** {@code null} means the default file, whose folders are created on first use. */
    static Location parse(String location, Environment env) {
        if (location == null) {
            return defaultFile(env);
        }
        String text = location.strip();
        if (text.isEmpty()) {
            throw new UserError("The database location is empty; give a file path or a jdbc:postgresql:// URL.");
        }
        if (text.startsWith(POSTGRESQL_PREFIX)) {
            return new Location(Dialect.POSTGRESQL, text, null, withoutParameters(text));
        }
        if (text.toLowerCase(Locale.ROOT).startsWith("jdbc:")) {
            throw new UserError("Loosen cannot use the database URL '" + withoutParameters(text)
                    + "'; give a SQLite file path or a jdbc:postgresql:// URL.");
        }
        return explicitFile(text, env);
    }

    private static Location defaultFile(Environment env) {
        Path file = env.dataDir().resolve("loosen.db").toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UserError("Could not create the folder " + file.getParent() + " for Loosen's database ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ").");
        }
        return sqlite(file);
    }

    /**
     * A path the user named. Unlike the default, its folder must exist: creating folders from a typo
     * would hide the data somewhere the user never looks.
     */
    private static Location explicitFile(String text, Environment env) {
        Path file;
        try {
            // "~/" is expanded for LOOSEN_DB values written in files, where no shell expands it
            file = text.startsWith("~/") ? env.home().resolve(text.substring(2)) : Path.of(text);
        } catch (InvalidPathException e) {
            throw new UserError("The database location '" + text + "' is not a valid file path.");
        }
        file = file.toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            throw new UserError("The database location " + file + " is a folder; give a file path such as "
                    + file.resolve("loosen.db") + ".");
        }
        if (file.getParent() == null || !Files.isDirectory(file.getParent())) {
            throw new UserError("The folder " + file.getParent() + " for the database file " + file.getFileName()
                    + " does not exist.");
        }
        return sqlite(file);
    }

    private static Location sqlite(Path file) {
        // A file: URI, percent-encoded, because the driver cuts a plain path at its first '?' and reads
        // the rest as settings. The settings go to the driver as properties instead (see Pool).
        return new Location(Dialect.SQLITE, "jdbc:sqlite:" + file.toUri(), file, file.toString());
    }

    private static String withoutParameters(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
