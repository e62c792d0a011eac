package io.loosen.catalog.imports;

import com.fasterxml.jackson.databind.JsonNode;
import io.loosen.catalog.Difficulty;
import io.loosen.catalog.Equipment;
import io.loosen.catalog.Provenance;
import io.loosen.catalog.Target;
import io.loosen.system.Fields;
import io.loosen.system.InvalidDataException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * free-exercise-db's {@code exercises.json} (github.com/yuhonas/free-exercise-db, public domain): a list
 * of records with name, instructions, primary and secondary muscles, equipment, level and category. Its
 * muscles and equipment all have a Loosen word; a word outside its schema's lists is an error.
 */
public final class FreeExerciseDb {
    public static final String NAME = "free-exercise-db";
    static final String SOURCE = "https://github.com/yuhonas/free-exercise-db";
    static final Map<String, Target> MUSCLES = new LinkedHashMap<>();
    static final Map<String, Equipment> EQUIPMENT = new LinkedHashMap<>();
    static final Map<String, Difficulty> LEVELS = new LinkedHashMap<>();
    static final List<String> CATEGORIES = List.of("stretching", "strength", "powerlifting", "olympic weightlifting",
            "strongman", "plyometrics", "cardio");

    static {
        LEVELS.put("beginner", Difficulty.EASY);
        LEVELS.put("intermediate", Difficulty.MODERATE);
        LEVELS.put("expert", Difficulty.HARD);
        MUSCLES.put("abdominals", Target.ABDOMINALS);
        MUSCLES.put("abductors", Target.ABDUCTORS);
        MUSCLES.put("adductors", Target.ADDUCTORS);
        MUSCLES.put("biceps", Target.BICEPS);
        MUSCLES.put("calves", Target.CALVES);
        MUSCLES.put("chest", Target.CHEST);
        MUSCLES.put("forearms", Target.FOREARMS);
        MUSCLES.put("glutes", Target.GLUTES);
        MUSCLES.put("hamstrings", Target.HAMSTRINGS);
        MUSCLES.put("lats", Target.LATS);
        MUSCLES.put("lower back", Target.LOWER_BACK);
        MUSCLES.put("middle back", Target.MID_BACK);
        MUSCLES.put("neck", Target.NECK);
        MUSCLES.put("quadriceps", Target.QUADRICEPS);
        MUSCLES.put("shoulders", Target.SHOULDERS);
        MUSCLES.put("traps", Target.TRAPS);
        MUSCLES.put("triceps", Target.TRICEPS);
        EQUIPMENT.put("body only", Equipment.NONE);
        EQUIPMENT.put("bands", Equipment.BAND);
        EQUIPMENT.put("foam roll", Equipment.FOAM_ROLLER);
        EQUIPMENT.put("kettlebells", Equipment.KETTLEBELL);
        EQUIPMENT.put("dumbbell", Equipment.DUMBBELL);
        EQUIPMENT.put("barbell", Equipment.BARBELL);
        EQUIPMENT.put("cable", Equipment.CABLE);
        EQUIPMENT.put("machine", Equipment.MACHINE);
        EQUIPMENT.put("medicine ball", Equipment.MEDICINE_BALL);
        EQUIPMENT.put("exercise ball", Equipment.EXERCISE_BALL);
        EQUIPMENT.put("e-z curl bar", Equipment.EZ_CURL_BAR);
        EQUIPMENT.put("other", Equipment.OTHER);
    }

    private FreeExerciseDb() {
    }

    /** Whether a parsed file looks like this source: a list whose first record has primary muscles. */
    static boolean looksLike(JsonNode root) {
        return root != null && root.isArray() && root.size() > 0 && root.get(0).has("primaryMuscles");
    }

    public static Read read(String file, JsonNode root) {
        if (root == null || !root.isArray()) {
            throw new InvalidDataException(file, null, file + ": a free-exercise-db file is a list of exercises, not "
                    + (root == null ? "nothing" : Fields.kind(root)) + ".");
        }
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            found.add(record(file, i, root.get(i)));
        }
        return new Read(found, List.of());
    }

    private static Found record(String file, int index, JsonNode node) {
        JsonNode id = node.path("id");
        String label = "record " + (index + 1) + (id.isTextual() ? " ('" + Fields.show(id.textValue()) + "')" : "");
        Fields f = Fields.root(file + ", " + label, node);
        String sourceId = f.text("id", 1, 200);
        String name = f.text("name", 1, 200);
        Difficulty level = Words.one(f, "level", f.text("level", 1, 40), LEVELS, "a level");
        String category = f.text("category", 1, 40);
        if (!CATEGORIES.contains(category)) {
            throw f.fail("category", "field '" + f.path("category") + "' has '" + Fields.show(category)
                    + "', which is not one of " + String.join(", ", CATEGORIES) + ".");
        }
        List<Equipment> equipment = f.has("equipment")
                ? List.of(Words.one(f, "equipment", f.text("equipment", 1, 40), EQUIPMENT, "equipment"))
                : List.of(Equipment.NONE);
        List<Target> targets = new ArrayList<>(Words.each(f, "primaryMuscles",
                f.texts("primaryMuscles", 0, 20, 1, 40), MUSCLES, "a muscle"));
        for (Target t : Words.each(f, "secondaryMuscles", f.texts("secondaryMuscles", 0, 20, 1, 40), MUSCLES,
                "a muscle")) {
            if (!targets.contains(t)) {
                targets.add(t);
            }
        }
        List<String> instructions = f.texts("instructions", 0, 100, 0, 5000);
        return new Found(NAME, label, name, List.of(), instructions, targets, equipment, category.equals("stretching"),
                level, null, null, new Provenance("free-exercise-db contributors", "Unlicense (public domain)",
                        SOURCE + " (" + sourceId + ")"));
    }
}
