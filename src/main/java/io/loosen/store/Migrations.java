package io.loosen.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/** Brings the schema up to date with Flyway, from the dialect's own migration folder. */
final class Migrations {
    /** Enough for two processes that create the same new file at once; see {@link #run}. */
    private static final int ATTEMPTS = 4;

    /** The newest migration in both dialects' folders; {@code MigrationsTest} keeps it in step with them. */
    static final String NEWEST_VERSION = "5";

    private Migrations() {
    }

    static void run(DataSource pool, Dialect dialect) {
        if (upToDate(pool)) {
            return;
        }
        Flyway flyway = Flyway.configure()
                .dataSource(pool)
                .locations(dialect.migrations())
                // Without this a missing folder is only a warning, and Loosen would run with no tables.
                .failOnMissingLocations(true)
                .load();
        for (int attempt = 1; ; attempt++) {
            try {
                flyway.migrate();
                return;
            } catch (FlywayException e) {
                // Flyway locks its history table on PostgreSQL but not on SQLite: when the CLI and the
                // web server open a new file at the same moment, one of them finds a table the other
                // just created. Migrating again then sees the other's work and has nothing left to do.
                if (dialect != Dialect.SQLITE || attempt == ATTEMPTS) {
                    throw e;
                }
                pause(attempt * 50L);
            }
        }
    }

    /**
     * Whether the newest migration is already applied. Flyway takes about half a second to start, which
     * every command that opens the history would pay for nothing on every run once the schema is current.
     */
    static boolean upToDate(DataSource pool) {
        try (Connection connection = pool.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select count(*) from flyway_schema_history where version = ? and success")) {
            query.setString(1, NEWEST_VERSION);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() && rows.getInt(1) > 0;
            }
        } catch (SQLException e) {
            return false; // a new database: no history table yet
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to migrate the database", e);
        }
    }
}
