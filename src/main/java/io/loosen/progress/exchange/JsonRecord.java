package io.loosen.progress.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import io.loosen.system.Fields;
import io.loosen.system.Vocabulary;
import java.util.ArrayList;
import java.util.List;

/**
 * One object of a history JSON file. {@link Fields} checks which fields it may have and its lists; values
 * are read here instead, verbatim and with the same checks as CSV cells, because notes and names must
 * come back exactly as written (Fields trims them).
 */
final class JsonRecord {
    private final Fields fields;
    private final JsonNode node;
    private final String path;

    private JsonRecord(Fields fields, JsonNode node, String path) {
        this.fields = fields;
        this.node = node;
        this.path = path;
    }

    static JsonRecord root(String source, JsonNode tree) {
        return new JsonRecord(Fields.root(source, tree), tree, "");
    }

    void allowOnly(String... names) {
        fields.allowOnly(names);
    }

    boolean has(String name) {
        return fields.has(name);
    }

    Place place(String name) {
        return Place.field(fields.source(), fields.path(name));
    }

    /** This whole object, for errors that are about no single field of it. */
    Place place() {
        return Place.record(fields.source(), path);
    }

    String path() {
        return path;
    }

    /** The raw value of a field, or null when it is absent or null. */
    JsonNode value(String name) {
        return has(name) ? node.get(name) : null;
    }

    /** A required text field, read by {@code reading}. */
    <T> T text(String name, HistoryValues.Reading<T> reading) {
        JsonNode value = require(name);
        if (!value.isTextual()) {
            throw wrongType(name, value, "text");
        }
        return reading.read(place(name), value.textValue());
    }

    /** An optional text field: absent or null reads as null. */
    <T> T optionalText(String name, HistoryValues.Reading<T> reading) {
        return has(name) ? text(name, reading) : null;
    }

    int integer(String name, int min, int max, String unit) {
        JsonNode value = require(name);
        if (!value.isIntegralNumber()) {
            throw wrongType(name, value, "a whole number" + (unit.isEmpty() ? "" : " of " + unit));
        }
        if (!value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
            throw HistoryValues.outside(place(name), value.asText(), min, max, unit);
        }
        return value.intValue();
    }

    /** An optional whole number: absent or null reads as null. */
    Integer optionalInteger(String name, int min, int max, String unit) {
        return has(name) ? integer(name, min, max, unit) : null;
    }

    <E extends Enum<E> & Vocabulary> E word(String name, Class<E> type) {
        return text(name, (at, text) -> HistoryValues.word(at, text, type));
    }

    List<JsonRecord> objects(String name, int minSize, int maxSize) {
        List<Fields> items = fields.objects(name, minSize, maxSize);
        List<JsonRecord> records = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            records.add(new JsonRecord(items.get(i), node.get(name).get(i), fields.path(name) + "[" + i + "]"));
        }
        return records;
    }

    private JsonNode require(String name) {
        if (!has(name)) {
            throw fields.fail(name, "missing required field '" + fields.path(name) + "'.");
        }
        return node.get(name);
    }

    private RuntimeException wrongType(String name, JsonNode value, String expected) {
        return place(name).fail("should be " + expected + ", not " + Fields.kind(value)
                + (value.isValueNode() ? " '" + HistoryValues.show(value.asText()) + "'" : "") + ".");
    }

}
