package io.loosen.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.loosen.catalog.Catalog;
import io.loosen.catalog.CatalogLoader;
import io.loosen.catalog.Exercise;
import io.loosen.catalog.imports.ImportFile;
import io.loosen.routine.Routine;
import io.loosen.routine.RoutineFile;
import io.loosen.routine.RoutineItem;
import io.loosen.routine.Routines;
import io.loosen.system.DataFiles;
import io.loosen.system.Environment;
import io.loosen.system.InvalidDataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Imports into a real SQLite file and a real PostgreSQL database: the real free-exercise-db file, twice;
 * a corrupted copy of it, which changes nothing; and a routine file with the exercises it embeds.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(SessionStoreTest.Backend.class)
@ExtendWith(TestPostgres.Extension.class)
@Timeout(120)
class CatalogImporterTest {
    static final Path REAL_FILE = Path.of("../shared/data/free-exercise-db/exercises.json");
    static final Catalog FILES = new Catalog(CatalogLoader.builtIn(), List.of());
    static final Routines BUILT_IN_ROUTINES = Routines.builtIn(FILES);

    @Parameter
    SessionStoreTest.Backend backend;
    @TempDir
    Path folder;
    Database db;

    @BeforeEach
    void open(TestPostgres postgres) {
        db = Database.open(backend.freshLocation(folder, postgres), Environment.of(folder, Map.of()));
    }

    @AfterEach
    void close() {
        db.close();
    }

    Catalog catalog() {
        return FILES.with(db.exercises().all());
    }

    CatalogImporter.Result run(String text, boolean all) {
        return CatalogImporter.run(db, catalog(), BUILT_IN_ROUTINES, ImportFile.read("exercises.json", text, null, null),
                "exercises.json", all);
    }

    @Test
    void theRealFileTwiceAddsItsStretchesOnce() throws IOException {
        assumeThat(Files.exists(REAL_FILE)).isTrue();
        String text = Files.readString(REAL_FILE);

        CatalogImporter.Result first = run(text, false);
        long revision = db.exercises().revision();
        CatalogImporter.Result second = run(text, false);

        assertThat(first.addedIds()).hasSize(122);
        assertThat(db.exercises().all()).hasSize(122).allMatch(Exercise::review);
        assertThat(second.addedIds()).isEmpty();
        assertThat(second.plan().duplicates()).hasSize(123);
        assertThat(db.exercises().revision()).isEqualTo(revision);
        assertThat(catalog().find("middle-back-stretch")).isPresent();
        assertThat(catalog().require("kneeling-cat-back-stretch").origin()).isEqualTo(CatalogLoader.BUILT_IN);
    }

    @Test
    void aCorruptedCopyIsRejectedWholeNamingTheRecordAndFieldWithNothingChanged() throws IOException {
        assumeThat(Files.exists(REAL_FILE)).isTrue();
        String text = Files.readString(REAL_FILE);
        run(text.substring(0, text.indexOf("\"name\": \"Barbell")) .replaceAll(",\\s*\\{\\s*$", "") + "]", true);
        List<Exercise> before = db.exercises().all();
        long revision = db.exercises().revision();
        String corrupted = text.replaceFirst("\"name\": \"Spinal Stretch\",(\\s*\"force\": \"static\",)\\s*\"level\": \"beginner\"",
                "\"name\": \"Spinal Stretch\",$1 \"level\": 7");
        assertThat(corrupted).isNotEqualTo(text);

        assertThatThrownBy(() -> run(corrupted, true)).isInstanceOf(InvalidDataException.class)
                .hasMessage("exercises.json, record 728 ('Spinal_Stretch'): field 'level' should be text, not a number '7'.");

        assertThat(db.exercises().all()).isEqualTo(before);
        assertThat(db.exercises().revision()).isEqualTo(revision);
    }

    @Test
    void aRoutineFileBringsItsExercisesAndPointsAtOnesAlreadyHere() {
        Exercise twist = FILES.require("spine-twist");
        Exercise own = twist.as("doorway-twist", CatalogLoader.STORED);
        own = new Exercise("doorway-twist", "Doorway twist", List.of(), own.summary(), own.counters(), own.targets(),
                own.positions(), own.places(), own.equipment(), own.sides(), own.dose(), own.steps(), own.feel(),
                own.safety(), own.difficulty(), own.provenance(), CatalogLoader.STORED);
        Routine routine = new Routine("evening", "Evening", "Two twists.", 5, 10,
                List.of(RoutineItem.of("doorway-twist"), RoutineItem.of("spine-twist").withHold(40)));
        String file = DataFiles.yaml(RoutineFile.tree(routine, FILES.with(List.of(own))));
        assertThat(file).contains("includes:").contains("Doorway twist").doesNotContain("Spine Twist\n");

        CatalogImporter.Result result = CatalogImporter.run(db, catalog(), BUILT_IN_ROUTINES,
                ImportFile.read("evening.yaml", file, null, null), "evening.yaml", false);

        assertThat(result.addedIds()).containsExactly("doorway-twist");
        assertThat(result.routines()).containsExactly("evening");
        Routine stored = db.routines().find("evening", catalog()).orElseThrow();
        assertThat(stored.items()).isEqualTo(routine.items());

        CatalogImporter.Result again = CatalogImporter.run(db, catalog(), BUILT_IN_ROUTINES,
                ImportFile.read("evening.yaml", file, null, null), "evening.yaml", false);
        assertThat(again.addedIds()).isEmpty();
        assertThat(again.routinesSkipped()).containsExactly("Evening");
        assertThat(db.routines().all(catalog())).hasSize(1);
    }

    @Test
    void aRoutineThatCannotBeStoredTakesItsExercisesBackOut() {
        Exercise twist = FILES.require("spine-twist");
        Exercise own = new Exercise("doorway-twist", "Doorway twist", List.of(), twist.summary(), twist.counters(),
                twist.targets(), twist.positions(), twist.places(), twist.equipment(), twist.sides(), twist.dose(),
                twist.steps(), twist.feel(), twist.safety(), twist.difficulty(), twist.provenance(),
                CatalogLoader.STORED);
        Routine routine = new Routine("evening", "Evening", "Two twists.", 5, 10,
                List.of(RoutineItem.of("doorway-twist"), RoutineItem.of("spine-twist")));
        String file = DataFiles.yaml(RoutineFile.tree(routine, FILES.with(List.of(own))));
        long revision = db.exercises().revision();
        // The database refuses the routine's row, as a full disk or a dropped connection would, after the
        // exercises went in.
        db.jdbi().useHandle(h -> h.execute(backend == SessionStoreTest.Backend.SQLITE
                ? "create trigger refuse before insert on user_routine begin select raise(abort, 'refused'); end"
                : "alter table user_routine add constraint refuse check (id <> id)"));

        assertThatThrownBy(() -> CatalogImporter.run(db, catalog(), BUILT_IN_ROUTINES,
                ImportFile.read("evening.yaml", file, null, null), "evening.yaml", false))
                .isInstanceOf(RuntimeException.class);

        assertThat(db.exercises().all()).isEmpty();
        assertThat(db.exercises().revision()).isEqualTo(revision);
        assertThat(db.routines().all(catalog())).isEmpty();
    }

    @Test
    void aRoutineFileWithABadExerciseOrItemChangesNothing() {
        String file = """
                name: Broken
                exercises:
                  - exercise: spine-twist
                    hold: 9000
                """;
        assertThatThrownBy(() -> CatalogImporter.run(db, catalog(), BUILT_IN_ROUTINES,
                ImportFile.read("broken.yaml", file, null, null), "broken.yaml", false))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("exercises[0].hold");
        String badInclude = """
                name: Broken too
                exercises:
                  - exercise: spine-twist
                includes:
                  - id: short
                    name: Sh
                """;
        assertThatThrownBy(() -> ImportFile.read("broken.yaml", badInclude, null, null))
                .isInstanceOf(InvalidDataException.class).hasMessageStartingWith("broken.yaml, includes[0]: ");
        assertThat(db.exercises().all()).isEmpty();
        assertThat(db.routines().all(catalog())).isEmpty();
    }
}
