package io.loosen.cli;

import io.loosen.catalog.Dose;
import io.loosen.catalog.Exercise;
import io.loosen.system.Vocabulary;
import java.util.List;
import java.util.stream.Collectors;

/** Short human descriptions of catalog values, shared by the listing and detail commands. */
final class Describe {
    private Describe() {
    }

    static String words(List<? extends Vocabulary> words) {
        return words.stream().map(Vocabulary::slug).collect(Collectors.joining(", "));
    }

    /** "hold 20 s each side", "hold 30 s (as long as you like)", "2 × 8 reps". */
    static String dose(Exercise e, Dose dose) {
        String sides = e.twoSided() ? " each side" : "";
        if (dose instanceof Dose.Hold hold) {
            return "hold " + hold.defaultSeconds() + " s" + sides + (hold.free() ? " (or as long as you like)" : "");
        }
        Dose.Reps reps = (Dose.Reps) dose;
        return (reps.sets() > 1 ? reps.sets() + " × " : "") + reps.count() + " reps" + sides;
    }

    static String range(Dose dose) {
        if (dose instanceof Dose.Hold hold) {
            return hold.min() + "–" + hold.max() + " s";
        }
        Dose.Reps reps = (Dose.Reps) dose;
        String tempo = reps.tempo().stream().map(b -> b.cue() + " " + b.seconds() + " s")
                .collect(Collectors.joining(", "));
        return "tempo: " + tempo + (reps.sets() > 1 ? "; " + reps.rest() + " s rest between sets" : "");
    }
}
