package io.loosen.cli;

import io.loosen.session.Outcome;

/** The sentence a session ends with, in every view. */
final class SessionSummary {
    private SessionSummary() {
    }

    static String of(Outcome outcome) {
        String total = Text.clock(outcome.timeline().totalMs());
        if (outcome.completed()) {
            return "Done: " + outcome.timeline().routineName() + ", " + total + ". Well done; see you tomorrow.";
        }
        return "Stopped at " + Text.clock(outcome.last().positionMs()) + " of " + total + " ("
                + outcome.timeline().routineName() + ").";
    }
}
