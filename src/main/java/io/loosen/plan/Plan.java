package io.loosen.plan;

import io.loosen.routine.Routine;
import java.util.List;
import java.util.Optional;

/**
 * What the planner answers: the routine to play (absent when nothing fits the constraints), its items with
 * their reasons, the session length as the built timeline measures it, the changes of position, and a
 * notice when the request could not be met exactly.
 */
public record Plan(PlanRequest request, Optional<Routine> routine, List<PlannedItem> items, int totalSeconds,
                   int transitions, Optional<String> notice) {

    public Plan {
        items = List.copyOf(items);
    }

    static Plan none(PlanRequest request, String notice) {
        return new Plan(request, Optional.empty(), List.of(), 0, 0, Optional.of(notice));
    }

    /** True when the plan takes no longer than the minutes asked for. */
    public boolean fits() {
        return routine.isPresent() && totalSeconds <= request.budgetSeconds();
    }
}
