package io.loosen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.loosen.catalog.Catalog;
import io.loosen.catalog.CatalogLoader;
import io.loosen.routine.Routine;
import io.loosen.routine.RoutineItem;
import io.loosen.store.Database;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A routine made in the web app is listed and played by the command line too. */
class UserRoutinesCliTest {
    @TempDir
    Path home;
    CliRun loosen;

    @BeforeEach
    void makeARoutineAsTheWebAppWould() {
        loosen = CliRun.in(home);
        Catalog catalog = CatalogLoader.load(loosen.userExercises());
        try (Database db = Database.open(null, loosen.environment())) {
            db.routines().save(new Routine("lunch-twist", "Lunch <twist>", "", 5, 10,
                    List.of(RoutineItem.of("spine-twist"), RoutineItem.of("egyptian-back-stretch"))));
        }
        assertThat(catalog.find("spine-twist")).isPresent();
    }

    @Test
    void routinesListsItAfterTheBuiltInOnes() {
        CliRun.Result result = loosen.run("routines");
        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String> lines = result.out().lines().toList();
        assertThat(lines.get(lines.size() - 1)).startsWith("lunch-twist").contains("Lunch <twist>");
        assertThat(loosen.run("routines", "--json").out()).contains("\"builtIn\" : false");
    }

    @Test
    void timelineAndSessionFindIt() {
        CliRun.Result timeline = loosen.run("timeline", "lunch-twist");
        assertThat(timeline.exitCode()).as(timeline.err()).isZero();
        assertThat(timeline.out()).contains("Spine Twist").contains("Egyptian Back Stretch");
        CliRun.Result typo = loosen.run("timeline", "lunch-twits");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("lunch-twist");
    }
}
