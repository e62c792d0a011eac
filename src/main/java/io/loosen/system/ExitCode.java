package io.loosen.system;

/** The exit statuses Loosen's commands return; only {@code main} turns one into a process exit. */
public final class ExitCode {
    /** Everything worked. */
    public static final int OK = 0;
    /** Something outside the user's control failed (I/O, an unreadable built-in file). */
    public static final int FAILURE = 1;
    /** The user asked for something that does not exist or gave a bad value. */
    public static final int USAGE = 2;

    private ExitCode() {
    }
}
