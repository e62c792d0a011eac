package io.loosen.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loosen.catalog.Catalog;
import io.loosen.catalog.CatalogLoader;
import io.loosen.routine.Routine;
import io.loosen.routine.RoutineItem;
import io.loosen.routine.WorkedSides;
import io.loosen.system.Environment;
import io.loosen.system.UserError;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
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
 * The store of the user's routines, run once against a real SQLite file and once against a real PostgreSQL
 * server: the same class, the same SQL, a fresh database for every test.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(SessionStoreTest.Backend.class)
@ExtendWith(TestPostgres.Extension.class)
@Timeout(60)
class RoutineStoreTest {
    private static final Catalog CATALOG = new Catalog(CatalogLoader.builtIn(), List.of());
    private static final Set<String> RESERVED = Set.of("daily", "spine-twist");

    @Parameter
    SessionStoreTest.Backend backend;
    @TempDir
    Path folder;
    Database db;
    RoutineStore store;

    @BeforeEach
    void open(TestPostgres postgres) {
        db = Database.open(backend.freshLocation(folder, postgres), Environment.of(folder, Map.of()));
        store = db.routines();
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Routine draft(String name) {
        return new Routine(null, name, "", 8, 15, List.of(
                new RoutineItem("spine-twist", 40, null, null, 5, WorkedSides.RIGHT),
                new RoutineItem("inverted-row", null, 6, 1, null, null),
                RoutineItem.of("seated-middle-back-stretch")));
    }

    @Test
    void createsWithAnIdFromTheNameAndReadsItBackWhole() {
        Routine created = store.create(draft("Morning reset"), RESERVED);

        assertThat(created.id()).isEqualTo("morning-reset");
        assertThat(created).isEqualTo(draft("Morning reset").withId("morning-reset"));
        assertThat(store.find("morning-reset", CATALOG)).contains(created);
        assertThat(store.all(CATALOG)).containsExactly(created);
        assertThat(store.exists("morning-reset")).isTrue();
    }

    @Test
    void neverTakesAReservedOrStoredId() {
        assertThat(store.create(draft("Daily"), RESERVED).id()).isEqualTo("daily-2");
        assertThat(store.create(draft("Daily"), RESERVED).id()).isEqualTo("daily-3");
        assertThat(store.create(draft("Spine twist"), RESERVED).id()).isEqualTo("spine-twist-2");
        assertThat(store.all(CATALOG)).extracting(Routine::id).containsExactlyInAnyOrder("daily-2", "daily-3",
                "spine-twist-2");
    }

    @Test
    void routinesCreatedAtOnceWithTheSameNameAllGetTheirOwnId() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Routine>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> store.create(draft("Same"), RESERVED)));
            }
            List<String> ids = new ArrayList<>();
            for (Future<Routine> f : futures) {
                ids.add(f.get().id());
            }
            assertThat(ids).doesNotHaveDuplicates().hasSize(8);
            assertThat(store.all(CATALOG)).hasSize(8);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void replacesOnlyWhatIsThere() {
        Routine created = store.create(draft("Before"), RESERVED);
        Routine changed = new Routine(created.id(), "After", "Now with a summary.", 0, 0,
                List.of(RoutineItem.of("egyptian-back-stretch").withSides(WorkedSides.LEFT)));

        assertThat(store.replace(changed)).isTrue();
        assertThat(store.find(created.id(), CATALOG)).contains(changed);
        assertThat(store.replace(changed.withId("not-stored"))).isFalse();
        assertThat(store.exists("not-stored")).isFalse();
        assertThat(store.all(CATALOG)).containsExactly(changed);
    }

    @Test
    void deletesOnce() {
        Routine created = store.create(draft("Gone soon"), RESERVED);

        assertThat(store.delete(created.id())).isTrue();
        assertThat(store.delete(created.id())).isFalse();
        assertThat(store.find(created.id(), CATALOG)).isEmpty();
        assertThat(store.all(CATALOG)).isEmpty();
    }

    @Test
    void listsByNameWhateverTheCase() {
        for (String name : List.of("banana", "Apple", "cherry", "apple pie")) {
            store.create(draft(name), RESERVED);
        }
        assertThat(store.all(CATALOG)).extracting(Routine::name).containsExactly("Apple", "apple pie", "banana", "cherry");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "'; drop table user_routine; --",
        "Robert\"); delete from user_routine where (\"1\"=\"1", ":id :document ? $1", "Ω≈ç√∫ 🙆‍♂️ عربى 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
        "{side} \\\"quoted\\\""})
    void storesHostileAndUnicodeNamesVerbatim(String name) {
        Routine created = store.create(draft(name), RESERVED);

        assertThat(store.find(created.id(), CATALOG).orElseThrow().name()).isEqualTo(name);
        assertThat(created.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
        int rows = db.jdbi().withHandle(h -> h.createQuery("select count(*) from user_routine")
                .mapTo(Integer.class).one());
        assertThat(rows).isOne();
    }

    @Test
    void aRoutineNamingAnExerciseThatIsGoneIsLeftOutButKept() {
        Routine created = store.create(draft("Uses a user exercise"), RESERVED);
        Catalog without = new Catalog(CATALOG.all().stream().filter(e -> !e.id().equals("inverted-row")).toList(),
                List.of());

        assertThat(store.all(without)).isEmpty();
        assertThatThrownBy(() -> store.find(created.id(), without)).isInstanceOf(UserError.class)
                .hasMessageContaining("inverted-row");
        assertThat(store.exists(created.id())).isTrue();
        assertThat(store.all(CATALOG)).containsExactly(created);
    }

    @Test
    void saveUpsertsUnderTheGivenId() {
        Routine r = draft("Imported").withId("imported");
        store.save(r);
        store.save(new Routine("imported", "Imported again", "", 0, 0, List.of(RoutineItem.of("spine-twist"))));
        assertThat(store.all(CATALOG)).extracting(Routine::name).isEqualTo(Collections.singletonList("Imported again"));
    }
}
