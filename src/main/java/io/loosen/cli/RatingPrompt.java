package io.loosen.cli;

import io.loosen.progress.PracticeSession;
import io.loosen.system.Fields;
import java.io.PrintWriter;
import java.util.function.UnaryOperator;

/**
 * Asks how tight the back feels before and after a session (0–10) and for an optional note. Enter skips
 * any question; a wrong answer is explained and asked again, a few times at most, so a session is never
 * held up by the questions.
 */
final class RatingPrompt {
    private static final int TRIES = 3;

    private final UnaryOperator<String> readLine;
    private final PrintWriter out;

    /** {@code readLine} shows a prompt and returns the line typed, or null at the end of input. */
    RatingPrompt(UnaryOperator<String> readLine, PrintWriter out) {
        this.readLine = readLine;
        this.out = out;
    }

    Integer before() {
        return tension("How tight does your mid and upper back feel right now?");
    }

    Integer after() {
        return tension("And now, after stretching?");
    }

    String note() {
        String line = readLine.apply("A note for your log (Enter skips): ");
        if (line == null || line.isBlank()) {
            return null;
        }
        String note = Fields.printable(line.strip());
        return note.length() <= PracticeSession.MAX_NOTE_LENGTH ? note
                : note.substring(0, PracticeSession.MAX_NOTE_LENGTH);
    }

    private Integer tension(String question) {
        for (int attempt = 0; attempt < TRIES; attempt++) {
            String line = readLine.apply(question + " 0 = loose, 10 = very tight (Enter skips): ");
            if (line == null || line.isBlank()) {
                return null;
            }
            Integer rating = parse(line);
            if (rating != null) {
                return rating;
            }
            out.println("'" + Fields.show(line.strip()) + "' is not a rating: type a whole number from 0 to 10, "
                    + "or just press Enter.");
            out.flush();
        }
        return null;
    }

    /** A rating 0–10, or null when the text is not one. */
    static Integer parse(String text) {
        String t = text.strip();
        if (!t.matches("\\d{1,2}")) {
            return null;
        }
        int value = Integer.parseInt(t);
        return value <= 10 ? value : null;
    }
}
