package io.loosen.catalog;

import static io.loosen.catalog.ExerciseDocs.held;
import static io.loosen.catalog.ExerciseDocs.reps;
import static io.loosen.catalog.ExerciseDocs.with;
import static io.loosen.catalog.ExerciseDocs.without;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.loosen.system.InvalidDataException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every way an exercise document can break the format gives one sentence naming the file, the dotted
 * field path and the bad value. (Whole-file problems are in {@link ExerciseFileTest}.)
 */
class ExerciseReaderTest {
    static final String FILE = "my-stretch.yaml";

    static InvalidDataException rejected(ObjectNode doc) {
        Throwable thrown = catchThrowable(() -> ExerciseReader.read(FILE, "test", doc));
        assertThat(thrown).isInstanceOf(InvalidDataException.class);
        return (InvalidDataException) thrown;
    }

    /** The message is one line, one sentence, naming the file and the field. */
    static void assertNames(InvalidDataException e, String field, String... alsoContains) {
        assertThat(e.getMessage())
                .startsWith(FILE + ": ")
                .contains("'" + field + "'")
                .contains(alsoContains)
                .doesNotContain("\n")
                .endsWith(".");
        assertThat(e.source()).isEqualTo(FILE);
        assertThat(e.field()).isEqualTo(field);
    }

    @Nested
    class FieldNames {
        @Test
        void anUnknownFieldIsNamedWithTheClosestAllowedOne() {
            InvalidDataException e = rejected(with(held("a-b"), "sumary", "A misspelt summary field here."));

            assertNames(e, "sumary", "unknown field", "did you mean 'summary'?");
        }

        @Test
        void anUnknownNestedFieldIsNamedByItsFullPath() {
            InvalidDataException e = rejected(with(held("a-b"), "dose.hold.defualt", 20));

            assertNames(e, "dose.hold.defualt", "did you mean 'default'?", "default, min, max, free");
        }

        @ParameterizedTest
        @ValueSource(strings = {"name", "summary", "dose", "dose.hold.default", "steps[1].cue", "safety",
                "difficulty", "provenance.author"})
        void aMissingRequiredFieldIsNamed(String field) {
            assertNames(rejected(without(held("a-b"), field)), field, "missing required field");
        }
    }

    static Stream<Arguments> wrongValues() {
        return Stream.of(
                Arguments.of("sides", "left", "'left'", "none, both"),
                Arguments.of("positions[0]", "standng", "'standng'", "did you mean 'standing'?"),
                Arguments.of("targets[1]", "middle-back", "'middle-back'", "mid-back"),
                Arguments.of("difficulty", "extreme", "'extreme'", "easy, moderate, hard"),
                Arguments.of("dose.hold.default", "twenty", "text 'twenty'", "whole number of seconds"),
                Arguments.of("dose.hold.default", 20.5, "'20.5'", "whole number of seconds"),
                Arguments.of("dose.hold.free", "yes", "text 'yes'", "true or false"),
                Arguments.of("name", 42, "a number '42'", "should be text"),
                Arguments.of("targets", "mid-back", "text 'mid-back'", "should be a list"),
                Arguments.of("steps[0].main", "true", "text 'true'", "true or false"),
                Arguments.of("dose", List.of(20), "a list", "an object"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("wrongValues")
    void aValueOfTheWrongKindOrOutsideItsVocabularyIsNamed(String field, Object value, String shown, String hint) {
        assertNames(rejected(with(held("a-b"), field, value)), field, shown, hint);
    }

    @Nested
    class Durations {
        @ParameterizedTest
        @ValueSource(longs = {10800, 601, 0, -5, 99999999999L})
        void anAbsurdHoldIsNamedWithTheAllowedRange(long seconds) {
            ObjectNode doc = with(held("a-b"), "dose.hold.default", seconds);

            assertNames(rejected(doc), "dose.hold.default", seconds + " seconds", "1–600 seconds");
        }

        @Test
        void aHugeMaximumIsNamed() {
            assertNames(rejected(with(held("a-b"), "dose.hold.max", 10800)), "dose.hold.max", "10800 seconds");
        }

        @Test
        void aDefaultOutsideItsOwnRangeIsNamed() {
            ObjectNode doc = with(held("a-b"), "dose.hold.min", 40);

            assertNames(rejected(doc), "dose.hold.default", "25 seconds", "40–60");
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 61, -1})
        void aStepShownForTooLongOrNeverIsNamed(int seconds) {
            ObjectNode doc = with(held("a-b"), "steps[0].seconds", seconds);

            assertNames(rejected(doc), "steps[0].seconds", seconds + " seconds", "1–60");
        }

        @Test
        void zeroRepetitionsAreNamed() {
            assertNames(rejected(with(reps("a-b"), "dose.reps.count", 0)), "dose.reps.count", "0 repetitions");
        }

        @Test
        void anEmptyTempoIsNamed() {
            assertNames(rejected(with(reps("a-b"), "dose.reps.tempo", List.of())), "dose.reps.tempo", "0 entries");
        }

        @Test
        void aTempoPhaseOfElevenSecondsIsNamed() {
            ObjectNode doc = with(reps("a-b"), "dose.reps.tempo[1].seconds", 11);

            assertNames(rejected(doc), "dose.reps.tempo[1].seconds", "11 seconds");
        }
    }

    @Nested
    class Steps {
        @Test
        void twoMainStepsAreRefused() {
            assertNames(rejected(with(held("a-b"), "steps[0].main", true)), "steps", "marks 2 steps");
        }

        @Test
        void noMainStepIsRefused() {
            assertNames(rejected(without(held("a-b"), "steps[1].main")), "steps", "marks 0 steps");
        }

        @Test
        void anUnknownPlaceholderIsNamed() {
            ObjectNode doc = with(held("a-b"), "steps[1].cue", "Thread your {foo} arm");

            assertNames(rejected(doc), "steps[1].cue", "'{foo}'", "{side} and {other}");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Kneel on all fours { hands", "Hands } knees", "Slide {side}} under"})
        void aStrayBraceIsNamed(String text) {
            assertNames(rejected(with(held("a-b"), "steps[0].text", text)), "steps[0].text", "'{' or '}'");
        }

        @Test
        void aPlaceholderInATempoCueIsNamed() {
            assertNames(rejected(with(reps("a-b"), "dose.reps.tempo[0].cue", "{side} up")),
                    "dose.reps.tempo[0].cue", "'{side} up'", "braces");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Evil\u001b[2J name", "Ring\u0007 bell", "Null\u0000 byte"})
        void controlCharactersInTextAreRefusedAndNotEchoed(String name) {
            InvalidDataException e = rejected(with(held("a-b"), "name", name));
            assertNames(e, "name", "control character");
            assertThat(e.getMessage()).doesNotContain("\u001b", "\u0007", "\u0000");
        }

        @Test
        void aPlaceholderInAOneSidedExerciseIsNamed() {
            ObjectNode doc = with(with(held("a-b"), "sides", "none"), "steps[0].text", "Kneel down with your {side} hand.");

            assertNames(rejected(doc), "steps[0].text", "'{side}'", "sides: none");
        }
    }

    @Nested
    class Texts {
        @Test
        void aTooLongNameIsNamedWithItsLengthAndStart() {
            String name = "Stretch " + "x".repeat(80);

            assertNames(rejected(with(held("a-b"), "name", name)), "name", "88 characters", name.substring(0, 40));
        }

        @Test
        void aTooShortListEntryIsNamedByItsIndex() {
            ObjectNode doc = with(held("a-b"), "safety", List.of("Stop if it hurts.", "Careful"));

            assertNames(rejected(doc), "safety[1]", "7 characters", "'Careful'");
        }

        @Test
        void anIdThatIsNotASlugIsNamed() {
            assertNames(rejected(with(held("a-b"), "id", "Spine_Twist")), "id", "'Spine_Twist'", "spine-twist");
        }

        @ParameterizedTest
        @ValueSource(strings = {"targets", "places", "counters"})
        void aWordListedTwiceIsNamed(String field) {
            ObjectNode doc = held("a-b");
            String word = doc.get(field).get(0).asText();
            with(doc, field, List.of(word, word));

            assertNames(rejected(doc), field, "'" + word + "' twice");
        }

        @Test
        void nothingButNoneMayBeNeeded() {
            assertNames(rejected(with(held("a-b"), "equipment", List.of("none", "mat"))), "equipment", "'none'");
        }
    }

    @Nested
    class HostileStrings {
        @ParameterizedTest
        @ValueSource(strings = {"<script>alert(1)</script>", "'; DROP TABLE exercises; --", "Robert\"); --",
                "{{7*7}} ${user.home}"})
        void markupAndSqlInANameArePlainText(String name) {
            Exercise e = ExerciseReader.read(FILE, "test", with(held("a-b"), "name", name));

            assertThat(e.name()).isEqualTo(name);
        }

        @ParameterizedTest
        @ValueSource(strings = {"sides", "difficulty", "id", "name", "dose.hold.default", "\u001b[2Jsides"})
        void controlCharactersInABadValueNeverReachTheMessage(String field) {
            String hostile = "\u001b[31mred\u0007\u0000\u009b2J\r\n" + "x".repeat(90);
            ObjectNode doc = field.startsWith("\u001b") ? with(held("a-b"), field, "x") : with(held("a-b"), field, hostile);

            InvalidDataException e = rejected(doc);

            assertThat(e.getMessage()).startsWith(FILE).doesNotContainPattern("\\p{Cntrl}|\u009b");
        }
    }
}
