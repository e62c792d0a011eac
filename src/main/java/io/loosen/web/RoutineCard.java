package io.loosen.web;

import io.loosen.catalog.Catalog;
import io.loosen.catalog.Dose;
import io.loosen.catalog.Exercise;
import io.loosen.routine.RoutineItem;
import io.loosen.session.RoutineSummary;
import java.util.List;

/**
 * One routine as the Routines page shows it: name, summary, length and its exercises in words. Public
 * only because the compiled templates live in another package.
 */
public record RoutineCard(String id, String name, String summary, boolean builtIn, String length,
                          List<String> exercises) {

    static RoutineCard of(RoutineSummary summary, Catalog catalog) {
        return new RoutineCard(summary.id(), summary.name(), summary.summary(), summary.builtIn(),
                duration(summary.totalSeconds()),
                summary.routine().items().stream().map(item -> describe(item, catalog)).toList());
    }

    /** "Spine Twist · 40 s · left side only", "Inverted Row · 2 × 8". */
    static String describe(RoutineItem item, Catalog catalog) {
        Exercise e = catalog.require(item.exercise());
        Dose d = item.doseFor(e);
        String dose = d instanceof Dose.Hold hold ? hold.defaultSeconds() + " s"
                : ((Dose.Reps) d).sets() + " × " + ((Dose.Reps) d).count();
        String sides = !e.twoSided() ? "" : switch (item.sidesOrBoth()) {
            case BOTH -> " · each side";
            case LEFT -> " · left side only";
            case RIGHT -> " · right side only";
        };
        return e.name() + " · " + dose + sides;
    }

    /** "45 s", "4 min 50 s", "1 h 5 min": how long a routine takes, as the editor also writes it. */
    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + " s");
        }
        long minutes = Math.round(seconds / 60.0);
        return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }
}
