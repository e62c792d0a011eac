package io.loosen.catalog.imports;

import io.loosen.catalog.CatalogLoader;
import io.loosen.catalog.Cause;
import io.loosen.catalog.Difficulty;
import io.loosen.catalog.Dose;
import io.loosen.catalog.Equipment;
import io.loosen.catalog.Exercise;
import io.loosen.catalog.ExerciseReader;
import io.loosen.catalog.ExerciseWriter;
import io.loosen.catalog.Place;
import io.loosen.catalog.Position;
import io.loosen.catalog.Provenance;
import io.loosen.catalog.Sides;
import io.loosen.catalog.Step;
import io.loosen.catalog.Target;
import io.loosen.routine.RoutineIds;
import io.loosen.system.InvalidDataException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a {@link Found} record as a Loosen exercise: its instructions as at most eight steps of at most
 * 400 characters, one of them the main step, a short spoken cue for each, and what the source does not say
 * inferred ({@link Inference}); marked {@code review}. The result is read back through
 * {@link ExerciseReader}, so an imported exercise passes exactly the rules of a hand-written file.
 */
public final class Drafts {
    static final int MAX_STEPS = 8;
    static final int MAX_STEP_CHARS = 400;
    private static final int MIN_STEP_CHARS = 10;
    private static final int MAX_CUE_CHARS = 60;
    private static final Pattern REPEAT_ONLY = Pattern.compile("(?i)^repeat\\b.{0,100}$");
    private static final Pattern CLAUSE_END = Pattern.compile("[.;:!?]|,\\s+(then|and then|while|as)\\b");
    private static final List<Dose.Beat> TEMPO = List.of(new Dose.Beat("move", 2), new Dose.Beat("return", 2));

    private Drafts() {
    }

    /** An exercise, or the sentence that says why this record cannot be one. */
    public record Draft(Exercise exercise, String problem) {
        static Draft skipped(Found found, String why) {
            return new Draft(null, found.record() + " '" + found.name() + "' " + why);
        }
    }

    public static Draft of(Found found) {
        String name = Prose.tidy(found.name());
        int length = name.codePointCount(0, name.length());
        if (length < 3 || length > 80) {
            return Draft.skipped(found, "has a name of " + length + " characters; a Loosen exercise's name has 3–80.");
        }
        if (found.targets().isEmpty()) {
            return Draft.skipped(found, "names no muscle or body area it works.");
        }
        List<String> texts = steps(found.instructions());
        if (texts.isEmpty()) {
            return Draft.skipped(found, "has no instructions to guide.");
        }
        if (texts.size() > MAX_STEPS) {
            return Draft.skipped(found, "has instructions too long for " + MAX_STEPS + " steps of "
                    + MAX_STEP_CHARS + " characters.");
        }
        String all = String.join(" ", texts);
        Sides sides = found.sides() != null ? found.sides() : Inference.sides(all);
        Position position = Inference.position(all);
        List<Equipment> equipment = Inference.equipment(found.equipment(), all);
        List<Place> places = Inference.places(position, equipment, all);
        Integer repetitions = Inference.repetitions(all);
        boolean held = found.stretch() && (found.seconds() != null || Inference.saysHold(all) || repetitions == null);
        Dose dose = held ? Inference.hold(found.seconds(), all)
                : new Dose.Reps(repetitions != null ? repetitions : Inference.DEFAULT_REPS, 1, 30, TEMPO);
        int main = held ? heldStep(texts) : repeatedStep(texts);
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            steps.add(new Step(text, cue(text), i == main ? Step.DEFAULT_SECONDS : readingSeconds(text), i == main));
        }
        String areas = areas(found.targets());
        Exercise exercise = new Exercise(RoutineIds.slug(name), name, aliases(found.aliases(), name),
                Prose.shorten((found.stretch() ? "A stretch" : "An exercise") + " for the " + areas
                        + ", imported from " + found.from() + ".", 400),
                found.stretch() ? List.of(Cause.STATIC_POSITION, Cause.POOR_POSTURE) : List.of(Cause.STRENGTH_IMBALANCE),
                found.targets(), List.of(position), places, equipment, sides, dose, steps,
                Prose.shorten(found.stretch() ? "A gentle stretch in the " + areas + "."
                        : "Effort in the " + areas + ": this strengthens rather than stretches.", 300),
                List.of("Move slowly and only as far as is comfortable; stop straight away if you feel sharp pain,"
                                + " numbness or tingling.",
                        Prose.shorten("Imported from " + found.from() + ": how long, which sides and in which position"
                                + " were guessed from its text, so check them before you rely on them.", 300)),
                found.difficulty() != null ? found.difficulty() : found.stretch() ? Difficulty.EASY : Difficulty.MODERATE,
                provenance(found.provenance()), true, CatalogLoader.STORED, null, null);
        try {
            return new Draft(ExerciseReader.read(found.record(), CatalogLoader.STORED, ExerciseWriter.tree(exercise)), null);
        } catch (InvalidDataException e) {
            return new Draft(null, e.getMessage());
        }
    }

    /**
     * The instructions as steps: tidied, a closing "Repeat for the recommended amount" left out (the dose says
     * how many), long ones cut between sentences, scraps joined to the step before, and neighbours joined
     * (the shortest pair first) while there are more than eight.
     */
    static List<String> steps(List<String> instructions) {
        List<String> parts = new ArrayList<>();
        for (String instruction : instructions) {
            String text = Prose.tidy(instruction);
            if (!text.isEmpty()) {
                parts.addAll(split(text));
            }
        }
        while (parts.size() > 1 && REPEAT_ONLY.matcher(parts.get(parts.size() - 1)).matches()) {
            parts.remove(parts.size() - 1);
        }
        List<String> steps = new ArrayList<>();
        for (String part : parts) {
            if (part.length() < MIN_STEP_CHARS && !steps.isEmpty()
                    && steps.get(steps.size() - 1).length() + part.length() < MAX_STEP_CHARS) {
                steps.set(steps.size() - 1, steps.get(steps.size() - 1) + " " + part);
            } else {
                steps.add(part);
            }
        }
        if (steps.size() == 1 && steps.get(0).length() < MIN_STEP_CHARS) {
            return List.of();
        }
        while (steps.size() > MAX_STEPS) {
            int best = -1;
            for (int i = 0; i + 1 < steps.size(); i++) {
                int joined = steps.get(i).length() + 1 + steps.get(i + 1).length();
                if (joined <= MAX_STEP_CHARS && (best < 0
                        || joined < steps.get(best).length() + 1 + steps.get(best + 1).length())) {
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            steps.set(best, steps.get(best) + " " + steps.remove(best + 1));
        }
        return steps;
    }

    /** A text over 400 characters as pieces of whole sentences; a single longer sentence is shortened. */
    private static List<String> split(String text) {
        if (text.length() <= MAX_STEP_CHARS) {
            return List.of(text);
        }
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (String sentence : Prose.sentences(text)) {
            String s = Prose.shorten(sentence, MAX_STEP_CHARS);
            if (piece.length() > 0 && piece.length() + 1 + s.length() > MAX_STEP_CHARS) {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
            piece.append(piece.length() > 0 ? " " : "").append(s);
        }
        if (piece.length() > 0) {
            pieces.add(piece.toString());
        }
        return pieces;
    }

    /** The step that is held: the first that says "hold", else the first that names the stretch, else the last. */
    static int heldStep(List<String> steps) {
        for (String word : List.of("hold", "stretch")) {
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i).toLowerCase(Locale.ROOT).contains(word)) {
                    return i;
                }
            }
        }
        return steps.size() - 1;
    }

    /** The step that is repeated: the one after "this will be your starting position", else the second. */
    static int repeatedStep(List<String> steps) {
        for (int i = 0; i + 1 < steps.size(); i++) {
            if (steps.get(i).toLowerCase(Locale.ROOT).contains("starting position")) {
                return i + 1;
            }
        }
        return steps.size() > 1 ? 1 : 0;
    }

    /** The first clause of a step, at most 60 characters: what the voice says. */
    static String cue(String text) {
        var end = CLAUSE_END.matcher(text);
        String clause = end.find() && end.start() >= 2 ? text.substring(0, end.start()) : text;
        String cue = Prose.shorten(clause.strip(), MAX_CUE_CHARS);
        return cue.length() >= 2 ? cue : "Go on";
    }

    /** Long enough to read the step at about three words a second: 4 to 20 seconds. */
    static int readingSeconds(String text) {
        int words = text.split("\\s+").length;
        return Math.max(4, Math.min(20, (words + 2) / 3));
    }

    /** "the hamstrings, calves and lower back": the first three areas. */
    static String areas(List<Target> targets) {
        List<String> words = targets.stream().limit(3).map(t -> t.slug().replace('-', ' ')).toList();
        return words.size() == 1 ? words.get(0)
                : String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    private static List<String> aliases(List<String> aliases, String name) {
        Set<String> kept = new LinkedHashSet<>();
        for (String alias : aliases) {
            String a = Prose.tidy(alias);
            int length = a.codePointCount(0, a.length());
            if (length >= 2 && length <= 80 && !a.equalsIgnoreCase(name) && kept.size() < 10) {
                kept.add(a);
            }
        }
        return List.copyOf(kept);
    }

    private static Provenance provenance(Provenance p) {
        return new Provenance(Prose.shorten(Prose.tidy(p.author()), 120), Prose.shorten(Prose.tidy(p.licence()), 60),
                p.source() == null ? null : Prose.shorten(Prose.tidy(p.source()), 300));
    }
}
