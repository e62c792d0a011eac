package io.loosen.store;

import java.sql.SQLException;

/** Turns driver and pool exceptions into the one-sentence reasons {@link io.loosen.system.UserError} shows. */
final class Failures {
    private Failures() {
    }

    static String cannotOpen(Location where, Throwable e) {
        return "Could not open " + describe(where) + " (" + reason(e) + ").";
    }

    static String describe(Location where) {
        return switch (where.dialect()) {
            case SQLITE -> "the database file " + where.shown();
            case POSTGRESQL -> "the PostgreSQL database " + where.shown();
        };
    }

    /**
     * The innermost cause, on one line: the outer layers (Hikari, Flyway, Jdbi) only repeat it with
     * advice meant for developers.
     */
    static String reason(Throwable e) {
        Throwable root = e;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 20; depth++) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : root.getMessage().strip().lines().findFirst().orElse("");
        if (!(root instanceof SQLException)) {
            // "ConnectException: Connection refused" says more than "Connection refused" alone
            message = message.isEmpty() ? root.getClass().getSimpleName()
                    : root.getClass().getSimpleName() + ": " + message;
        }
        return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }
}
