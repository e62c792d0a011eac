package io.loosen.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.loosen.system.Environment;
import io.loosen.system.UserError;

/** The HikariCP connection pool for a {@link Location}, tuned per dialect. */
final class Pool {
    private Pool() {
    }

    static HikariDataSource open(Location where, Environment env) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("loosen");
        config.setJdbcUrl(where.jdbcUrl());
        switch (where.dialect()) {
            case SQLITE -> {
                SqliteLibrary.useCachedCopy(env);
                sqlite(config);
            }
            case POSTGRESQL -> postgresql(config, env);
        }
        try {
            // Hikari opens one connection here, so a bad location fails now, not at the first save.
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new UserError(Failures.cannotOpen(where, e));
        }
    }

    private static void sqlite(HikariConfig config) {
        // Passed to the driver as connection properties rather than URL parameters, which cannot share
        // the URL with a percent-encoded path (see Location). They apply to every pooled connection.
        // WAL is not among them: it belongs to the file and is switched on once, by WriteAheadLog.
        // A second writer (another thread, or the other process) waits its turn instead of failing
        // with "database is locked". Ten seconds is far longer than any of Loosen's transactions.
        config.addDataSourceProperty("busy_timeout", "10000");
        // SQLite leaves foreign keys off unless each connection asks; the cascade needs them.
        config.addDataSourceProperty("foreign_keys", "true");
        // NORMAL in WAL mode: a commit survives a killed process; only a power cut may lose the
        // last commits, never corrupt the file. FULL would fsync every exercise boundary.
        config.addDataSourceProperty("synchronous", "NORMAL");
        // SQLite has one writer at a time; more connections would only queue on its lock.
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
    }

    private static void postgresql(HikariConfig config, Environment env) {
        // Parameters in the URL (user=, password=) win over these: the driver reads the URL last.
        if (env.get("LOOSEN_DB_USER") != null) {
            config.setUsername(env.get("LOOSEN_DB_USER"));
        }
        if (env.get("LOOSEN_DB_PASSWORD") != null) {
            config.setPassword(env.get("LOOSEN_DB_PASSWORD"));
        }
        config.setMaximumPoolSize(poolSize(env));
        config.setMinimumIdle(1);
        // An unreachable server should be reported within seconds, not after Hikari's default 30.
        config.setConnectionTimeout(10_000);
        config.addDataSourceProperty("connectTimeout", "5");
        config.addDataSourceProperty("ApplicationName", "loosen");
    }

    /**
     * Connections to a PostgreSQL server: 8, or {@code LOOSEN_DB_POOL_SIZE} (2–100) for a server that sends many
     * reminders at once, whose jobs each wait on the database more than they compute (see BENCHMARKS.md).
     */
    private static int poolSize(Environment env) {
        String value = env.get("LOOSEN_DB_POOL_SIZE");
        if (value == null) {
            return 8;
        }
        try {
            int size = Integer.parseInt(value.strip());
            if (size >= 2 && size <= 100) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UserError("LOOSEN_DB_POOL_SIZE '" + io.loosen.system.Fields.show(value)
                + "' is not a number of connections from 2 to 100.");
    }
}
