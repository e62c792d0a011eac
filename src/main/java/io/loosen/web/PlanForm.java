package io.loosen.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.loosen.system.Json;
import java.util.List;
import java.util.Map;

/**
 * The planner's HTML form as the JSON object {@code POST /api/v1/plans} takes, so the page and the API
 * share one reader and one set of rules. What the person ticked is kept to show the form again.
 */
public record PlanForm(String minutes, String place, List<String> equipment, List<String> avoid, String focus,
                       List<String> bothers) {
    public static final PlanForm EMPTY = new PlanForm("5", "desk", List.of(), List.of(), "both", List.of());

    static PlanForm of(Context ctx) {
        Map<String, List<String>> q = ctx.queryParamMap().isEmpty() ? ctx.formParamMap() : ctx.queryParamMap();
        return new PlanForm(first(q, "minutes"), first(q, "place"), all(q, "equipment"), all(q, "avoid"),
                first(q, "focus"), all(q, "bothers"));
    }

    /** Whether the form was sent at all (the page opens with an empty form). */
    boolean sent() {
        return minutes != null || place != null;
    }

    public boolean has(String list, String value) {
        return switch (list) {
            case "equipment" -> equipment.contains(value);
            case "avoid" -> avoid.contains(value);
            case "bothers" -> bothers.contains(value);
            default -> false;
        };
    }

    /** The same fields as JSON; a number field that is not a number stays text, for the reader to name. */
    ObjectNode json() {
        ObjectNode body = Json.mapper().createObjectNode();
        if (minutes != null) {
            try {
                body.put("minutes", Integer.parseInt(minutes.strip()));
            } catch (NumberFormatException e) {
                body.put("minutes", minutes);
            }
        }
        if (place != null) {
            body.put("place", place);
        }
        if (focus != null && !focus.isBlank()) {
            body.put("focus", focus);
        }
        list(body.putArray("equipment"), equipment);
        list(body.putArray("avoid"), avoid);
        list(body.putArray("bothers"), bothers);
        return body;
    }

    /** The form as a query string, to repeat the same plan (Start, Save). */
    public String query() {
        StringBuilder q = new StringBuilder();
        add(q, "minutes", minutes);
        add(q, "place", place);
        add(q, "focus", focus);
        equipment.forEach(v -> add(q, "equipment", v));
        avoid.forEach(v -> add(q, "avoid", v));
        bothers.forEach(v -> add(q, "bothers", v));
        return q.toString();
    }

    private static void add(StringBuilder q, String name, String value) {
        if (value != null) {
            q.append(q.isEmpty() ? "" : "&").append(name).append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static void list(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static String first(Map<String, List<String>> q, String name) {
        List<String> values = q.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static List<String> all(Map<String, List<String>> q, String name) {
        return List.copyOf(q.getOrDefault(name, List.of()));
    }
}
