package io.loosen.web;

import io.javalin.http.HttpStatus;

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
     * A 400 for data that breaks the catalog's or routines' rules, naming the field: the reader's sentence
     * "routine: field 'name' is…" as a sentence of its own, "Field 'name' is…".
     */
    static ProblemException invalid(String source, io.loosen.system.InvalidDataException e) {
        String message = e.getMessage();
        String tail = message.startsWith(source + ": ") ? message.substring(source.length() + 2) : message;
        String sentence = tail.isEmpty() ? tail : tail.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + tail.substring(1);
        return badRequest(sentence, e.field());
    }

    HttpStatus status() {
        return status;
    }

    String field() {
        return field;
    }
}
