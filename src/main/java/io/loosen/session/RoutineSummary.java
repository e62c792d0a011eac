package io.loosen.session;

import io.loosen.catalog.Catalog;
import io.loosen.routine.Routine;

/**
 * A routine with the length its timeline takes, and whether it ships with Loosen ({@code builtIn}) or is
 * the user's own: what listings show (CLI and API alike).
 */
public record RoutineSummary(String id, String name, String summary, boolean builtIn, long totalSeconds,
                             Routine routine) {

    public static RoutineSummary of(Routine routine, Catalog catalog, boolean builtIn) {
        long totalMs = TimelineBuilder.build(routine, catalog).totalMs();
        return new RoutineSummary(routine.id(), routine.name(), routine.summary(), builtIn, totalMs / 1000, routine);
    }
}
