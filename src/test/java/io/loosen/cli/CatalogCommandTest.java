package io.loosen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.loosen.system.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code loosen catalog import} and {@code export}, run as a user would, and their one-sentence refusals. */
class CatalogCommandTest {
    @TempDir
    Path home;

    static final Path WGER = Path.of("src/test/resources/imports/wger-exerciseinfo.json");

    @Test
    void importsAWgerFileAndTheExercisesAreInTheCatalogEverywhere() {
        CliRun cli = CliRun.in(home);

        CliRun.Result first = cli.run("catalog", "import", WGER.toString(), "--all");

        assertThat(first.exitCode()).as(first.toString()).isEqualTo(ExitCode.OK);
        assertThat(first.outLines()).containsExactly(
                "Read 4 exercises from wger-exerciseinfo.json (wger).",
                "Added 3 exercises to your catalog, marked \"imported — review the dose\".",
                "Skipped 1 that could not be used:",
                "  results[3] (id 1004) has no text in wger's language 2.");
        assertThat(cli.run("exercises").out()).contains("neck-and-upper-back-stretch", "seated-dumbbell-curl");
        CliRun.Result show = cli.run("show", "lying-hamstring-stretch");
        assertThat(show.out()).contains("Imported — review the dose", "Made or imported in the app",
                "licence CC-BY 4");

        CliRun.Result again = cli.run("catalog", "import", WGER.toString(), "--from", "wger", "--all");
        assertThat(again.outLines()).contains("Added 0 exercises to your catalog.", "Skipped 3 already in the catalog:");
    }

    @Test
    void onlyStretchesUnlessAll() {
        CliRun.Result result = CliRun.in(home).run("catalog", "import", WGER.toString());
        assertThat(result.outLines()).contains("Added 2 exercises to your catalog, marked \"imported — review the dose\".",
                "Skipped 1 that are not stretches (--all takes them too).");
    }

    @Test
    void exportsAnExerciseThatImportsElsewhereAsTheSameExercise() throws IOException {
        CliRun here = CliRun.in(home.resolve("here"));
        here.run("catalog", "import", WGER.toString());
        Path file = home.resolve("neck.yaml");

        CliRun.Result export = here.run("catalog", "export", "neck-and-upper-back-stretch", "--output", file.toString());

        assertThat(export.err()).contains("exported neck-and-upper-back-stretch to " + file);
        CliRun elsewhere = CliRun.in(home.resolve("elsewhere"));
        assertThat(elsewhere.run("catalog", "import", file.toString()).outLines())
                .contains("Added 1 exercise to your catalog, marked \"imported — review the dose\".");
        assertThat(elsewhere.run("show", "neck-and-upper-back-stretch", "--json").out())
                .isEqualTo(here.run("show", "neck-and-upper-back-stretch", "--json").out());
        assertThat(here.run("catalog", "export").out()).startsWith("- id: lying-hamstring-stretch")
                .contains("- id: neck-and-upper-back-stretch");
        assertThat(here.run("catalog", "export", "daily").out()).startsWith("id: daily").doesNotContain("includes");
    }

    @Test
    void mistakesGetOneSentenceAndChangeNothing() throws IOException {
        CliRun cli = CliRun.in(home);
        CliRun.Result missing = cli.run("catalog", "import", home.resolve("nope.json").toString());
        assertThat(missing.exitCode()).isNotEqualTo(ExitCode.OK);
        assertThat(missing.errLines()).containsExactly("loosen: There is no file " + home.resolve("nope.json") + " to import.");

        Path broken = Files.writeString(home.resolve("broken.json"), Files.readString(WGER)
                .replace("\"Biceps brachii\", \"name_en\": \"Biceps\"", "\"Musculus novus\", \"name_en\": \"\""));
        CliRun.Result bad = cli.run("catalog", "import", broken.toString(), "--all");
        assertThat(bad.exitCode()).isNotEqualTo(ExitCode.OK);
        assertThat(bad.errLines()).hasSize(1);
        assertThat(bad.err()).startsWith("loosen: broken.json, results[2] (id 1003): field 'muscles[0].name' has"
                + " 'Musculus novus'");

        CliRun.Result wrongFormat = cli.run("catalog", "import", WGER.toString(), "--from", "workrave");
        assertThat(wrongFormat.err()).contains("not valid XML");
        CliRun.Result unknownFormat = cli.run("catalog", "import", WGER.toString(), "--from", "wgerr");
        assertThat(unknownFormat.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(unknownFormat.err()).contains("did you mean 'wger'?");
        assertThat(cli.run("catalog", "export", "nothing-like-this").err()).contains("no routine or exercise 'nothing-like-this'");
        assertThat(cli.run("exercises").outLines()).hasSize(9);
    }
}
