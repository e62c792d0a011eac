package io.loosen.catalog;

import io.loosen.figure.BasePose;
import io.loosen.figure.Figure;
import io.loosen.figure.Keyframes;
import io.loosen.figure.Region;
import io.loosen.system.Vocabulary;
import java.util.ArrayList;
import java.util.List;

/**
 * An exercise in the figure's terms: its key poses (or its first position's pose, held, when its file has
 * none), its steps' cues and beats, and the regions of the back it works, the first two of them glowing.
 */
public final class ExerciseFigure {
    private static final int GLOWS = 2;

    private ExerciseFigure() {
    }

    public static Figure of(Exercise e) {
        Keyframes keyframes = e.figure() != null ? e.figure()
                : Keyframes.neutral(Vocabulary.parse(BasePose.class, e.positions().get(0).slug()).orElseThrow(),
                        e.steps().size());
        List<Figure.Step> steps = e.steps().stream().map(s -> new Figure.Step(s.cue(), s.main(),
                s.main() && e.dose() instanceof Dose.Reps reps ? reps.tempo().stream().map(Dose.Beat::seconds).toList()
                        : List.of())).toList();
        return new Figure(e.name(), keyframes, steps, regions(e.targets()), e.twoSided());
    }

    static List<Region> regions(List<Target> targets) {
        List<Region> regions = new ArrayList<>();
        for (Target t : targets) {
            Region r = switch (t) {
                case UPPER_BACK, BETWEEN_SHOULDER_BLADES, TRAPS -> Region.UPPER_BACK;
                case MID_BACK -> Region.MID_BACK;
                case LOWER_BACK, LOWER_SPINE -> Region.LOWER_BACK;
                case HIPS, GLUTES, ABDUCTORS, ADDUCTORS -> Region.HIPS;
                case RIBS -> Region.RIBS;
                case LATS -> Region.SIDES;
                case SHOULDERS -> Region.SHOULDERS;
                case NECK -> Region.NECK;
                // The figure glows on the back and hips only; these are drawn without a glow.
                case CHEST, ARMS, GRIP, ABDOMINALS, BICEPS, TRICEPS, FOREARMS, QUADRICEPS, HAMSTRINGS, CALVES -> null;
            };
            if (r != null && !regions.contains(r) && regions.size() < GLOWS) {
                regions.add(r);
            }
        }
        return regions;
    }
}
