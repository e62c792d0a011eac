package io.loosen.plan;

import io.loosen.catalog.Cause;
import io.loosen.catalog.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Picks exercises and doses that fill a time budget without going over. Must-haves first (one exercise
 * per focus target, a strengthening one when strength imbalance bothers), then the best-ranked at their
 * usual dose while they fit; doses are then shortened or lengthened second by second, more exercises are
 * added at their shortest, and finally the routine is repeated (up to {@link #ROUNDS} rounds) until it
 * reaches {@link #FILL} of the budget.
 */
final class Filler {
    static final int ROUNDS = 3;
    static final double FILL = 0.9;

    private final List<Candidate> ranked;
    private final int budget;
    private final int rest;
    private final PlanRequest request;

    Filler(List<Candidate> ranked, PlanRequest request, int rest) {
        this.ranked = ranked;
        this.budget = request.budgetSeconds();
        this.rest = rest;
        this.request = request;
    }

    /** The slots, in pick order; empty when not even the shortest exercise fits. */
    List<Slot> fill(Set<String> excluded) {
        List<Slot> slots = new ArrayList<>();
        for (Target target : request.focus().targets()) {
            if (slots.stream().noneMatch(s -> s.candidate.covers(target))) {
                pick(slots, excluded, c -> c.covers(target), true);
            }
        }
        if (request.bothers().contains(Cause.STRENGTH_IMBALANCE)) {
            pick(slots, excluded, Candidate::strengthening, true);
        }
        int usualTotal = total(slots, Slot::cost);
        for (Candidate c : ranked) {
            if (usualTotal + gap(slots) + c.dosing().usualCost() <= budget && usable(c, slots, excluded)) {
                usualTotal += gap(slots) + c.dosing().usualCost();
                slots.add(new Slot(c, usual(c), 1, slots.size()));
            }
        }
        if (slots.isEmpty()) {
            pick(slots, excluded, c -> true, false);
            if (slots.isEmpty()) {
                return slots;
            }
        }
        shrink(slots);
        grow(slots, true);
        if (underfilled(slots)) {
            int total = total(slots);
            for (Candidate c : ranked) {
                if (total + rest + c.dosing().shortestCost() <= budget && usable(c, slots, excluded)) {
                    total += rest + c.dosing().shortestCost();
                    slots.add(new Slot(c, 0, 1, slots.size()));
                }
            }
            grow(slots, true);
        }
        List<Slot> first = List.copyOf(slots);
        for (int round = 2; round <= ROUNDS && underfilled(slots); round++) {
            for (Slot s : first) {
                if (total(slots, Slot::cost) + rest + s.candidate.dosing().cost(0) <= budget) {
                    slots.add(new Slot(s.candidate, 0, round, slots.size()));
                }
            }
            grow(slots, true);
        }
        grow(slots, false);
        return slots;
    }

    /** Adds the best-ranked candidate matching {@code wanted} whose shortest dose still fits. */
    private void pick(List<Slot> slots, Set<String> excluded, Predicate<Candidate> wanted,
                      boolean usualDose) {
        int atShortest = total(slots, s -> s.candidate.dosing().cost(0)) + gap(slots);
        for (Candidate c : ranked) {
            if (wanted.test(c) && atShortest + c.dosing().shortestCost() <= budget && usable(c, slots, excluded)) {
                slots.add(new Slot(c, usualDose ? usual(c) : 0, 1, slots.size()));
                return;
            }
        }
    }

    private static boolean usable(Candidate c, List<Slot> slots, Set<String> excluded) {
        return !excluded.contains(c.id()) && slots.stream().noneMatch(s -> s.candidate == c);
    }

    private static int usual(Candidate c) {
        return c.dosing().defaultLevel();
    }

    private int gap(List<Slot> slots) {
        return slots.isEmpty() ? 0 : rest;
    }

    private boolean underfilled(List<Slot> slots) {
        return total(slots) < FILL * budget;
    }

    int total(List<Slot> slots) {
        return total(slots, Slot::cost);
    }

    private int total(List<Slot> slots, ToIntFunction<Slot> cost) {
        int sum = 0;
        for (Slot s : slots) {
            sum += cost.applyAsInt(s);
        }
        return sum + Math.max(0, slots.size() - 1) * rest;
    }

    /** Shortens doses evenly, the latest picks first, until the plan fits. */
    private void shrink(List<Slot> slots) {
        int total = total(slots);
        boolean changed = true;
        while (total > budget && changed) {
            changed = false;
            for (int i = slots.size() - 1; i >= 0 && total > budget; i--) {
                Slot s = slots.get(i);
                if (s.level > 0) {
                    total -= s.cost();
                    s.level--;
                    total += s.cost();
                    changed = true;
                }
            }
        }
    }

    /** Lengthens doses evenly, best picks first, as far as the budget allows. */
    private void grow(List<Slot> slots, boolean comfortable) {
        int total = total(slots);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Slot s : slots) {
                Dosing d = s.candidate.dosing();
                int top = comfortable ? Math.max(d.defaultLevel(), d.comfortableLevel()) : d.levels() - 1;
                if (s.level < top && total - s.cost() + d.cost(s.level + 1) <= budget) {
                    total += d.cost(s.level + 1) - s.cost();
                    s.level++;
                    changed = true;
                }
            }
        }
    }
}
