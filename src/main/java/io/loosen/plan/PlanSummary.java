package io.loosen.plan;

import io.loosen.routine.Routine;
import java.util.List;

/**
 * A plan as {@code loosen plan --json} prints it and {@code POST /api/v1/plans} answers it: the routine
 * with its length, the changes of position, a notice when the request had to be bent, and why each
 * exercise was chosen.
 */
public record PlanSummary(String id, String name, int minutes, Setting place, int totalSeconds, int transitions,
                          String notice, List<PlannedItem> items, Routine routine) {

    /** The summary of a plan that has a routine. */
    public static PlanSummary of(Plan plan) {
        return of(plan, plan.routine().orElseThrow());
    }

    /** The same, for the plan's routine as it was saved (under the user's name and its own id). */
    public static PlanSummary of(Plan plan, Routine routine) {
        return new PlanSummary(routine.id(), routine.name(), plan.request().minutes(), plan.request().place(),
                plan.totalSeconds(), plan.transitions(), plan.notice().orElse(null), plan.items(), routine);
    }
}
