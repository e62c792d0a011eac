package io.loosen.session;

import io.loosen.catalog.Catalog;
import io.loosen.routine.Routine;

/** A routine with the length its timeline takes: what listings show (CLI and API alike). */
public record RoutineSummary(String id, String name, String summary, long totalSeconds, Routine routine) {

    public static RoutineSummary of(Routine routine, Catalog catalog) {
        long totalMs = TimelineBuilder.build(routine, catalog).totalMs();
        return new RoutineSummary(routine.id(), routine.name(), routine.summary(), totalMs / 1000, routine);
    }
}
