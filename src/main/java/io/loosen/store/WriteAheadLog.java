package io.loosen.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Puts a SQLite file in WAL mode, once per open rather than on every pooled connection. WAL is stored
 * in the file itself, and switching a new file to it needs a moment alone with the file: when two
 * processes create the file at the same instant, the loser gets SQLITE_BUSY at once, without waiting
 * out the busy timeout, so it has to try again here.
 */
final class WriteAheadLog {
    private static final int SQLITE_BUSY = 5;
    private static final long GIVE_UP_AFTER_MILLIS = 10_000;

    private WriteAheadLog() {
    }

    static void enable(DataSource pool) throws SQLException {
        long deadline = System.currentTimeMillis() + GIVE_UP_AFTER_MILLIS;
        while (true) {
            try (Connection connection = pool.getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet mode = statement.executeQuery("pragma journal_mode = wal")) {
                mode.next();
                if (!"wal".equalsIgnoreCase(mode.getString(1))) {
                    throw new SQLException("SQLite kept journal mode " + mode.getString(1) + " instead of WAL");
                }
                return;
            } catch (SQLException e) {
                if ((e.getErrorCode() & 0xff) != SQLITE_BUSY || System.currentTimeMillis() > deadline) {
                    throw e;
                }
                pause();
            }
        }
    }

    private static void pause() throws SQLException {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting to switch the database to WAL", e);
        }
    }
}
