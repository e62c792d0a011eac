package io.loosen.routine;

import io.loosen.catalog.Catalog;
import io.loosen.catalog.Dose;
import io.loosen.catalog.Exercise;
import io.loosen.system.Fields;
import io.loosen.system.Suggest;
import io.loosen.system.UserError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user's changes to hold times for one session, from {@code --hold 40} (every held stretch) and
 * {@code --hold spine-twist=60} (one exercise). A value for one exercise must lie in that exercise's
 * safe range; a value for all is fitted into each exercise's range, and {@code notes} say where it was.
 */
public final class HoldChanges {
    private static final Pattern SECONDS = Pattern.compile("\\d+");
    private static final Pattern ONE = Pattern.compile("([a-z0-9-]+)=(\\d+)");

    private HoldChanges() {
    }

    public record Applied(Routine routine, List<String> notes) {
    }

    public static Applied apply(Routine routine, Catalog catalog, List<String> values) {
        Integer forAll = null;
        Map<String, Integer> forOne = new HashMap<>();
        for (String raw : values) {
            String value = raw.strip();
            Matcher one = ONE.matcher(value);
            if (SECONDS.matcher(value).matches()) {
                forAll = seconds(value, 1, Dose.MAX_HOLD_SECONDS, "--hold " + value);
            } else if (one.matches()) {
                Exercise e = exerciseIn(routine, catalog, one.group(1), value);
                if (!(e.dose() instanceof Dose.Hold hold)) {
                    throw new UserError("--hold '" + value + "' names the " + e.name()
                            + ", which is done in repetitions, not held.");
                }
                forOne.put(e.id(), seconds(one.group(2), hold.min(), hold.max(),
                        "--hold " + value + " for the " + e.name()));
            } else {
                throw new UserError("--hold '" + Fields.show(value)
                        + "' should be seconds (like 40) or EXERCISE=SECONDS (like spine-twist=40).");
            }
        }
        List<String> notes = new ArrayList<>();
        Integer all = forAll;
        Routine changed = routine.withItems(item -> {
            Exercise e = catalog.require(item.exercise());
            if (!(e.dose() instanceof Dose.Hold hold)) {
                return item;
            }
            if (forOne.containsKey(e.id())) {
                return item.withHold(forOne.get(e.id()));
            }
            if (all == null) {
                return item;
            }
            if (!hold.allows(all)) {
                notes.add("The " + e.name() + " holds for " + hold.clamp(all) + " s: its safe range is "
                        + hold.min() + "–" + hold.max() + " s.");
            }
            return item.withHold(hold.clamp(all));
        });
        return new Applied(changed, List.copyOf(notes));
    }

    private static Exercise exerciseIn(Routine routine, Catalog catalog, String id, String value) {
        Exercise e = catalog.find(id).orElseThrow(() -> new UserError("--hold '" + value + "': " + Suggest.unknown(
                "exercise", id, catalog.all().stream().map(Exercise::id).toList(), "loosen exercises")));
        if (routine.items().stream().noneMatch(item -> item.exercise().equals(id))) {
            throw new UserError("--hold '" + id + "' names the " + e.name() + ", which is not part of the routine '"
                    + routine.id() + "'.");
        }
        return e;
    }

    private static int seconds(String digits, int min, int max, String what) {
        // More than nine digits is out of range whatever they say, and would overflow an int.
        long value = digits.length() > 9 ? Long.MAX_VALUE : Long.parseLong(digits);
        if (value < min || value > max) {
            throw new UserError(what + " is " + Fields.show(digits) + " seconds, outside the allowed " + min
                    + "–" + max + " seconds.");
        }
        return (int) value;
    }
}
