package io.loosen.catalog.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.loosen.catalog.Difficulty;
import io.loosen.catalog.Dose;
import io.loosen.catalog.Equipment;
import io.loosen.catalog.Exercise;
import io.loosen.catalog.Provenance;
import io.loosen.catalog.Sides;
import io.loosen.catalog.Step;
import io.loosen.catalog.Target;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A source's record written as a Loosen exercise that passes the catalog's rules, marked for review. */
class DraftsTest {
    static Found found(String name, boolean stretch, String... instructions) {
        return new Found("test", "record 1", name, List.of(), List.of(instructions), List.of(Target.MID_BACK),
                List.of(Equipment.NONE), stretch, null, null, null, new Provenance("Someone", "CC0-1.0", "a test"));
    }

    @Test
    void aStretchIsHeldOnTheStepThatSaysHoldAndMarkedForReview() {
        Exercise e = Drafts.of(found("Middle Back Stretch", true,
                "Stand so your feet are shoulder width apart and your hands are on your hips.",
                "Twist at your waist until you feel a stretch. Hold for 10 to 15 seconds, and then twist to the other side.")).exercise();

        assertThat(e.review()).isTrue();
        assertThat(e.id()).isEqualTo("middle-back-stretch");
        assertThat(e.dose()).isEqualTo(new Dose.Hold(10, 10, 60, false));
        assertThat(e.sides()).isEqualTo(Sides.BOTH);
        assertThat(e.mainStepIndex()).isEqualTo(1);
        assertThat(e.steps().get(0).cue()).isEqualTo("Stand so your feet are shoulder width apart and your hands…");
        assertThat(e.steps().get(1).cue()).isEqualTo("Twist at your waist until you feel a stretch");
        assertThat(e.summary()).isEqualTo("A stretch for the mid back, imported from test.");
        assertThat(e.provenance()).isEqualTo(new Provenance("Someone", "CC0-1.0", "a test"));
        assertThat(e.difficulty()).isEqualTo(Difficulty.EASY);
    }

    @Test
    void aStrengthExerciseIsRepeatedFromTheStepAfterTheStartingPosition() {
        Exercise e = Drafts.of(found("Superman", false,
                "Lie face down with your arms extended. This is the starting position.",
                "Lift your arms, legs and chest off the floor, then lower them.",
                "Repeat for the recommended amount of repetitions.")).exercise();

        assertThat(e.dose()).isInstanceOf(Dose.Reps.class);
        assertThat(((Dose.Reps) e.dose()).count()).isEqualTo(Inference.DEFAULT_REPS);
        assertThat(e.steps()).hasSize(2);
        assertThat(e.mainStepIndex()).isEqualTo(1);
        assertThat(e.feel()).contains("strengthens rather than stretches");
    }

    @Test
    void longInstructionsAreCutBetweenSentencesAndManyAreJoinedIntoEightSteps() {
        String sentence = "Keep your back straight and breathe out slowly as you move. ";
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            many.add("Step number " + i + " of this long exercise.");
        }
        many.add(sentence.repeat(12));

        List<String> steps = Drafts.steps(many);

        assertThat(steps).hasSizeLessThanOrEqualTo(8).allSatisfy(s -> assertThat(s.length()).isBetween(10, 400));
        assertThat(String.join(" ", steps).replaceAll("\\s+", " ")).contains("Step number 0", "Step number 13");
    }

    @Test
    void emptyAndScrapInstructionsDoNotMakeSteps() {
        assertThat(Drafts.steps(List.of("", "  ", "\t"))).isEmpty();
        assertThat(Drafts.steps(List.of("Lie down on the floor.", "Relax."))).containsExactly("Lie down on the floor. Relax.");
        assertThat(Drafts.of(found("Nothing", true, "")).problem()).contains("has no instructions");
    }

    @Test
    void bracesAndControlCharactersCannotBreakTheStepRules() {
        Exercise e = Drafts.of(found("Odd {text}", true, "Hold {this} for\u0007 20 seconds {side}.")).exercise();

        assertThat(e.name()).isEqualTo("Odd (text)");
        assertThat(e.steps()).extracting(Step::text).containsExactly("Hold (this) for 20 seconds (side).");
    }

    @Test
    void hostileNamesAreKeptAsText() {
        Exercise e = Drafts.of(found("<script>alert(1)</script>", true, "Hold the position for 20 seconds.")).exercise();
        assertThat(e.name()).isEqualTo("<script>alert(1)</script>");
        assertThat(e.id()).isEqualTo("script-alert-1-script");
    }

    @Test
    void recordsThatCannotBeExercisesSayWhy() {
        assertThat(Drafts.of(found("No", true, "Hold for 20 seconds.")).problem())
                .isEqualTo("record 1 'No' has a name of 2 characters; a Loosen exercise's name has 3–80.");
        Found noMuscles = new Found("test", "record 2", "Eyes", List.of(), List.of("Look far away for a while."),
                List.of(), List.of(), true, null, null, null, new Provenance("a", "b", null));
        assertThat(Drafts.of(noMuscles).problem()).contains("names no muscle");
    }
}
