package io.loosen.catalog.imports;

import com.fasterxml.jackson.databind.JsonNode;
import io.loosen.catalog.Equipment;
import io.loosen.catalog.Provenance;
import io.loosen.catalog.Target;
import io.loosen.system.Fields;
import io.loosen.system.InvalidDataException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The wger API's {@code /api/v2/exerciseinfo/} JSON (wger.de): a page {@code {"results": [...]}} (or the
 * list alone) of exercises, each with its category, equipment, muscles, licence and its translations, the
 * description of each an HTML fragment. One language is read (English, 2, unless asked otherwise); an
 * exercise without it is left out, named. wger has no stretching category: an exercise whose name or text
 * says "stretch" is a stretch. Muscles are known by their English or Latin names; other equipment is
 * {@code other}.
 */
public final class Wger {
    public static final String NAME = "wger";
    public static final int ENGLISH = 2;
    /** wger's language ids for the codes people type. */
    static final Map<String, Integer> LANGUAGES = Map.ofEntries(Map.entry("de", 1), Map.entry("en", 2),
            Map.entry("bg", 3), Map.entry("es", 4), Map.entry("ru", 5), Map.entry("nl", 6), Map.entry("pt", 7),
            Map.entry("el", 8), Map.entry("cs", 9), Map.entry("sv", 10), Map.entry("no", 11), Map.entry("fr", 12),
            Map.entry("it", 13), Map.entry("pl", 14), Map.entry("uk", 15), Map.entry("tr", 16));
    static final Map<String, Target> MUSCLES = new LinkedHashMap<>();
    static final Map<String, Equipment> EQUIPMENT = new LinkedHashMap<>();

    static {
        for (Object[] m : new Object[][] {
                {"biceps", Target.BICEPS}, {"biceps brachii", Target.BICEPS}, {"brachialis", Target.BICEPS},
                {"shoulders", Target.SHOULDERS}, {"anterior deltoid", Target.SHOULDERS},
                {"serratus anterior", Target.RIBS}, {"chest", Target.CHEST}, {"pectoralis major", Target.CHEST},
                {"triceps", Target.TRICEPS}, {"triceps brachii", Target.TRICEPS},
                {"abs", Target.ABDOMINALS}, {"rectus abdominis", Target.ABDOMINALS},
                {"obliques", Target.ABDOMINALS}, {"obliquus externus abdominis", Target.ABDOMINALS},
                {"calves", Target.CALVES}, {"gastrocnemius", Target.CALVES}, {"soleus", Target.CALVES},
                {"glutes", Target.GLUTES}, {"gluteus maximus", Target.GLUTES},
                {"traps", Target.TRAPS}, {"trapezius", Target.TRAPS},
                {"quads", Target.QUADRICEPS}, {"quadriceps femoris", Target.QUADRICEPS},
                {"hamstrings", Target.HAMSTRINGS}, {"biceps femoris", Target.HAMSTRINGS},
                {"lats", Target.LATS}, {"latissimus dorsi", Target.LATS},
                {"lower back", Target.LOWER_BACK}, {"erector spinae", Target.LOWER_BACK}}) {
            MUSCLES.put((String) m[0], (Target) m[1]);
        }
        EQUIPMENT.put("barbell", Equipment.BARBELL);
        EQUIPMENT.put("sz-bar", Equipment.EZ_CURL_BAR);
        EQUIPMENT.put("dumbbell", Equipment.DUMBBELL);
        EQUIPMENT.put("gym mat", Equipment.MAT);
        EQUIPMENT.put("swiss ball", Equipment.EXERCISE_BALL);
        EQUIPMENT.put("pull-up bar", Equipment.PULL_UP_BAR);
        EQUIPMENT.put("none (bodyweight exercise)", Equipment.NONE);
        EQUIPMENT.put("bench", Equipment.BENCH);
        EQUIPMENT.put("incline bench", Equipment.BENCH);
        EQUIPMENT.put("kettlebell", Equipment.KETTLEBELL);
        EQUIPMENT.put("resistance band", Equipment.BAND);
    }

    private Wger() {
    }

    /** The language id for a code ("de") or a number ("1"); English when null. */
    public static int language(String code) {
        if (code == null) {
            return ENGLISH;
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        if (c.matches("\\d{1,3}")) {
            return Integer.parseInt(c);
        }
        Integer id = LANGUAGES.get(c);
        if (id == null) {
            throw new io.loosen.system.UserError("--language '" + Fields.show(code) + "' is not a wger language; use one of "
                    + String.join(", ", new java.util.TreeSet<>(LANGUAGES.keySet())) + " or wger's language number.");
        }
        return id;
    }

    static boolean looksLike(JsonNode root) {
        JsonNode list = root != null && root.isObject() ? root.get("results") : root;
        return list != null && list.isArray() && list.size() > 0 && list.get(0).has("translations");
    }

    public static Read read(String file, JsonNode root, int language) {
        JsonNode list = root != null && root.isObject() && root.has("results") ? root.get("results") : root;
        if (list == null || !list.isArray()) {
            throw new InvalidDataException(file, null, file + ": a wger file is the JSON of /api/v2/exerciseinfo/,"
                    + " an object with a list 'results', not " + (root == null ? "nothing" : Fields.kind(root)) + ".");
        }
        List<Found> found = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode node = list.get(i);
            JsonNode id = node.path("id");
            String label = "results[" + i + "]" + (id.isNumber() ? " (id " + id.asText() + ")" : "");
            Fields f = Fields.root(file + ", " + label, node);
            Fields category = f.object("category");
            String categoryName = category.text("name", 1, 100);
            List<Target> targets = new ArrayList<>(muscles(f, "muscles"));
            muscles(f, "muscles_secondary").stream().filter(t -> !targets.contains(t)).forEach(targets::add);
            List<Equipment> equipment = new ArrayList<>();
            List<Fields> kit = f.has("equipment") ? f.objects("equipment", 0, 20) : List.of();
            for (Fields item : kit) {
                Equipment e = EQUIPMENT.getOrDefault(item.text("name", 1, 100).toLowerCase(Locale.ROOT), Equipment.OTHER);
                if (!equipment.contains(e)) {
                    equipment.add(e);
                }
            }
            String licence = f.optionalObject("license").map(l -> l.optionalText("short_name", 1, 100, null))
                    .orElse(null);
            String author = f.optionalText("license_author", 0, 500, "");
            Fields translation = null;
            List<Fields> translations = f.objects("translations", 0, 100);
            for (Fields t : translations) {
                if (t.integer("language", 1, 999, "") == language) {
                    translation = t;
                    break;
                }
            }
            if (translation == null) {
                skipped.add(label + " has no text in wger's language " + language + ".");
                continue;
            }
            String name = translation.text("name", 1, 300);
            List<String> instructions = Prose.paragraphsOfHtml(translation.optionalText("description", 0, 20_000, ""));
            List<String> aliases = new ArrayList<>();
            if (translation.has("aliases")) {
                for (Fields a : translation.objects("aliases", 0, 50)) {
                    aliases.add(a.text("alias", 1, 300));
                }
            }
            String text = (name + " " + String.join(" ", instructions)).toLowerCase(Locale.ROOT);
            boolean stretch = text.contains("stretch") || categoryName.equalsIgnoreCase("stretching");
            found.add(new Found(NAME, label, name, aliases, instructions, targets, equipment, stretch, null, null, null,
                    new Provenance(author.isBlank() ? "wger.de contributors" : author,
                            licence == null ? "CC-BY-SA-4.0" : licence,
                            "https://wger.de/api/v2/exerciseinfo/" + (id.isNumber() ? id.asText() + "/" : ""))));
        }
        return new Read(found, skipped);
    }

    private static List<Target> muscles(Fields f, String field) {
        List<Target> targets = new ArrayList<>();
        if (!f.has(field)) {
            return targets;
        }
        List<Fields> muscles = f.objects(field, 0, 30);
        for (int i = 0; i < muscles.size(); i++) {
            Fields m = muscles.get(i);
            String english = m.optionalText("name_en", 0, 100, "");
            String latin = m.text("name", 1, 100);
            Target t = !english.isBlank() && MUSCLES.containsKey(english.toLowerCase(Locale.ROOT))
                    ? MUSCLES.get(english.toLowerCase(Locale.ROOT))
                    : Words.one(m, "name", latin, MUSCLES, "a muscle");
            if (!targets.contains(t)) {
                targets.add(t);
            }
        }
        return targets;
    }
}
