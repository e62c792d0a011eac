package io.loosen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The listing and reading commands, run for real in-process in an empty home: what they print and return.
 * Mistakes are in {@link CliErrorsTest}, help and version in {@link CliHelpTest}.
 */
class CliTest {
    static final List<String> BUILT_IN_IDS = List.of("egyptian-back-stretch", "inverted-row-stretch", "inverted-row",
            "kneeling-cat-back-stretch", "pull-up-bar-hang", "seated-middle-back-stretch", "spine-twist",
            "standing-pole-stretch");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    @TempDir
    Path home;
    CliRun loosen;

    @BeforeEach
    void user() {
        loosen = CliRun.in(home);
    }

    CliRun.Result ok(String... args) {
        CliRun.Result result = loosen.run(args);
        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.err()).as("%s", result).isEmpty();
        return result;
    }

    JsonNode json(String... args) throws Exception {
        return JSON.readTree(ok(args).out());
    }

    /** The first column of a table, without the header row. */
    static List<String> firstColumn(CliRun.Result result) {
        return result.outLines().stream().skip(1).map(line -> line.split("\\s+")[0]).toList();
    }

    static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    @Nested
    class Exercises {
        @Test
        void listsEveryBuiltInExerciseInATable() {
            CliRun.Result result = ok("exercises");

            assertThat(result.outLines().get(0)).startsWith("ID").contains("NAME", "WHERE", "POSITION", "DOSE");
            assertThat(firstColumn(result)).containsExactlyInAnyOrderElementsOf(BUILT_IN_IDS);
            assertThat(result.out()).contains("hold 20 s each side", "2 × 8 reps", "(or as long as you like)");
        }

        @ParameterizedTest(name = "{0} {1}")
        @CsvSource({"--place, desk, places", "--place, floor, places", "--place, anywhere, places",
            "--equipment, pull-up-bar, equipment", "--equipment, none, equipment", "--position, lying, positions",
            "--position, standing, positions"})
        void filterKeepsExactlyTheExercisesThatMatch(String option, String value, String field) throws Exception {
            List<String> expected = new ArrayList<>();
            for (JsonNode e : json("exercises", "--json")) {
                List<String> words = texts(e.get(field));
                boolean anywhereCounts = option.equals("--place");
                if (words.contains(value) || anywhereCounts && words.contains("anywhere")) {
                    expected.add(e.get("id").asText());
                }
            }

            assertThat(firstColumn(ok("exercises", option, value))).containsExactlyInAnyOrderElementsOf(expected);
        }

        @Test
        void anExerciseForAnywhereMatchesEveryPlace() {
            assertThat(firstColumn(ok("exercises", "--place", "desk")))
                    .contains("seated-middle-back-stretch", "egyptian-back-stretch", "inverted-row-stretch")
                    .doesNotContain("spine-twist", "pull-up-bar-hang", "kneeling-cat-back-stretch");
            assertThat(firstColumn(ok("exercises", "--place", "floor")))
                    .contains("spine-twist", "kneeling-cat-back-stretch", "inverted-row-stretch",
                            "seated-middle-back-stretch")
                    .doesNotContain("pull-up-bar-hang", "inverted-row");
        }

        @Test
        void filtersCombineAndSaySoWhenNothingMatches() {
            assertThat(firstColumn(ok("exercises", "--place", "bar", "--equipment", "pull-up-bar")))
                    .containsExactly("pull-up-bar-hang");
            assertThat(ok("exercises", "--position", "lying", "--equipment", "pull-up-bar").out())
                    .isEqualToIgnoringNewLines("No exercise matches those filters.");
        }

        @Test
        void jsonHasKebabCaseWordsAndTheDoseByKind() throws Exception {
            JsonNode all = json("exercises", "--json");

            assertThat(all.isArray()).isTrue();
            assertThat(ids(all)).containsExactlyInAnyOrderElementsOf(BUILT_IN_IDS);
            for (JsonNode e : all) {
                for (String field : List.of("counters", "targets", "positions", "places", "equipment")) {
                    assertThat(texts(e.get(field))).as("%s.%s", e.get("id"), field).isNotEmpty()
                            .allMatch(word -> word.matches(SLUG));
                }
                assertThat(e.get("sides").asText()).matches("none|both");
                assertThat(e.get("difficulty").asText()).matches(SLUG);
                assertThat(e.get("dose").fieldNames()).toIterable().hasSize(1).containsAnyOf("hold", "reps");
            }
            JsonNode spineTwist = byId(all, "spine-twist");
            assertThat(spineTwist.get("dose")).isEqualTo(JSON.readTree(
                    "{\"hold\":{\"default\":30,\"min\":10,\"max\":120,\"free\":false}}"));
            assertThat(texts(byId(all, "pull-up-bar-hang").get("equipment"))).containsExactly("pull-up-bar");
            assertThat(texts(byId(all, "egyptian-back-stretch").get("counters")))
                    .containsExactly("poor-posture", "static-position");
            assertThat(byId(all, "inverted-row").at("/dose/reps/count").asInt()).isEqualTo(8);
        }
    }

    static List<String> ids(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(e -> e.get("id").asText()).toList();
    }

    static JsonNode byId(JsonNode array, String id) {
        return StreamSupport.stream(array.spliterator(), false).filter(e -> e.get("id").asText().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no " + id + " in " + array));
    }

    @Nested
    class Show {
        @Test
        void printsTheStepsForTheLeftSideWhatToFeelAndSafety() {
            String out = ok("show", "spine-twist").out();

            assertThat(out).startsWith("Spine Twist  (spine-twist)")
                    .contains("Steps (left side shown)", "  1. Lie on your back", "  3. Let your bent left knee",
                            "Bend your left knee", "beside your right", "on your right side", "(hold 30 s)")
                    .contains("What you should feel", "A stretch spreading through your hips")
                    .contains("Safety", "  • Stop straight away")
                    .doesNotContain("{side}", "{other}");
        }

        @ParameterizedTest
        @ValueSource(strings = {"egyptian-back-stretch", "standing-pole-stretch", "seated-middle-back-stretch",
            "inverted-row"})
        void neverShowsAPlaceholder(String id) {
            assertThat(ok("show", id).out()).contains("Steps", "Safety").doesNotContain("{side}", "{other}", "{");
        }

        @Test
        void jsonIsTheWholeExercise() throws Exception {
            JsonNode e = json("show", "egyptian-back-stretch", "--json");

            assertThat(e.get("id").asText()).isEqualTo("egyptian-back-stretch");
            assertThat(e.get("name").asText()).isEqualTo("Egyptian Back Stretch");
            assertThat(e.at("/dose/hold/default").asInt()).isEqualTo(20);
            assertThat(e.get("steps")).hasSize(4);
            assertThat(e.get("safety").size()).isPositive();
            assertThat(e.get("sides").asText()).isEqualTo("both");
        }
    }

    @Nested
    class RoutinesAndTimelines {
        @Test
        void routinesListsEachWithItsLength() throws Exception {
            CliRun.Result result = ok("routines");
            long dailyMs = lastStart(json("timeline", "daily", "--json"));
            long deskMs = lastStart(json("timeline", "desk-break", "--json"));

            assertThat(result.outLines().get(0)).startsWith("ID").contains("NAME", "LENGTH", "EXERCISES");
            assertThat(firstColumn(result)).containsExactly("daily", "desk-break");
            assertThat(result.outLines()).anySatisfy(line -> assertThat(line).startsWith("daily")
                    .contains("Daily loosen-up", Text.clock(dailyMs), "Spine Twist"));
            assertThat(result.outLines()).anySatisfy(line -> assertThat(line).startsWith("desk-break")
                    .contains("Desk break", Text.clock(deskMs), "Egyptian Back Stretch"));
        }

        @Test
        void routinesJsonHasTheTotalInSeconds() throws Exception {
            JsonNode routines = json("routines", "--json");

            assertThat(ids(routines)).containsExactly("daily", "desk-break");
            assertThat(byId(routines, "daily").get("totalSeconds").asLong())
                    .isEqualTo(lastStart(json("timeline", "daily", "--json")) / 1000);
            assertThat(byId(routines, "desk-break").at("/routine/items")).hasSize(2);
        }

        @Test
        void timelineTableHasARowPerSegmentEndingInDone() throws Exception {
            List<String> lines = ok("timeline", "daily").outLines();
            JsonNode segments = json("timeline", "daily", "--json").get("segments");

            assertThat(lines.get(0)).isEqualTo("Daily loosen-up · 5:00 · 3 exercises");
            assertThat(lines.get(1)).startsWith("START").contains("LENGTH", "KIND", "EXERCISE", "SIDE", "WHAT");
            assertThat(lines).hasSize(2 + segments.size());
            assertThat(lines.get(2)).startsWith("0:00").contains("prepare", "Seated Middle Back Stretch");
            assertThat(lines.get(lines.size() - 1)).contains("done", "Done: Session complete.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"daily", "desk-break", "spine-twist", "inverted-row"})
        void timelineJsonSegmentsAreContiguousAndEndInDone(String id) throws Exception {
            JsonNode segments = json("timeline", id, "--json").get("segments");

            for (int i = 1; i < segments.size(); i++) {
                JsonNode before = segments.get(i - 1);
                assertThat(segments.get(i).get("startMs").asLong()).as("segment %d", i)
                        .isEqualTo(before.get("startMs").asLong() + before.get("durationMs").asLong());
            }
            assertThat(segments.get(0).get("startMs").asLong()).isZero();
            JsonNode last = segments.get(segments.size() - 1);
            assertThat(last.get("kind").asText()).isEqualTo("done");
            assertThat(last.get("durationMs").asLong()).isZero();
        }

        @Test
        void anExerciseIdPlaysAsARoutineOfItsOwn() throws Exception {
            List<String> lines = ok("timeline", "spine-twist").outLines();
            JsonNode timeline = json("timeline", "spine-twist", "--json");

            assertThat(lines.get(0)).startsWith("Spine Twist · ").endsWith(" · 1 exercise");
            assertThat(lines).anySatisfy(l -> assertThat(l).contains("hold", "left"))
                    .anySatisfy(l -> assertThat(l).contains("switch-sides", "right"))
                    .anySatisfy(l -> assertThat(l).contains("hold", "right"));
            assertThat(timeline.get("routineId").asText()).isEqualTo("spine-twist");
            assertThat(timeline.get("exercises").asInt()).isEqualTo(1);
            assertThat(timeline.get("segments").findValuesAsText("exerciseId")).containsOnly("spine-twist");
        }
    }

    static long lastStart(JsonNode timeline) {
        JsonNode segments = timeline.get("segments");
        return segments.get(segments.size() - 1).get("startMs").asLong();
    }
}
