package io.loosen.progress.exchange;

import static io.loosen.progress.exchange.HistoryRules.EARLIEST;
import static io.loosen.progress.exchange.HistoryRules.LATEST;

import io.loosen.system.Fields;
import io.loosen.system.InvalidDataException;
import io.loosen.system.Suggest;
import io.loosen.system.Vocabulary;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Turns the text of one field or cell into the value it stands for, with the same checks and the same
 * sentences for JSON and CSV. Text is taken verbatim: nothing is trimmed, so a note comes back exactly.
 */
final class HistoryValues {
    private static final Pattern UUID_TEXT = Pattern.compile(
            "\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");
    private static final Pattern INSTANT_TEXT = Pattern.compile(
            "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,9})?Z");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,18}");
    private static final Set<String> ZONES = Set.copyOf(ZoneId.getAvailableZoneIds());

    /** Reads one value from its text, failing with a sentence about {@code at}. */
    @FunctionalInterface
    interface Reading<T> {
        T read(Place at, String text);
    }

    private HistoryValues() {
    }

    static UUID uuid(Place at, String text) {
        if (!UUID_TEXT.matcher(text).matches()) {
            throw at.fail("has '" + show(text)
                    + "', which is not a UUID (32 hex digits like '0b5e7c1a-3f2d-4c8e-9a61-5d2f8e4b7c90').");
        }
        return UUID.fromString(text);
    }

    static Instant instant(Place at, String text) {
        Instant instant = null;
        if (INSTANT_TEXT.matcher(text).matches()) {
            try {
                instant = Instant.parse(text);
            } catch (DateTimeParseException e) {
                // a month 13 or a 30 February: reported below like any other bad time
            }
        }
        if (instant == null) {
            throw at.fail("has '" + show(text)
                    + "', which is not a UTC time like '2026-03-14T07:30:00Z' or '2026-03-14T07:30:00.250Z'.");
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw at.fail("has '" + text + "', outside the years 1970–9999.");
        }
        return instant;
    }

    static ZoneId zone(Place at, String text) {
        if (!ZONES.contains(text)) {
            String hint = Suggest.closest(text, ZONES).map(z -> "did you mean '" + z + "'?")
                    .orElse("like 'Europe/Berlin'");
            throw at.fail("has '" + show(text) + "', which is not an IANA time zone (" + hint + ").");
        }
        return ZoneId.of(text);
    }

    /** An identifier (of a routine or an exercise): one line of printable text. */
    static String id(Place at, String text) {
        return text(at, text, 1, HistoryRules.MAX_ID_LENGTH, false);
    }

    static String name(Place at, String text) {
        return text(at, text, 1, HistoryRules.MAX_NAME_LENGTH, true);
    }

    static String note(Place at, String text) {
        return text(at, text, 0, HistoryRules.MAX_NOTE_LENGTH, true);
    }

    /** A whole number written as text (CSV cells). */
    static int whole(Place at, String text, int min, int max, String unit) {
        if (!WHOLE_NUMBER.matcher(text).matches()) {
            if (text.matches("-?\\d+")) {
                throw outside(at, text, min, max, unit);
            }
            throw at.fail("has '" + show(text) + "', which is not a whole number"
                    + (unit.isEmpty() ? "" : " of " + unit) + ".");
        }
        long value = Long.parseLong(text);
        if (value < min || value > max) {
            throw outside(at, text, min, max, unit);
        }
        return (int) value;
    }

    static InvalidDataException outside(Place at, String shown, int min, int max, String unit) {
        String units = unit.isEmpty() ? "" : " " + unit;
        return at.fail("is " + show(shown) + units + ", outside the allowed " + min + "–" + max + units + ".");
    }

    static <E extends Enum<E> & Vocabulary> E word(Place at, String text, Class<E> type) {
        return Vocabulary.parse(type, text).orElseThrow(() -> at.fail("has '" + show(text)
                + "', which is not one of " + Vocabulary.choices(type)
                + Suggest.closest(text, Arrays.stream(type.getEnumConstants()).map(Vocabulary::slug).toList())
                        .map(s -> " (did you mean '" + s + "'?)").orElse("") + "."));
    }

    /**
     * A value quoted in a message: as {@link Fields#show} gives it (control characters replaced, cut at 40
     * characters), and with any half of a broken or cut character replaced too, so the message always prints.
     */
    static String show(String value) {
        return Fields.show(value);
    }

    private static String text(Place at, String text, int min, int max, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && !(multiLine && (c == '\n' || c == '\t'))) {
                throw at.fail("('" + show(text) + "') contains a control character; only printable text"
                        + (multiLine ? ", line breaks and tabs are" : " is") + " allowed.");
            }
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)))) {
                throw at.fail("('" + show(text) + "') contains a broken character (a lone UTF-16 surrogate).");
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        if (text.length() < min || text.length() > max) {
            throw at.fail("is " + text.length() + " characters long ('" + show(text) + "'); it must be "
                    + min + "–" + max + " characters.");
        }
        return text;
    }
}
