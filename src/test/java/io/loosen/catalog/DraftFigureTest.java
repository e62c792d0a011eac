package io.loosen.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.loosen.figure.Figure;
import io.loosen.figure.Joint;
import io.loosen.figure.Keyframes;
import io.loosen.figure.Side;
import io.loosen.figure.View;
import io.loosen.system.InvalidDataException;
import io.loosen.system.Json;
import org.junit.jupiter.api.Test;

/** A draft's figure: the figure part by the loader's rules, the rest lent with stand-ins. */
class DraftFigureTest {
    private static JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void readsTheFigureAsTheLoaderDoes() {
        Keyframes k = DraftFigure.keyframes("exercise", json("""
                {"steps": [{}, {}], "figure": {"pose": "kneeling", "steps": [{"knees": 80}, {"left-knee": 100}]}}"""));
        assertThat(k.view()).isEqualTo(View.SIDE);
        assertThat(k.steps().get(0).pose().get(Joint.RIGHT_KNEE)).isEqualTo(80);
        assertThat(k.steps().get(1).pose().get(Joint.LEFT_KNEE)).isEqualTo(100);
        assertThat(k.steps().get(1).pose().get(Joint.RIGHT_KNEE)).as("carried over").isEqualTo(80);
    }

    @Test
    void withoutAFigureTheFirstPositionIsHeldOrElseStanding() {
        Keyframes seated = DraftFigure.keyframes("exercise", json("{\"positions\": [\"seated\", \"standing\"], \"steps\": [{}, {}]}"));
        assertThat(seated.steps()).hasSize(2);
        assertThat(seated.steps().get(1).pose().get(Joint.LEFT_HIP)).isEqualTo(90);
        assertThat(seated.props()).isNotEmpty();
        Keyframes standing = DraftFigure.keyframes("exercise", json("{\"positions\": [\"flying\"], \"steps\": [{}]}"));
        assertThat(standing.steps().get(0).pose().get(Joint.LEFT_HIP)).isZero();
    }

    @Test
    void lendsTheRestWithStandIns() {
        Figure f = DraftFigure.of("exercise", json("""
                {"name": "  ", "sides": "both", "targets": ["neck", "not-a-target", 7, "hips", "ribs"], "dose": {"reps": {"tempo": [{"seconds": 2}, {"seconds": 3}]}},
                 "steps": [{"cue": 42}, {"cue": "%s", "main": true}]}""".formatted("x".repeat(90))));
        assertThat(f.name()).isEqualTo("New exercise");
        assertThat(f.twoSided()).isTrue();
        assertThat(f.steps().get(0).cue()).isEqualTo("Step 1");
        assertThat(f.steps().get(1).cue()).hasSize(60);
        assertThat(f.steps().get(0).beats()).isEmpty();
        assertThat(f.steps().get(1).beats()).containsExactly(2, 3);
        assertThat(f.pose(0, Side.RIGHT).mirrored()).isTrue();
        assertThat(f.regions()).containsExactly(io.loosen.figure.Region.NECK, io.loosen.figure.Region.HIPS);
    }

    @Test
    void aTempoThatBreaksTheRulesGivesNoBeats() {
        for (String tempo : new String[] {"[{\"seconds\": 0}]", "[{\"seconds\": 2.5}]", "[{\"cue\": \"up\"}]",
            "[" + "{\"seconds\": 1},".repeat(6) + "{\"seconds\": 1}]"}) {
            Figure f = DraftFigure.of("exercise", json("{\"dose\": {\"reps\": {\"tempo\": " + tempo
                    + "}}, \"steps\": [{\"main\": true}]}"));
            assertThat(f.steps().get(0).beats()).as(tempo).isEmpty();
        }
    }

    @Test
    void aBadFigureOrStepListIsTheLoadersError() {
        assertThatThrownBy(() -> DraftFigure.of("exercise", json("{\"steps\": [{}], \"figure\": {\"pose\": \"lying\","
                + " \"steps\": [{\"neck\": 99}]}}")))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("exercise: field 'figure.steps[0].neck' is 99 degrees, outside the allowed -45–60 degrees.")
                .extracting(e -> ((InvalidDataException) e).field()).isEqualTo("figure.steps[0].neck");
        assertThatThrownBy(() -> DraftFigure.of("exercise", json("{\"steps\": [" + "{}, ".repeat(8) + "{}]}")))
                .hasMessage("exercise: field 'steps' has 9 entries; it needs 1–8.");
        assertThatThrownBy(() -> DraftFigure.of("exercise", json("{}")))
                .hasMessage("exercise: missing required field 'steps'.");
    }
}
