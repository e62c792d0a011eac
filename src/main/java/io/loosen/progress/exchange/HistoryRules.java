package io.loosen.progress.exchange;

import io.loosen.progress.ExerciseResult;
import io.loosen.progress.PracticeSession;
import io.loosen.system.InvalidDataException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * What both history formats share: the limits every value must keep, the order sessions are written and
 * read in, and the size of file an import accepts. {@code docs/history-format.md} describes them.
 */
public final class HistoryRules {
    /**
     * The largest import read, in characters: 32 MiB, several decades of daily sessions. Callers reading a
     * file can refuse one larger than this many bytes before reading it (UTF-8 never has fewer bytes
     * than characters).
     */
    public static final int MAX_CHARS = 32 * 1024 * 1024;
    public static final int MAX_SESSIONS = 100_000;
    public static final int MAX_EXERCISES = 1_000;
    public static final int MAX_POSITION = MAX_EXERCISES - 1;
    public static final int MAX_ACTIVE_SECONDS = 86_400;
    public static final int MAX_HELD_SECONDS = 3_600;
    public static final int MAX_ID_LENGTH = 100;
    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_NOTE_LENGTH = PracticeSession.MAX_NOTE_LENGTH;
    public static final int MAX_RATING = 10;
    public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    /** Sessions by start time, then by id as written (lower-case hex), so files are stable. */
    static final Comparator<PracticeSession> ORDER = Comparator.comparing(PracticeSession::startedAt)
            .thenComparing(s -> s.id().toString());

    private HistoryRules() {
    }

    static List<PracticeSession> inOrder(List<PracticeSession> sessions) {
        return sessions.stream().sorted(ORDER).toList();
    }

    static List<ExerciseResult> byPosition(List<ExerciseResult> results) {
        return results.stream().sorted(Comparator.comparingInt(ExerciseResult::position)).toList();
    }

    /** Refuses text too large to import, before any parsing; drops a leading byte-order mark. */
    static String bounded(String source, String text) {
        if (text.length() > MAX_CHARS) {
            throw new InvalidDataException(source, null, String.format(
                    "%s: the file is %,d characters long; an import may be at most %,d characters (32 MiB).",
                    source, text.length(), MAX_CHARS));
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static void checkEnd(Place end, Instant endedAt, String startName, Instant startedAt) {
        if (endedAt.isBefore(startedAt)) {
            throw end.fail("is '" + endedAt + "', before " + startName + " '" + startedAt
                    + "'; a session cannot end before it starts.");
        }
    }

    /** Builds a value, turning the record's own checks into a sentence naming the record. */
    static <T> T valid(Place record, String what, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw record.fail("is not a valid " + what + " (" + e.getMessage() + ").");
        }
    }
}
