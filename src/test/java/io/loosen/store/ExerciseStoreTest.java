package io.loosen.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.loosen.catalog.CatalogLoader;
import io.loosen.catalog.Exercise;
import io.loosen.system.Environment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The store of the user's exercises, run once against a real SQLite file and once against a real PostgreSQL
 * server: the same class, the same SQL, a fresh database for every test.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(SessionStoreTest.Backend.class)
@ExtendWith(TestPostgres.Extension.class)
@Timeout(60)
class ExerciseStoreTest {
    private static final Exercise TWIST = CatalogLoader.builtIn().stream()
            .filter(e -> e.id().equals("spine-twist")).findFirst().orElseThrow();
    private static final Exercise ROW = CatalogLoader.builtIn().stream()
            .filter(e -> e.id().equals("inverted-row")).findFirst().orElseThrow();
    private static final Set<String> RESERVED = Set.of("spine-twist", "daily");

    @Parameter
    SessionStoreTest.Backend backend;
    @TempDir
    Path folder;
    Database db;
    ExerciseStore store;

    @BeforeEach
    void open(TestPostgres postgres) {
        db = Database.open(backend.freshLocation(folder, postgres), Environment.of(folder, Map.of()));
        store = db.exercises();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void createsWithAnIdFromTheNameAndReadsItBackWhole() {
        Exercise created = store.create(TWIST, RESERVED::contains);

        assertThat(created.id()).isEqualTo("spine-twist-2");
        assertThat(created.origin()).isEqualTo(CatalogLoader.STORED);
        assertThat(created).isEqualTo(TWIST.as("spine-twist-2", CatalogLoader.STORED));
        assertThat(store.find("spine-twist-2")).contains(created);
        assertThat(store.all()).containsExactly(created);
        assertThat(created.figure()).isEqualTo(TWIST.figure());
    }

    @Test
    void everyChangeCountsUpTheRevisionAndAFailedOneDoesNot() {
        long start = store.revision();
        Exercise created = store.create(ROW, RESERVED::contains);
        assertThat(store.revision()).isEqualTo(start + 1);
        assertThat(store.replace(created)).isTrue();
        assertThat(store.revision()).isEqualTo(start + 2);
        assertThat(store.replace(created.as("not-stored", CatalogLoader.STORED))).isFalse();
        assertThat(store.delete("not-stored")).isFalse();
        assertThat(store.revision()).isEqualTo(start + 2);
        assertThat(store.delete(created.id())).isTrue();
        assertThat(store.delete(created.id())).isFalse();
        assertThat(store.revision()).isEqualTo(start + 3);
        assertThat(store.snapshot()).isEqualTo(new ExerciseStore.Snapshot(start + 3, List.of()));
    }

    @Test
    void insertsAllOrNothing() {
        Exercise a = ROW.as("row-a", CatalogLoader.STORED);
        Exercise b = ROW.as("row-b", CatalogLoader.STORED);
        assertThat(store.insertAll(List.of(a))).isTrue();
        long revision = store.revision();

        assertThat(store.insertAll(List.of(b, a))).isFalse();

        assertThat(store.all()).containsExactly(a);
        assertThat(store.revision()).isEqualTo(revision);
        assertThat(store.insertAll(List.of(b))).isTrue();
        assertThat(store.all()).containsExactly(a, b);
    }

    @Test
    void exercisesCreatedAtOnceWithTheSameNameAllGetTheirOwnId() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Exercise>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> store.create(ROW, RESERVED::contains)));
            }
            List<String> ids = new ArrayList<>();
            for (Future<Exercise> f : futures) {
                ids.add(f.get().id());
            }
            assertThat(ids).doesNotHaveDuplicates().hasSize(8).contains("inverted-row");
            assertThat(store.all()).hasSize(8);
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "'; drop table exercise; --",
        "Robert\"); delete from exercise where (\"1\"=\"1", ":id :document ? $1", "Ω≈ç√∫ 🙆‍♂️ عربى 𝔘𝔫𝔦𝔠𝔬𝔡𝔢"})
    void storesHostileAndUnicodeNamesVerbatim(String name) {
        Exercise hostile = new Exercise(null, name, List.of(), ROW.summary(), ROW.counters(), ROW.targets(),
                ROW.positions(), ROW.places(), ROW.equipment(), ROW.sides(), ROW.dose(), ROW.steps(), ROW.feel(),
                ROW.safety(), ROW.difficulty(), ROW.provenance(), CatalogLoader.STORED);
        Exercise created = store.create(hostile, RESERVED::contains);

        assertThat(store.find(created.id()).orElseThrow().name()).isEqualTo(name);
        assertThat(created.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
        int rows = db.jdbi().withHandle(h -> h.createQuery("select count(*) from exercise").mapTo(Integer.class).one());
        assertThat(rows).isOne();
    }

    @Test
    void aStoredDocumentThatNoLongerReadsIsLeftOutButKept() {
        Exercise kept = store.create(ROW, RESERVED::contains);
        db.jdbi().useHandle(h -> h.execute("insert into exercise (id, document, updated_at) values ('broken', "
                + "'{\"id\": \"broken\", \"name\": \"Broken\"}', 0)"));

        assertThat(store.all()).containsExactly(kept);
        int rows = db.jdbi().withHandle(h -> h.createQuery("select count(*) from exercise").mapTo(Integer.class).one());
        assertThat(rows).isEqualTo(2);
    }
}
