package io.loosen.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.loosen.figure.KeyframesReader;
import io.loosen.system.Fields;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns one parsed exercise file into an {@link Exercise}, enforcing the format of {@code docs/catalog.md}
 * (mirrored by {@code catalog.schema.json}). Pure: the caller does the reading.
 */
public final class ExerciseReader {
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(side|other)}");
    private static final Pattern ANY_BRACES = Pattern.compile("\\{[^{}]*}");

    private ExerciseReader() {
    }

    public static Exercise read(String source, String origin, JsonNode tree) {
        Fields f = Fields.root(source, tree);
        f.allowOnly("id", "name", "aliases", "summary", "counters", "targets", "positions", "places",
                "equipment", "sides", "dose", "steps", "feel", "safety", "difficulty", "provenance", "review", "figure");
        String id = f.text("id", 3, 60);
        if (!SLUG.matcher(id).matches()) {
            throw f.fail("id", "field 'id' is '" + Fields.show(id)
                    + "', but an id is lower-case words joined by hyphens, like 'spine-twist'.");
        }
        Sides sides = f.word("sides", Sides.class);
        List<Equipment> equipment = f.words("equipment", Equipment.class);
        if (equipment.contains(Equipment.NONE) && equipment.size() > 1) {
            throw f.fail("equipment", "field 'equipment' lists 'none' together with other equipment.");
        }
        Exercise read = new Exercise(
                id,
                f.text("name", 3, 80),
                f.texts("aliases", 0, 10, 2, 80),
                f.text("summary", 20, 400),
                f.words("counters", Cause.class),
                f.words("targets", Target.class),
                f.words("positions", Position.class),
                f.words("places", Place.class),
                equipment,
                sides,
                dose(f.object("dose")),
                steps(f, sides),
                f.text("feel", 10, 300),
                f.texts("safety", 1, 6, 10, 300),
                f.word("difficulty", Difficulty.class),
                f.optionalObject("provenance").map(ExerciseReader::provenance).orElse(null),
                f.optionalBoolean("review", false),
                origin, null, null);
        return f.optionalObject("figure")
                .map(figure -> read.withFigure(KeyframesReader.read(figure, read.steps().size()), tree.get("figure")))
                .orElse(read);
    }

    private static Dose dose(Fields dose) {
        dose.allowOnly("hold", "reps");
        if (dose.has("hold") == dose.has("reps")) {
            throw dose.fail("hold", "field 'dose' needs exactly one of 'hold' or 'reps'.");
        }
        return dose.has("hold") ? hold(dose.object("hold")) : reps(dose.object("reps"));
    }

    private static Dose.Hold hold(Fields hold) {
        hold.allowOnly("default", "min", "max", "free");
        int max = Dose.MAX_HOLD_SECONDS;
        int seconds = hold.integer("default", 1, max, "seconds");
        int min = hold.integer("min", 1, max, "seconds");
        int upper = hold.integer("max", 1, max, "seconds");
        if (min > seconds || seconds > upper) {
            throw hold.fail("default", "field '" + hold.path("default") + "' is " + seconds
                    + " seconds, outside its own min–max of " + min + "–" + upper + " seconds.");
        }
        return new Dose.Hold(seconds, min, upper, hold.optionalBoolean("free", false));
    }

    private static Dose.Reps reps(Fields reps) {
        reps.allowOnly("count", "sets", "rest", "tempo");
        List<Dose.Beat> tempo = reps.objects("tempo", 1, 6).stream().map(beat -> {
            beat.allowOnly("cue", "seconds");
            String cue = beat.text("cue", 1, 30);
            if (cue.contains("{") || cue.contains("}")) {
                throw beat.fail("cue", "field '" + beat.path("cue") + "' ('" + Fields.show(cue)
                        + "') has braces; a tempo cue is plain words, with no placeholders.");
            }
            return new Dose.Beat(cue, beat.integer("seconds", 1, 10, "seconds"));
        }).toList();
        return new Dose.Reps(reps.integer("count", 1, 50, "repetitions"),
                reps.optionalInteger("sets", 1, 10, "sets", 1),
                reps.optionalInteger("rest", 0, 300, "seconds", 30),
                tempo);
    }

    private static List<Step> steps(Fields f, Sides sides) {
        List<Fields> entries = f.objects("steps", 1, 8);
        List<Step> steps = entries.stream().map(step -> {
            step.allowOnly("text", "cue", "seconds", "main");
            Step read = new Step(step.text("text", 10, 400), step.text("cue", 2, 60),
                    step.optionalInteger("seconds", 1, 60, "seconds", Step.DEFAULT_SECONDS),
                    step.optionalBoolean("main", false));
            checkPlaceholders(step, "text", read.text(), sides);
            checkPlaceholders(step, "cue", read.cue(), sides);
            return read;
        }).toList();
        long mains = steps.stream().filter(Step::main).count();
        if (mains != 1) {
            throw f.fail("steps", "field 'steps' marks " + mains
                    + " steps as 'main: true'; exactly one step must be the one the dose applies to.");
        }
        return steps;
    }

    private static void checkPlaceholders(Fields step, String field, String text, Sides sides) {
        if (ANY_BRACES.matcher(text).replaceAll("").matches(".*[{}].*")) {
            throw step.fail(field, "field '" + step.path(field) + "' ('" + Fields.show(text)
                    + "') has a '{' or '}' that is not part of {side} or {other}.");
        }
        var braces = ANY_BRACES.matcher(text);
        while (braces.find()) {
            String found = braces.group();
            if (!PLACEHOLDER.matcher(found).matches()) {
                throw step.fail(field, "field '" + step.path(field) + "' has the unknown placeholder '"
                        + Fields.show(found) + "'; only {side} and {other} exist.");
            }
            if (sides != Sides.BOTH) {
                throw step.fail(field, "field '" + step.path(field) + "' uses '" + found
                        + "', but the exercise has 'sides: none'; placeholders need 'sides: both'.");
            }
        }
    }

    private static Provenance provenance(Fields p) {
        p.allowOnly("author", "licence", "source");
        return new Provenance(p.text("author", 1, 120), p.text("licence", 1, 60),
                p.optionalText("source", 1, 300, null));
    }
}
