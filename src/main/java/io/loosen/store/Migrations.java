package io.loosen.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/** Brings the schema up to date with Flyway, from the dialect's own migration folder. */
final class Migrations {
    /** Enough for two processes that create the same new file at once; see {@link #run}. */
    private static final int ATTEMPTS = 4;

    private Migrations() {
    }

    static void run(DataSource pool, Dialect dialect) {
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

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to migrate the database", e);
        }
    }
}
