package io.loosen.system;

/**
 * A data file (an exercise, a routine) that breaks the format. The message is one sentence naming the
 * file, the field and the bad value, e.g. {@code spine-twist.yaml: field 'dose.hold.max' is 10800
 * seconds, outside the allowed 1–600 seconds.}
 */
public class InvalidDataException extends UserError {
    private final String source;
    private final String field;

    public InvalidDataException(String source, String field, String sentence) {
        super(sentence);
        this.source = source;
        this.field = field;
    }

    /** The file (or resource) that is wrong. */
    public String source() {
        return source;
    }

    /** The dotted path of the bad field, or null when the whole file is unreadable. */
    public String field() {
        return field;
    }
}
