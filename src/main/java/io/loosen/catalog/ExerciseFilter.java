package io.loosen.catalog;

import io.loosen.system.Vocabulary;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * What the user is looking for in the library: a place, equipment, a position, a target (each null for
 * any) and free text matched, case-insensitively, against the name, aliases, summary and targets.
 * An exercise that can be done anywhere matches every place.
 */
public record ExerciseFilter(Place place, Equipment equipment, Position position, Target target, String text)
        implements Predicate<Exercise> {

    public static final ExerciseFilter ANY = new ExerciseFilter(null, null, null, null, null);

    public ExerciseFilter {
        text = text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean test(Exercise e) {
        return (place == null || e.places().contains(place) || e.places().contains(Place.ANYWHERE))
                && (equipment == null || e.equipment().contains(equipment))
                && (position == null || e.positions().contains(position))
                && (target == null || e.targets().contains(target))
                && (text == null || words(e).anyMatch(w -> w.toLowerCase(Locale.ROOT).contains(text)));
    }

    private static Stream<String> words(Exercise e) {
        return Stream.of(Stream.of(e.name(), e.summary()), e.aliases().stream(),
                e.targets().stream().map(Vocabulary::slug).map(s -> s.replace('-', ' '))).flatMap(s -> s);
    }
}
