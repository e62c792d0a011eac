package io.loosen.plan;

/** One exercise placed in a plan being built: its dose level, which round of the routine, and pick order. */
final class Slot {
    final Candidate candidate;
    final int round;
    final int picked;
    int level;

    Slot(Candidate candidate, int level, int round, int picked) {
        this.candidate = candidate;
        this.level = level;
        this.round = round;
        this.picked = picked;
    }

    int cost() {
        return candidate.dosing().cost(level);
    }
}
