package io.loosen.figure;

import io.loosen.catalog.CatalogLoader;
import io.loosen.catalog.Exercise;
import io.loosen.catalog.ExerciseFigure;
import java.util.List;
import java.util.stream.Stream;

/** The built-in exercises and their figures, for the figure tests. */
final class Figures {
    static final List<Exercise> BUILT_IN = CatalogLoader.builtIn();

    private Figures() {
    }

    static Stream<Exercise> builtIn() {
        return BUILT_IN.stream();
    }

    static Figure of(String id) {
        return ExerciseFigure.of(BUILT_IN.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow());
    }

    /** Every key pose (and the top of every repetition) of an exercise, on the sides it is done. */
    static List<Pose> poses(Exercise e) {
        Figure f = ExerciseFigure.of(e);
        List<Side> sides = e.twoSided() ? List.of(Side.LEFT, Side.RIGHT) : List.of(Side.LEFT);
        return sides.stream().flatMap(side -> java.util.stream.IntStream.range(0, e.steps().size()).boxed()
                .flatMap(i -> Stream.of(f.pose(i, side), f.peak(i, side)))).filter(p -> p != null).toList();
    }
}
