package io.loosen.catalog;

import static io.loosen.catalog.ExerciseDocs.held;
import static io.loosen.catalog.ExerciseDocs.reps;
import static io.loosen.catalog.ExerciseDocs.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.loosen.system.Environment;
import io.loosen.system.UserError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The built-in exercises plus the user's own files, where one bad file never hides the rest. */
class CatalogLoaderTest {
    private static final List<String> BUILT_IN_IDS = CatalogLoader.builtIn().stream().map(Exercise::id).toList();

    @TempDir
    Path config;
    Path exercises;

    @BeforeEach
    void createExercisesFolder() throws IOException {
        exercises = Files.createDirectories(config.resolve("loosen/exercises"));
    }

    private Path write(String fileName, String content) throws IOException {
        return Files.writeString(exercises.resolve(fileName), content);
    }

    private Catalog load() {
        return CatalogLoader.load(exercises);
    }

    @Test
    void userFilesInYamlYmlAndJsonJoinTheBuiltInOnes() throws IOException {
        Path yaml = write("thread-the-needle.yaml", ExerciseDocs.yaml(held("thread-the-needle")));
        write("wall-slide.yml", ExerciseDocs.yaml(reps("wall-slide")));
        write("doorway-reach.json", ExerciseDocs.json(held("doorway-reach")));

        Catalog catalog = load();

        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.all()).extracting(Exercise::id)
                .containsAll(BUILT_IN_IDS)
                .contains("thread-the-needle", "wall-slide", "doorway-reach")
                .hasSize(BUILT_IN_IDS.size() + 3);
        assertThat(catalog.require("thread-the-needle").origin()).isEqualTo(yaml.toString());
        assertThat(catalog.require("spine-twist").origin()).isEqualTo(CatalogLoader.BUILT_IN);
    }

    @Test
    void aBadUserFileIsReportedAndSkippedWhileTheRestLoad() throws IOException {
        write("a-good.yaml", ExerciseDocs.yaml(held("a-good")));
        write("b-bad.yaml", ExerciseDocs.yaml(with(held("b-bad"), "dose.hold.max", 10800)));
        write("c-good.json", ExerciseDocs.json(reps("c-good")));

        Catalog catalog = load();

        assertThat(catalog.problems()).singleElement().asString()
                .startsWith(exercises.resolve("b-bad.yaml").toString())
                .contains("'dose.hold.max'", "10800");
        assertThat(catalog.find("b-bad")).isEmpty();
        assertThat(catalog.all()).extracting(Exercise::id).containsAll(BUILT_IN_IDS).contains("a-good", "c-good");
    }

    @Test
    void aHostileFileNameCannotSendTerminalControlCodes() throws IOException {
        write("evil\u001b[2J\u001b]0;pwned\u0007.yaml", "not: [valid");

        assertThat(load().problems()).singleElement().asString()
                .doesNotContain("\u001b", "\u0007")
                .contains("evil?[2J?]0;pwned?.yaml");
    }

    @Test
    void everyBadFileGetsItsOwnProblemInFileOrder() throws IOException {
        write("one.yaml", "not: [valid");
        write("two.yml", "");
        write("three.json", "[1, 2, 3]");

        assertThat(load().problems()).satisfiesExactly(
                p -> assertThat(p).startsWith(exercises.resolve("one.yaml").toString()).contains("not valid YAML"),
                p -> assertThat(p).startsWith(exercises.resolve("three.json").toString()).contains("a list"),
                p -> assertThat(p).startsWith(exercises.resolve("two.yml").toString()).contains("empty"));
    }

    @Test
    void aUserFileReusingABuiltInIdIsSkippedNamingBothFiles() throws IOException {
        Path mine = write("my-twist.yaml", ExerciseDocs.yaml(held("spine-twist")));

        Catalog catalog = load();

        assertThat(catalog.problems()).singleElement().asString()
                .contains(mine.toString(), "catalog/spine-twist.yaml", "'spine-twist'");
        assertThat(catalog.require("spine-twist").origin()).isEqualTo(CatalogLoader.BUILT_IN);
    }

    @Test
    void twoUserFilesWithOneIdKeepTheFirstAndNameIt() throws IOException {
        Path first = write("a.yaml", ExerciseDocs.yaml(held("my-stretch")));
        Path second = write("b.yaml", ExerciseDocs.yaml(with(held("my-stretch"), "name", "Another One")));

        Catalog catalog = load();

        assertThat(catalog.problems()).singleElement().asString().contains(second.toString(), first.toString());
        assertThat(catalog.require("my-stretch").name()).isEqualTo("Thread the Needle");
    }

    @Test
    void filesThatAreNotExerciseDataAreIgnored() throws IOException {
        write("README.txt", "My own stretches live here.");
        write("notes.md", "- id: nope");
        write("backup.yaml~", "garbage: [");
        Files.createDirectories(exercises.resolve("folder.yaml"));

        Catalog catalog = load();

        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.all()).extracting(Exercise::id).containsExactlyElementsOf(BUILT_IN_IDS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"missing", "missing/deeper"})
    void aMissingFolderMeansOnlyTheBuiltInExercises(String folder) {
        Catalog catalog = CatalogLoader.load(config.resolve(folder));

        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.all()).extracting(Exercise::id).containsExactlyElementsOf(BUILT_IN_IDS);
    }

    @Nested
    class UserExercisesFolder {
        private final Path home = Path.of("/home/someone");

        @Test
        void followsXdgConfigHome() {
            Environment env = Environment.of(home, Map.of("XDG_CONFIG_HOME", "/etc/xdg-config"));

            assertThat(env.userExercisesDir()).isEqualTo(Path.of("/etc/xdg-config/loosen/exercises"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"relative/config", "", "   "})
        void ignoresARelativeOrBlankXdgConfigHome(String value) {
            Environment env = Environment.of(home, Map.of("XDG_CONFIG_HOME", value));

            assertThat(env.userExercisesDir()).isEqualTo(home.resolve(".config/loosen/exercises"));
        }

        @Test
        void defaultsToTheConfigFolderInHome() {
            assertThat(Environment.of(home, Map.of()).userExercisesDir())
                    .isEqualTo(Path.of("/home/someone/.config/loosen/exercises"));
        }

        @Test
        void isWhereTheLoaderFindsTheUsersFiles() throws IOException {
            write("thread-the-needle.yaml", ExerciseDocs.yaml(held("thread-the-needle")));
            Environment env = Environment.of(home, Map.of("XDG_CONFIG_HOME", config.toString()));

            assertThat(CatalogLoader.load(env.userExercisesDir()).find("thread-the-needle")).isPresent();
        }
    }

    @Nested
    class Require {
        private final Catalog catalog = new Catalog(CatalogLoader.builtIn(), List.of());

        @ParameterizedTest
        @CsvSource({"spine-twst, spine-twist", "invrted-row, inverted-row",
                "egyptian, egyptian-back-stretch", "egyptan, egyptian-back-stretch", "kneeling-cat, kneeling-cat-back-stretch",
                "pull-up-bar-hangs, pull-up-bar-hang", "Spine-Twist, spine-twist"})
        void aNearMissSuggestsTheClosestId(String typed, String suggested) {
            assertThatExceptionOfType(UserError.class).isThrownBy(() -> catalog.require(typed))
                    .withMessageStartingWith("There is no exercise '" + typed + "'")
                    .withMessageEndingWith("did you mean '" + suggested + "'?");
        }

        @Test
        void aFarMissPointsToTheList() {
            assertThatExceptionOfType(UserError.class).isThrownBy(() -> catalog.require("headstand"))
                    .withMessage("There is no exercise 'headstand'; 'loosen exercises' lists them all.");
        }

        @Test
        void aKnownIdIsFound() {
            assertThat(catalog.require("egyptian-back-stretch").name()).isEqualTo("Egyptian Back Stretch");
        }
    }
}
