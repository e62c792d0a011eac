package io.loosen.progress.exchange;

import io.loosen.system.InvalidDataException;

/**
 * Where a value sits in an import file, so every error is one sentence that names it: a JSON field
 * ({@code field 'sessions[3].zone'}) or a CSV cell ({@code line 14, column 'zone'}).
 */
@FunctionalInterface
interface Place {

    /** The error "{@code <source>: <this place> <tail>}"; the tail is the rest of the sentence. */
    InvalidDataException fail(String tail);

    /** A field of a JSON object, named by its dotted path from the top of the file. */
    static Place field(String source, String path) {
        return tail -> new InvalidDataException(source, path, source + ": field '" + path + "' " + tail);
    }

    /** A whole record of a JSON file, such as one session. */
    static Place record(String source, String path) {
        return tail -> new InvalidDataException(source, path, source + ": record '" + path + "' " + tail);
    }

    /** One cell of a CSV file: its line (1 is the header) and column. */
    static Place cell(String source, int line, String column) {
        return tail -> new InvalidDataException(source, column,
                source + ": line " + line + ", column '" + column + "' " + tail);
    }

    /** A whole line of a CSV file. */
    static Place line(String source, int line) {
        return tail -> new InvalidDataException(source, null, source + ": line " + line + " " + tail);
    }
}
