package io.loosen.system;

/**
 * A mistake the user can fix: an unknown id, a value out of range. The message is one human sentence
 * naming the bad field and value; the command line prints it without a stack trace.
 */
public class UserError extends RuntimeException {
    private final int exitCode;

    public UserError(String sentence) {
        this(sentence, ExitCode.USAGE);
    }

    public UserError(String sentence, int exitCode) {
        super(sentence, null, false, false);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
