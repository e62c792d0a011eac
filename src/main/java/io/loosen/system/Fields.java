package io.loosen.system;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads one object of a parsed data file field by field, checking each value as it goes. Every failure is
 * an {@link InvalidDataException} whose message names the file, the dotted field path and the bad value,
 * so readers of exercises and routines stay short declarations of what each field must be.
 */
public final class Fields {
    private static final int SHOWN_VALUE_CHARS = 40;

    private final String source;
    private final String path;
    private final JsonNode node;

    private Fields(String source, String path, JsonNode node) {
        this.source = source;
        this.path = path;
        this.node = node;
    }

    /** The top-level object of a file. */
    public static Fields root(String source, JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            throw new InvalidDataException(source, null, source + ": the file is empty.");
        }
        if (!node.isObject()) {
            throw new InvalidDataException(source, null,
                    source + ": the file should hold one object of fields, not " + kind(node) + ".");
        }
        return new Fields(source, "", node);
    }

    /** Rejects any field not named here, suggesting the closest allowed name. */
    public void allowOnly(String... names) {
        Set<String> allowed = new LinkedHashSet<>(Arrays.asList(names));
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                throw fail(name, "unknown field '" + show(path(name)) + "'"
                        + Suggest.closest(name, allowed).map(s -> " (did you mean '" + s + "'?)").orElse("")
                        + "; allowed fields " + (path.isEmpty() ? "are " : "in '" + path + "' are ")
                        + String.join(", ", allowed) + ".");
            }
        }
    }

    public boolean has(String name) {
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    public String text(String name, int minLength, int maxLength) {
        return checkedText(name, require(name), minLength, maxLength);
    }

    public String optionalText(String name, int minLength, int maxLength, String fallback) {
        return has(name) ? text(name, minLength, maxLength) : fallback;
    }

    public int integer(String name, int min, int max, String unit) {
        return checkedInteger(name, require(name), min, max, unit);
    }

    public int optionalInteger(String name, int min, int max, String unit, int fallback) {
        return has(name) ? integer(name, min, max, unit) : fallback;
    }

    public boolean optionalBoolean(String name, boolean fallback) {
        if (!has(name)) {
            return fallback;
        }
        JsonNode value = node.get(name);
        if (!value.isBoolean()) {
            throw wrongType(name, value, "true or false");
        }
        return value.booleanValue();
    }

    public Fields object(String name) {
        JsonNode value = require(name);
        if (!value.isObject()) {
            throw wrongType(name, value, "an object of fields");
        }
        return new Fields(source, path(name), value);
    }

    public Optional<Fields> optionalObject(String name) {
        return has(name) ? Optional.of(object(name)) : Optional.empty();
    }

    /** A required list of objects with between {@code minSize} and {@code maxSize} entries. */
    public List<Fields> objects(String name, int minSize, int maxSize) {
        List<Fields> items = new ArrayList<>();
        JsonNode list = list(name, minSize, maxSize);
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            String itemPath = path(name) + "[" + i + "]";
            if (!item.isObject()) {
                throw fail(name, "field '" + itemPath + "' should be an object of fields, not " + kind(item) + ".");
            }
            items.add(new Fields(source, itemPath, item));
        }
        return items;
    }

    /** A list of texts; an absent optional list reads as empty. */
    public List<String> texts(String name, int minSize, int maxSize, int minLength, int maxLength) {
        if (!has(name) && minSize == 0) {
            return List.of();
        }
        JsonNode list = list(name, minSize, maxSize);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            texts.add(checkedText(name + "[" + i + "]", list.get(i), minLength, maxLength));
        }
        return texts;
    }

    /** A non-empty list of distinct words from a vocabulary. */
    public <E extends Enum<E> & Vocabulary> List<E> words(String name, Class<E> type) {
        JsonNode list = list(name, 1, type.getEnumConstants().length);
        List<E> words = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            E word = checkedWord(name + "[" + i + "]", list.get(i), type);
            if (words.contains(word)) {
                throw fail(name, "field '" + path(name) + "' lists '" + word.slug() + "' twice.");
            }
            words.add(word);
        }
        return words;
    }

    /** A list of distinct words, empty when the field is left out or is an empty list. */
    public <E extends Enum<E> & Vocabulary> List<E> optionalWords(String name, Class<E> type) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull() || value.isArray() && value.isEmpty()) {
            return List.of();
        }
        return words(name, type);
    }

    public <E extends Enum<E> & Vocabulary> E word(String name, Class<E> type) {
        return checkedWord(name, require(name), type);
    }

    /** A failure about a field of this object, for checks that span several fields. */
    public InvalidDataException fail(String name, String sentenceTail) {
        return new InvalidDataException(source, path(name), source + ": " + sentenceTail);
    }

    public String path(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    public String source() {
        return source;
    }

    /** A value quoted for a message: control characters replaced, long values cut short. */
    public static String show(String value) {
        String printable = printable(value);
        if (printable.codePointCount(0, printable.length()) <= SHOWN_VALUE_CHARS) {
            return printable;
        }
        // Cut between characters, never inside one: an emoji is two chars in Java.
        return printable.substring(0, printable.offsetByCodePoints(0, SHOWN_VALUE_CHARS)) + "…";
    }

    /**
     * Text safe to print on a terminal: every control character (ESC, BEL…) becomes '?', so a hostile
     * file name or value cannot clear the screen or retitle the window.
     */
    public static String printable(String value) {
        // A lone half of a surrogate pair is no character at all, and breaks whatever prints it.
        return value.codePoints()
                .mapToObj(c -> Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE ? "?"
                        : new String(Character.toChars(c)))
                .collect(Collectors.joining());
    }

    private JsonNode require(String name) {
        if (!has(name)) {
            throw fail(name, "missing required field '" + path(name) + "'.");
        }
        return node.get(name);
    }

    private JsonNode list(String name, int minSize, int maxSize) {
        JsonNode list = require(name);
        if (!list.isArray()) {
            throw wrongType(name, list, "a list");
        }
        if (list.size() < minSize || list.size() > maxSize) {
            throw fail(name, "field '" + path(name) + "' has " + list.size() + " entries; it needs "
                    + range(minSize, maxSize) + ".");
        }
        return list;
    }

    private String checkedText(String name, JsonNode value, int minLength, int maxLength) {
        if (!value.isTextual()) {
            throw wrongType(name, value, "text");
        }
        String text = value.textValue().strip();
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw fail(name, "field '" + path(name) + "' ('" + show(text)
                    + "') contains a control character; only printable text is allowed.");
        }
        int length = text.codePointCount(0, text.length());
        if (length < minLength || length > maxLength) {
            throw fail(name, "field '" + path(name) + "' is " + length + " characters long ('" + show(text)
                    + "'); it must be " + range(minLength, maxLength) + " characters.");
        }
        return text;
    }

    private int checkedInteger(String name, JsonNode value, int min, int max, String unit) {
        if (!value.isIntegralNumber()) {
            throw wrongType(name, value, "a whole number of " + unit);
        }
        if (!value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
            throw fail(name, "field '" + path(name) + "' is " + show(value.asText()) + " " + unit
                    + ", outside the allowed " + min + "–" + max + " " + unit + ".");
        }
        return value.intValue();
    }

    private <E extends Enum<E> & Vocabulary> E checkedWord(String name, JsonNode value, Class<E> type) {
        if (!value.isTextual()) {
            throw wrongType(name, value, "one of " + Vocabulary.choices(type));
        }
        Function<String, String> hint = typed -> Suggest.closest(typed,
                Arrays.stream(type.getEnumConstants()).map(Vocabulary::slug).toList())
                .map(s -> " (did you mean '" + s + "'?)").orElse("");
        return Vocabulary.parse(type, value.textValue()).orElseThrow(() -> fail(name,
                "field '" + path(name) + "' has '" + show(value.textValue()) + "', which is not one of "
                        + Vocabulary.choices(type) + hint.apply(value.textValue()) + "."));
    }

    private InvalidDataException wrongType(String name, JsonNode value, String expected) {
        return fail(name, "field '" + path(name) + "' should be " + expected + ", not " + kind(value)
                + (value.isValueNode() ? " '" + show(value.asText()) + "'" : "") + ".");
    }

    private static String range(int min, int max) {
        return min == max ? String.valueOf(min) : min + "–" + max;
    }

    /** "text", "a number", "a list"…: what a value is, for messages about wrong types. */
    public static String kind(JsonNode value) {
        if (value.isTextual()) {
            return "text";
        }
        if (value.isNumber()) {
            return "a number";
        }
        if (value.isBoolean()) {
            return "true/false";
        }
        if (value.isArray()) {
            return "a list";
        }
        return value.isObject() ? "an object" : "nothing";
    }
}
