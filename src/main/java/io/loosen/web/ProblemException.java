package io.loosen.web;

import io.javalin.http.HttpStatus;
import io.loosen.system.InvalidDataException;
import java.util.Locale;

/**
 * Ends a request with a problem document: the status, one sentence for the user and, when a single
 * parameter is to blame, its name. {@link Problems} turns it into the response.
 */
final class ProblemException extends RuntimeException {
    private final HttpStatus status;
    private final String field;

    ProblemException(HttpStatus status, String detail, String field) {
        super(detail, null, false, false);
        this.status = status;
        this.field = field;
    }

    static ProblemException notFound(String detail, String field) {
        return new ProblemException(HttpStatus.NOT_FOUND, detail, field);
    }

    static ProblemException badRequest(String detail, String field) {
        return new ProblemException(HttpStatus.BAD_REQUEST, detail, field);
    }

    /**
     * A body that breaks the data rules: the reader's sentence made one of its own ("routine: field 'name'
     * is…" becomes "Field 'name' is…"), naming the field.
     */
    static ProblemException invalid(InvalidDataException e, String source) {
        String message = e.getMessage();
        String tail = message.startsWith(source + ": ") ? message.substring(source.length() + 2) : message;
        String sentence = tail.isEmpty() ? tail : tail.substring(0, 1).toUpperCase(Locale.ROOT) + tail.substring(1);
        return badRequest(sentence, e.field());
    }

    HttpStatus status() {
        return status;
    }

    String field() {
        return field;
    }
}
