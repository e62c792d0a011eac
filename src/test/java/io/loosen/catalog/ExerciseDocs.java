package io.loosen.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Valid exercise documents for tests to break one field at a time, addressed by the same dotted paths
 * the error messages use ({@code dose.hold.default}, {@code steps[1].cue}).
 */
final class ExerciseDocs {
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final ObjectMapper JSON = new ObjectMapper();

    private static final Pattern INDEXED = Pattern.compile("(.+)\\[(\\d+)]");

    private static final String HELD = """
            id: %s
            name: Thread the Needle
            aliases: [Kneeling upper back twist]
            summary: A kneeling twist that turns the upper back and opens the space around the shoulder blade.
            counters: [static-position, poor-posture]
            targets: [upper-back, mid-back, between-shoulder-blades]
            positions: [kneeling]
            places: [floor]
            equipment: [none]
            sides: both
            dose:
              hold: {default: 25, min: 10, max: 60}
            steps:
              - text: Kneel on all fours, hands under your shoulders and knees under your hips.
                cue: Hands and knees
                seconds: 6
              - text: Slide your {side} arm under your chest toward your {other} side, palm up.
                cue: Thread your {side} arm through
                main: true
              - text: Press into your {other} hand and slide the arm back out.
                cue: Slide back out
            feel: A twisting stretch across the upper back.
            safety:
              - Stop if you feel sharp pain, or numbness or tingling in your arms or hands.
            difficulty: easy
            provenance: {author: Test Author, licence: CC-BY-4.0}
            """;

    private static final String REPS = """
            id: %s
            name: Wall Slide
            summary: Sliding the arms up and down a wall strengthens the muscles that hold the shoulder blades back.
            counters: [strength-imbalance]
            targets: [upper-back, between-shoulder-blades]
            positions: [standing]
            places: [anywhere]
            equipment: [none]
            sides: none
            dose:
              reps:
                count: 8
                sets: 2
                rest: 20
                tempo: [{cue: up, seconds: 2}, {cue: down, seconds: 2}]
            steps:
              - text: Stand with your back and arms against a wall, elbows bent.
                cue: Back to the wall
              - text: Slide your arms up the wall and back down, keeping contact.
                cue: Slide up and down
                main: true
            feel: Effort between the shoulder blades.
            safety:
              - Stop if you feel sharp pain in a shoulder.
            difficulty: easy
            """;

    private ExerciseDocs() {
    }

    /** A valid two-sided held stretch with three steps, the middle one main. */
    static ObjectNode held(String id) {
        return (ObjectNode) parse(HELD.formatted(id));
    }

    /** A valid one-sided exercise done in repetitions. */
    static ObjectNode reps(String id) {
        return (ObjectNode) parse(REPS.formatted(id));
    }

    static JsonNode parse(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets the value at a dotted path (a null value removes the field) and returns the document. */
    static ObjectNode with(ObjectNode doc, String path, Object value) {
        String[] parts = path.split("\\.");
        JsonNode parent = doc;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = child(parent, parts[i]);
        }
        String last = parts[parts.length - 1];
        JsonNode node = value instanceof JsonNode n ? n : YAML.valueToTree(value);
        Matcher indexed = INDEXED.matcher(last);
        if (indexed.matches()) {
            ((ArrayNode) parent.get(indexed.group(1))).set(Integer.parseInt(indexed.group(2)), node);
        } else if (value == null) {
            ((ObjectNode) parent).remove(last);
        } else {
            ((ObjectNode) parent).set(last, node);
        }
        return doc;
    }

    static ObjectNode without(ObjectNode doc, String path) {
        return with(doc, path, null);
    }

    private static JsonNode child(JsonNode parent, String part) {
        Matcher indexed = INDEXED.matcher(part);
        return indexed.matches() ? parent.get(indexed.group(1)).get(Integer.parseInt(indexed.group(2))) : parent.get(part);
    }

    static String yaml(JsonNode doc) {
        try {
            return YAML.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String json(JsonNode doc) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
