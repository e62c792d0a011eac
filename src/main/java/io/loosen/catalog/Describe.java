package io.loosen.catalog;

import io.loosen.system.Vocabulary;
import java.util.List;
import java.util.stream.Collectors;

/** Short human descriptions of catalog values, shared by the listing and detail commands. */
public final class Describe {
    private Describe() {
    }

    public static String words(List<? extends Vocabulary> words) {
        return words.stream().map(Vocabulary::slug).collect(Collectors.joining(", "));
    }

    /** "hold 20 s each side", "hold 30 s (as long as you like)", "2 × 8 reps". */
    public static String dose(Exercise e, Dose dose) {
        String sides = e.twoSided() ? " each side" : "";
        if (dose instanceof Dose.Hold hold) {
            return "hold " + hold.defaultSeconds() + " s" + sides + (hold.free() ? " (or as long as you like)" : "");
        }
        Dose.Reps reps = (Dose.Reps) dose;
        return (reps.sets() > 1 ? reps.sets() + " × " : "") + reps.count() + " reps" + sides;
    }

    public static String range(Dose dose) {
        if (dose instanceof Dose.Hold hold) {
            return hold.min() + "–" + hold.max() + " s";
        }
        Dose.Reps reps = (Dose.Reps) dose;
        String tempo = reps.tempo().stream().map(b -> b.cue() + " " + b.seconds() + " s")
                .collect(Collectors.joining(", "));
        return "tempo: " + tempo + (reps.sets() > 1 ? "; " + reps.rest() + " s rest between sets" : "");
    }
}
