package io.loosen.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.loosen.figure.BasePose;
import io.loosen.figure.Figure;
import io.loosen.figure.Keyframes;
import io.loosen.figure.KeyframesReader;
import io.loosen.system.Fields;
import io.loosen.system.Vocabulary;
import java.util.ArrayList;
import java.util.List;

/**
 * The figure of an exercise still being written, for the editor's live preview. Its {@code figure} part
 * is read by the loader's own rules ({@link KeyframesReader}), so a bad angle is refused with the
 * loader's sentence and field; the rest of the draft only lends what the picture needs (the name, the
 * cues, the sides, the main step, the tempo, the targets that glow), with stand-ins while those are not written yet: the person
 * is still typing, and the whole draft is checked when it is saved.
 */
public final class DraftFigure {
    private static final int MAX_STEPS = 8;
    private static final int MAX_CUE = 60;
    private static final int MAX_NAME = 80;

    private DraftFigure() {
    }

    /** The figure's key poses: the draft's {@code figure}, or its first position's pose held at every step. */
    public static Keyframes keyframes(String source, JsonNode draft) {
        Fields f = Fields.root(source, draft);
        int steps = f.objects("steps", 1, MAX_STEPS).size();
        return f.optionalObject("figure").map(figure -> KeyframesReader.read(figure, steps))
                .orElseGet(() -> Keyframes.neutral(base(draft), steps));
    }

    /** Everything the picture is drawn from. */
    public static Figure of(String source, JsonNode draft) {
        Keyframes keyframes = keyframes(source, draft);
        JsonNode steps = draft.path("steps");
        List<Integer> beats = beats(draft.path("dose"));
        List<Figure.Step> figureSteps = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            JsonNode step = steps.get(i);
            boolean main = step.path("main").asBoolean(false);
            figureSteps.add(new Figure.Step(text(step.path("cue"), MAX_CUE, "Step " + (i + 1)), main,
                    main ? beats : List.of()));
        }
        boolean twoSided = "both".equals(draft.path("sides").asText());
        return new Figure(text(draft.path("name"), MAX_NAME, "New exercise"), keyframes, figureSteps,
                ExerciseFigure.regions(targets(draft.path("targets"))), twoSided);
    }

    /** The first position's base pose when it is one; standing while none is chosen. */
    private static BasePose base(JsonNode draft) {
        return Vocabulary.parse(BasePose.class, draft.path("positions").path(0).asText()).orElse(BasePose.STANDING);
    }

    /** The targets the draft names so far, for the regions that glow as they will once it is saved. */
    private static List<Target> targets(JsonNode words) {
        List<Target> targets = new ArrayList<>();
        for (JsonNode word : words) {
            Vocabulary.parse(Target.class, word.asText()).ifPresent(targets::add);
        }
        return targets;
    }

    /** A repetition's beats in seconds, when the draft's dose gives a usable tempo. */
    private static List<Integer> beats(JsonNode dose) {
        List<Integer> beats = new ArrayList<>();
        for (JsonNode beat : dose.path("reps").path("tempo")) {
            int seconds = beat.path("seconds").asInt(0);
            if (!beat.path("seconds").isIntegralNumber() || seconds < 1 || seconds > 10) {
                return List.of();
            }
            beats.add(seconds);
        }
        return beats.size() > 6 ? List.of() : beats;
    }

    private static String text(JsonNode value, int max, String fallback) {
        String text = value.isTextual() ? Fields.printable(value.textValue().strip()) : "";
        if (text.isEmpty()) {
            return fallback;
        }
        return text.codePointCount(0, text.length()) <= max ? text : text.substring(0, text.offsetByCodePoints(0, max));
    }
}
