package io.loosen.plan;

import io.loosen.catalog.Cause;
import io.loosen.catalog.Equipment;
import io.loosen.catalog.Exercise;
import io.loosen.catalog.Position;
import io.loosen.catalog.Target;
import java.util.ArrayList;
import java.util.List;

/** The one line per exercise that says why it was chosen. */
final class Reasons {
    private Reasons() {
    }

    static String of(Exercise e, Position position, int round, PlanRequest request) {
        String reason = String.join("; ", List.of(counters(e, request), works(e, request), needs(e, position, request)));
        return round == 1 ? Character.toUpperCase(reason.charAt(0)) + reason.substring(1) + "."
                : "Round " + round + ": " + reason + ".";
    }

    private static String counters(Exercise e, PlanRequest request) {
        List<String> named = new ArrayList<>();
        for (Cause c : request.bothers()) {
            if (e.counters().contains(c)) {
                named.add(phrase(c));
            }
        }
        if (named.isEmpty() && !e.counters().isEmpty()) {
            named.add(phrase(e.counters().get(0)));
        }
        String counters = named.isEmpty() ? "loosens the back" : "counters " + and(named);
        return e.counters().contains(Cause.STRENGTH_IMBALANCE) ? "builds strength and " + counters : counters;
    }

    private static String works(Exercise e, PlanRequest request) {
        List<String> areas = new ArrayList<>();
        for (Target t : request.focus().targets()) {
            if (e.targets().contains(t)) {
                areas.add(phrase(t));
            }
        }
        if (e.targets().contains(Target.BETWEEN_SHOULDER_BLADES)) {
            areas.add(phrase(Target.BETWEEN_SHOULDER_BLADES));
        }
        if (areas.isEmpty() && !e.targets().isEmpty()) {
            areas.add(phrase(e.targets().get(0)));
        }
        return "works " + and(areas);
    }

    private static String needs(Exercise e, Position position, PlanRequest request) {
        List<String> kit = e.equipment().stream().filter(q -> q != Equipment.NONE).map(Reasons::phrase).toList();
        if (!kit.isEmpty()) {
            return "needs " + and(kit);
        }
        return position == Position.SEATED && request.equipment().contains(Equipment.CHAIR)
                ? "needs nothing but a chair" : "needs no equipment";
    }

    static String phrase(Cause c) {
        return switch (c) {
            case STATIC_POSITION -> "sitting still";
            case REPETITIVE_MOVEMENT -> "repetitive work";
            case POOR_POSTURE -> "poor posture";
            case STRENGTH_IMBALANCE -> "strength imbalance";
            case OVERUSE -> "overuse";
        };
    }

    static String phrase(Target t) {
        return switch (t) {
            case BETWEEN_SHOULDER_BLADES -> "between the shoulder blades";
            case GRIP -> "your grip";
            case ARMS, RIBS, HIPS, LATS, SHOULDERS, TRAPS, ABDOMINALS, BICEPS, TRICEPS, FOREARMS, GLUTES, ABDUCTORS,
                 ADDUCTORS, QUADRICEPS, HAMSTRINGS, CALVES -> "the " + t.slug();
            case UPPER_BACK, MID_BACK, LOWER_BACK, LOWER_SPINE, CHEST, NECK -> "the " + t.slug().replace('-', ' ');
        };
    }

    static String phrase(Equipment q) {
        return switch (q) {
            case NONE -> "nothing";
            case CHAIR -> "a chair";
            case PULL_UP_BAR -> "a pull-up bar";
            case LOW_BAR_OR_TABLE -> "a low bar or sturdy table";
            case POLE_OR_DOOR_FRAME -> "a pole or door frame";
            case MAT -> "a mat";
            case BAND -> "a resistance band";
            case FOAM_ROLLER -> "a foam roller";
            case DUMBBELL -> "a dumbbell";
            case KETTLEBELL -> "a kettlebell";
            case BARBELL -> "a barbell";
            case EZ_CURL_BAR -> "an EZ curl bar";
            case CABLE -> "a cable machine";
            case MACHINE -> "a machine";
            case MEDICINE_BALL -> "a medicine ball";
            case EXERCISE_BALL -> "an exercise ball";
            case BENCH -> "a bench";
            case OTHER -> "other equipment";
        };
    }

    static String and(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
