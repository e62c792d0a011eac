package io.loosen.plan;

import io.loosen.catalog.Catalog;
import io.loosen.catalog.Exercise;
import io.loosen.catalog.Position;
import io.loosen.progress.ExerciseResult;
import io.loosen.progress.PracticeSession;
import io.loosen.routine.Routine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Plans a routine for a request: only exercises that keep every constraint, ranked by focus, bothers and
 * variety, dosed to fill the time without going over, ordered to minimise getting up and down. Pure: the
 * day and the history are inputs, and the same inputs always give the same plan.
 */
public final class Planner {
    private Planner() {
    }

    public static Plan plan(PlanRequest request, Catalog catalog, List<PracticeSession> history) {
        Constraints rules = new Constraints(request);
        List<Exercise> allowed = catalog.matching(rules::allows);
        if (allowed.isEmpty()) {
            return Plan.none(request, Notices.nothingFits(request));
        }
        List<Candidate> ranked = Ranking.rank(allowed, request, recent(history, request.date()));
        Filler filler = new Filler(ranked, request, Routine.DEFAULT_REST_SECONDS);
        List<Slot> slots = filler.fill(Set.of());
        Optional<String> notice = Optional.empty();
        if (slots.isEmpty()) {
            Candidate shortest = ranked.stream().min(Comparator.comparingInt(c -> c.dosing().shortestCost())).orElseThrow();
            slots = List.of(new Slot(shortest, 0, 1, 0));
            boolean allTwoSided = allowed.stream().allMatch(Exercise::twoSided);
            notice = Optional.of(Notices.tooShort(request, allTwoSided, filler.total(slots)));
        } else {
            slots = varied(slots, filler, rules, history, request.date());
            if (filler.total(slots) < Filler.FILL * request.budgetSeconds()) {
                notice = Optional.of(Notices.underfilled(request, filler.total(slots)));
            }
        }
        return assemble(request, catalog, Ordering.order(slots, rules), notice);
    }

    /**
     * Today's slots, unless their routine is the one played on each of the two days before: then the plan
     * without one of its exercises (latest pick first) that differs, when there is one.
     */
    private static List<Slot> varied(List<Slot> slots, Filler filler, Constraints rules, List<PracticeSession> history,
                                     LocalDate date) {
        List<String> today = sequence(slots, rules);
        if (!playedOn(history, date.minusDays(1), today) || !playedOn(history, date.minusDays(2), today)) {
            return slots;
        }
        List<String> picked = new ArrayList<>(new LinkedHashSet<>(slots.stream().map(s -> s.candidate.id()).toList()));
        for (int i = picked.size() - 1; i >= 0; i--) {
            List<Slot> other = filler.fill(Set.of(picked.get(i)));
            if (!other.isEmpty() && !sequence(other, rules).equals(today)) {
                return other;
            }
        }
        return slots;
    }

    private static List<String> sequence(List<Slot> slots, Constraints rules) {
        return collapse(Ordering.order(slots, rules).stream().map(p -> p.slot().candidate.id()).toList());
    }

    private static boolean playedOn(List<PracticeSession> history, LocalDate day, List<String> sequence) {
        return history.stream().anyMatch(s -> s.day().equals(day) && collapse(s.exercises().stream()
                .sorted(Comparator.comparingInt(ExerciseResult::position))
                .map(ExerciseResult::exerciseId).toList()).equals(sequence));
    }

    /** Exercise ids in order with repeats in a row (the two sides of one exercise) counted once. */
    private static List<String> collapse(List<String> ids) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            if (out.isEmpty() || !out.get(out.size() - 1).equals(id)) {
                out.add(id);
            }
        }
        return out;
    }

    /** Exercises played on either of the two days before {@code date}. */
    private static Set<String> recent(List<PracticeSession> history, LocalDate date) {
        Set<String> ids = new HashSet<>();
        for (PracticeSession s : history) {
            LocalDate day = s.day();
            if (day.isBefore(date) && !day.isBefore(date.minusDays(2))) {
                s.exercises().forEach(r -> ids.add(r.exerciseId()));
            }
        }
        return ids;
    }

    private static Plan assemble(PlanRequest request, Catalog catalog, List<Ordering.Placed> placed,
                                 Optional<String> notice) {
        List<PlannedItem> items = placed.stream().map(p -> {
            Slot s = p.slot();
            Exercise e = s.candidate.exercise();
            return new PlannedItem(s.candidate.dosing().item(s.level), e.name(), p.position(), s.round, s.cost(),
                    Reasons.of(e, p.position(), s.round, request));
        }).toList();
        Routine routine = new Routine("plan-" + request.date(),
                "Your " + request.minutes() + "-minute " + request.place().adjective() + " plan",
                "Planned for " + Notices.minutes(request.minutes()) + " " + request.place().phrase() + ", focus "
                        + request.focus().slug().replace('-', ' ') + ".",
                Routine.DEFAULT_PREPARE_SECONDS, Routine.DEFAULT_REST_SECONDS,
                items.stream().map(PlannedItem::item).toList());
        // The cost model's sum, not a timeline built to measure it: building ~300 segments per plan was most
        // of the planner's p99. PlannerProperties checks the model against TimelineBuilder on every case.
        int total = items.stream().mapToInt(PlannedItem::seconds).sum()
                + Math.max(0, items.size() - 1) * routine.rest();
        List<Position> positions = items.stream().map(PlannedItem::position).toList();
        return new Plan(request, Optional.of(routine), items, total, Ordering.transitions(positions), notice);
    }
}
