package io.loosen.plan;

import io.loosen.catalog.Position;
import io.loosen.catalog.Equipment;
import java.util.List;
import java.util.stream.Collectors;

/** The sentences that tell a person why their plan is not quite what they asked for. */
final class Notices {
    private Notices() {
    }

    static String nothingFits(PlanRequest request) {
        List<Equipment> kit = request.equipment().stream().filter(q -> q != Equipment.NONE).toList();
        String with = kit.isEmpty() ? "with no equipment"
                : "with " + Reasons.and(kit.stream().map(Reasons::phrase).toList());
        String avoiding = request.avoid().isEmpty() ? ""
                : " while avoiding " + request.avoid().stream().map(Position::slug).collect(Collectors.joining(", "));
        return "No exercise fits " + request.place().phrase() + " " + with + avoiding
                + "; allow another position, add equipment or choose another place.";
    }

    static String tooShort(PlanRequest request, boolean allTwoSided, int shortestSeconds) {
        return minutes(request.minutes()) + " is too short for " + (allTwoSided ? "both sides of any stretch"
                : "any exercise") + " " + request.place().phrase() + "; the shortest plan takes "
                + duration(shortestSeconds) + ".";
    }

    static String underfilled(PlanRequest request, int totalSeconds) {
        return "This plan fills only " + duration(totalSeconds) + " of your " + minutes(request.minutes())
                + ": no other exercise that fits " + request.place().phrase() + " is short enough to add.";
    }

    static String minutes(int minutes) {
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }

    /** "45 s", "2 min", "1 min 20 s". */
    static String duration(int seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        return seconds % 60 == 0 ? seconds / 60 + " min" : seconds / 60 + " min " + seconds % 60 + " s";
    }
}
