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

    HttpStatus status() {
        return status;
    }

    String field() {
        return field;
    }
}
