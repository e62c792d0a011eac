package io.loosen.routine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import io.loosen.catalog.Catalog;
import io.loosen.catalog.CatalogLoader;
import io.loosen.system.DataFiles;
import io.loosen.system.InvalidDataException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules for the user's own routines, stored or sent to the API, next to the built-in files' rules:
 * per-exercise rest and sides, the optional summary, ids made from names, and copies.
 */
class RoutineRulesTest {
    private static final Catalog CATALOG = new Catalog(CatalogLoader.builtIn(), List.of());

    private static JsonNode tree(String yaml) {
        return DataFiles.parse("test.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static InvalidDataException refusal(Runnable read) {
        Throwable e = catchThrowable(read::run);
        assertThat(e).isInstanceOf(InvalidDataException.class);
        assertThat(e.getMessage()).doesNotContain("\n").endsWith(".");
        return (InvalidDataException) e;
    }

    @Nested
    class RestAndSides {
        @Test
        void areReadWrittenAndReadBackTheSame() {
            Routine r = RoutineReader.read("mine.yaml", tree("""
                    id: mine
                    name: My routine
                    summary: A routine of my own making.
                    rest: 20
                    exercises:
                      - exercise: spine-twist
                        hold: 45
                        sides: left
                        rest: 5
                      - exercise: egyptian-back-stretch
                        sides: both
                      - exercise: inverted-row
                        reps: 4
                        rest: 0
                    """), CATALOG);

            assertThat(r.items()).containsExactly(
                    new RoutineItem("spine-twist", 45, null, null, 5, WorkedSides.LEFT),
                    RoutineItem.of("egyptian-back-stretch"),
                    new RoutineItem("inverted-row", null, 4, null, 0, null));
            assertThat(RoutineReader.read("again", RoutineWriter.tree(r), CATALOG)).isEqualTo(r);
            assertThat(RoutineWriter.tree(r).at("/exercises/0/sides").asText()).isEqualTo("left");
            assertThat(RoutineWriter.tree(r).at("/exercises/1").has("sides")).isFalse();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
                "exercise: seated-middle-back-stretch, sides: left | exercises[0].sides | the Seated Middle Back Stretch, which is done once, not on each side; allowed fields in 'exercises[0]' are exercise, hold, rest.",
                "exercise: inverted-row, sides: both | exercises[0].sides | done once, not on each side",
                "exercise: spine-twist, sides: middle | exercises[0].sides | 'middle', which is not one of both, left, right",
                "exercise: spine-twist, sides: Left | exercises[0].sides | (did you mean 'left'?)",
                "exercise: spine-twist, rest: -1 | exercises[0].rest | -1 seconds, outside the allowed 0–600 seconds",
                "exercise: spine-twist, rest: 601 | exercises[0].rest | 601 seconds",
                "exercise: spine-twist, rest: 'ten' | exercises[0].rest | should be a whole number of seconds, not text 'ten'",
                "exercise: spine-twist, reps: 5 | exercises[0].reps | the Spine Twist, which is held, not repeated; allowed fields in 'exercises[0]' are exercise, hold, rest, sides.",
                "exercise: inverted-row, hold: 30 | exercises[0].hold | the Inverted Row, which is done in repetitions, not held",
                "exercise: spine-twist, side: left | exercises[0].side | unknown field 'exercises[0].side' (did you mean 'sides'?)"})
        void aWrongValueIsNamedWithItsField(String item, String field, String message) {
            InvalidDataException e = refusal(() -> RoutineReader.read("mine.yaml", tree(
                    "id: mine\nname: Mine\nsummary: A routine of my own.\nexercises:\n  - {" + item + "}\n"), CATALOG));
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).startsWith("mine.yaml: ").contains(message);
        }
    }

    @Nested
    class TheUsersOwn {
        @Test
        void needOnlyANameAndExercises() {
            Routine r = RoutineReader.readDraft("routine", tree("name: X\nexercises: [{exercise: spine-twist}]"), CATALOG);
            assertThat(r).isEqualTo(new Routine(null, "X", "", Routine.DEFAULT_PREPARE_SECONDS,
                    Routine.DEFAULT_REST_SECONDS, List.of(RoutineItem.of("spine-twist"))));
        }

        @Test
        void keepAnEmptySummaryWhenStored() {
            Routine r = new Routine("x", "X", "", 0, 0, List.of(RoutineItem.of("spine-twist")));
            assertThat(RoutineReader.readOwn("stored", RoutineWriter.tree(r), CATALOG)).isEqualTo(r);
        }

        @Test
        void builtInFilesStillNeedASummary() {
            JsonNode file = tree("id: xy\nname: Xyz\nexercises: [{exercise: spine-twist}]");
            assertThat(refusal(() -> RoutineReader.read("x.yaml", file, CATALOG)).field()).isEqualTo("summary");
            assertThat(refusal(() -> RoutineReader.read("x.yaml", tree(
                    "id: xy\nname: X\nsummary: Long enough here.\nexercises: [{exercise: spine-twist}]"), CATALOG))
                    .getMessage()).contains("'name'", "3–80");
        }

        @Test
        void aDraftMayNotChooseItsId() {
            InvalidDataException e = refusal(() -> RoutineReader.readDraft("routine",
                    tree("id: daily\nname: Mine\nexercises: [{exercise: spine-twist}]"), CATALOG));
            assertThat(e.field()).isEqualTo("id");
            assertThat(e.getMessage()).isEqualTo("routine: field 'id' cannot be set: a new routine's id is made"
                    + " from its name, and an existing routine keeps the id in its address.");
        }

        @Test
        void aStoredRoutineNeedsItsId() {
            assertThat(refusal(() -> RoutineReader.readOwn("stored",
                    tree("name: Mine\nexercises: [{exercise: spine-twist}]"), CATALOG)).field()).isEqualTo("id");
        }

        @Test
        void namesAreOneToEightyCharactersAfterTrimming() {
            assertThat(RoutineReader.readDraft("r", tree("name: '  🙂  '\nexercises: [{exercise: spine-twist}]"),
                    CATALOG).name()).isEqualTo("🙂");
            assertThat(RoutineReader.readDraft("r", tree("name: '" + "é".repeat(80)
                    + "'\nexercises: [{exercise: spine-twist}]"), CATALOG).name()).hasSize(80);
            assertThat(refusal(() -> RoutineReader.readDraft("r", tree("name: '" + "é".repeat(81)
                    + "'\nexercises: [{exercise: spine-twist}]"), CATALOG)).field()).isEqualTo("name");
            assertThat(refusal(() -> RoutineReader.readDraft("r", tree("name: '   '\nexercises: [{exercise: spine-twist}]"),
                    CATALOG)).field()).isEqualTo("name");
        }

        @Test
        void hostileTextIsKeptAsItIs() {
            String name = "<script>alert(1)</script>'; drop table user_routine; --";
            Routine r = new Routine("x", name, "\"<b>\" & {side}", 0, 0, List.of(RoutineItem.of("spine-twist")));
            assertThat(RoutineReader.readOwn("stored", RoutineWriter.tree(r), CATALOG)).isEqualTo(r);
        }
    }

    @Nested
    class Ids {
        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
                "Morning reset | morning-reset",
                "  Évening   Unwind!!  | evening-unwind",
                "<script>alert(1)</script> | script-alert-1-script",
                "'; drop table user_routine; -- | drop-table-user-routine",
                "Daily loosen-up (copy) | daily-loosen-up-copy",
                "Straße 2 | stra-e-2",
                "🙂 | routine",
                "--- | routine"})
        void areMadeFromTheName(String name, String id) {
            assertThat(RoutineIds.slug(name)).isEqualTo(id);
        }

        @Test
        void areAtMostFiftyCharactersAndNeverEndInAHyphen() {
            String id = RoutineIds.slug("word ".repeat(30));
            assertThat(id).hasSizeLessThanOrEqualTo(50).doesNotEndWith("-").startsWith("word-word");
        }

        @Test
        void skipWhatIsTaken() {
            assertThat(RoutineIds.unique("Daily", Set.of("daily")::contains)).isEqualTo("daily-2");
            assertThat(RoutineIds.unique("Daily", Set.of("daily", "daily-2", "daily-3")::contains)).isEqualTo("daily-4");
            assertThat(RoutineIds.unique("Fresh", Set.of("daily")::contains)).isEqualTo("fresh");
        }
    }

    @Nested
    class Copies {
        @Test
        void areNamedAsCopiesWithoutAnId() {
            Routine daily = Routines.builtIn(CATALOG).require("daily");
            Routine copy = daily.copy();
            assertThat(copy.id()).isNull();
            assertThat(copy.name()).isEqualTo("Daily loosen-up (copy)");
            assertThat(copy.items()).isEqualTo(daily.items());
            assertThat(copy.withId("mine")).isEqualTo(new Routine("mine", "Daily loosen-up (copy)", daily.summary(),
                    daily.prepare(), daily.rest(), daily.items()));
        }

        @Test
        void ofALongNameStayWithinEightyCharacters() {
            String name = "🙂".repeat(80);
            String copied = new Routine("x", name, "", 0, 0, List.of(RoutineItem.of("spine-twist"))).copy().name();
            assertThat(copied.codePointCount(0, copied.length())).isEqualTo(80);
            assertThat(copied).endsWith(" (copy)").startsWith("🙂".repeat(73));
        }
    }

    @Test
    void theExampleRoutineInTheDocsIsAccepted() throws java.io.IOException {
        String docs = java.nio.file.Files.readString(java.nio.file.Path.of("docs/catalog.md"));
        java.util.regex.Matcher yaml = java.util.regex.Pattern.compile("my-routine\\.yaml`.*?```yaml\\n(.*?)```",
                java.util.regex.Pattern.DOTALL).matcher(docs);
        assertThat(yaml.find()).as("the routine example in docs/catalog.md").isTrue();
        Routine r = RoutineReader.read("my-routine.yaml", tree(yaml.group(1)), CATALOG);
        assertThat(r.items()).hasSize(3);
        assertThat(r.items().get(0)).isEqualTo(new RoutineItem("spine-twist", 45, null, null, 30, WorkedSides.RIGHT));
        assertThat(RoutineIds.slug("Évening Unwind!")).isEqualTo("evening-unwind");
    }
}
