package io.loosen.plan;

import com.fasterxml.jackson.databind.JsonNode;
import io.loosen.catalog.Cause;
import io.loosen.catalog.Equipment;
import io.loosen.catalog.Position;
import io.loosen.system.Fields;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;

/**
 * A plan request from a JSON object (the body of {@code POST /api/v1/plans}), field by field, each mistake
 * one sentence naming the field. {@code minutes} and {@code place} are required; lists may be left out
 * or empty; {@code date} defaults to {@code today}; {@code save} names a routine to keep the plan as.
 */
public final class PlanRequestReader {
    public static final int MAX_NAME_LENGTH = 80;

    /** The request, and the name to save the plan under (null: not saved). */
    public record Read(PlanRequest request, String saveAs) {
    }

    private PlanRequestReader() {
    }

    public static Read read(String source, JsonNode tree, LocalDate today, String person) {
        Fields f = Fields.root(source, tree);
        f.allowOnly("minutes", "place", "equipment", "avoid", "focus", "bothers", "date", "save");
        int minutes = f.integer("minutes", PlanRequest.MIN_MINUTES, PlanRequest.MAX_MINUTES, "minutes");
        Setting place = f.word("place", Setting.class);
        Focus focus = f.has("focus") ? f.word("focus", Focus.class) : Focus.BOTH;
        LocalDate date = f.has("date") ? date(f) : today;
        String save = f.has("save") ? f.text("save", 1, MAX_NAME_LENGTH) : null;
        return new Read(new PlanRequest(minutes, place, Set.copyOf(f.optionalWords("equipment", Equipment.class)),
                Set.copyOf(f.optionalWords("avoid", Position.class)), focus, Set.copyOf(f.optionalWords("bothers", Cause.class)),
                date, person), save);
    }

    private static LocalDate date(Fields f) {
        String text = f.text("date", 10, 10);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw f.fail("date", "field '" + f.path("date") + "' is '" + Fields.show(text)
                    + "', which is not a date like 2026-11-25.");
        }
    }
}
