package io.loosen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code loosen plan}, run in-process in a home folder of its own. */
@Timeout(60)
class PlanCommandTest {
    @TempDir
    Path home;
    CliRun loosen;

    @BeforeEach
    void user() {
        loosen = CliRun.in(home);
    }

    /** Like {@link CliRun#run}, with {@code plan} added should {@code loosen} not list it yet. */
    CliRun.Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter o = new PrintWriter(out, true);
        PrintWriter e = new PrintWriter(err, true);
        CommandLine cli = LoosenCommand.commandLine(loosen.environment(), o, e);
        if (!cli.getSubcommands().containsKey("plan")) {
            cli.addSubcommand(new PlanCommand());
            cli.setOut(o).setErr(e);
        }
        int exitCode = cli.execute(args);
        return new CliRun.Result(exitCode, out.toString(), err.toString());
    }

    @Test
    void printsAnOrderedPlanWithReasonsAndTheTotal() {
        CliRun.Result result = run("plan", "--minutes", "4", "--place", "desk", "--equipment", "chair",
                "--date", "2026-11-25");

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.outLines().get(0)).startsWith("Your 4-minute desk plan: ");
        assertThat(result.outLines().get(1)).startsWith("#").contains("EXERCISE", "POSITION", "DOSE", "TIME", "WHY");
        assertThat(result.out()).contains("Seated Middle Back Stretch", "Counters sitting still")
                .containsPattern("Total [34]:\\d\\d of 4:00, with 15 s rest between exercises.");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void printsJson() throws Exception {
        CliRun.Result result = run("plan", "--minutes", "10", "--place", "floor", "--equipment", "pull-up-bar",
                "--avoid", "lying,kneeling", "--focus", "upper-back", "--bothers", "static-position",
                "--date", "2026-11-25", "--json");

        assertThat(result.exitCode()).as("%s", result).isZero();
        JsonNode plan = new ObjectMapper().readTree(result.out());
        assertThat(plan.get("id").asText()).isEqualTo("plan-2026-11-25");
        assertThat(plan.get("totalSeconds").asInt()).isBetween(540, 600);
        assertThat(plan.get("items")).isNotEmpty().allSatisfy(item -> {
            assertThat(item.get("position").asText()).isNotIn("lying", "kneeling");
            assertThat(item.get("reason").asText()).endsWith(".");
        });
    }

    @Test
    void sameRequestSameDaySamePlan() {
        String[] args = {"plan", "--minutes", "7", "--place", "gym", "--equipment", "low-bar-or-table",
            "--bothers", "strength-imbalance", "--date", "2026-11-25"};

        assertThat(run(args).out()).isEqualTo(run(args).out()).contains("Inverted Row");
    }

    @Test
    void saysSoWhenNothingFits() {
        CliRun.Result result = run("plan", "--minutes", "5", "--place", "desk", "--avoid", "seated,standing");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("loosen: No exercise fits at a desk with no equipment while avoiding "
                + "seated, standing;");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void refusesMinutesOutOfRange() {
        CliRun.Result result = run("plan", "--minutes", "0", "--place", "desk");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("loosen: minutes 0 is outside the allowed 1–60." + System.lineSeparator());
    }

    @Test
    void namesThePlacesWhenOneIsWrong() {
        CliRun.Result result = run("plan", "--minutes", "4", "--place", "office");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("'office' is not one of desk, floor, gym, outdoors");
    }

    @Test
    void startPlaysThePlanAsASession() {
        CliRun.Result result = run("plan", "--minutes", "1", "--place", "desk", "--date", "2026-11-25",
                "--start", "--speed", "100");

        assertThat(result.exitCode()).as("%s", result).isZero();
        assertThat(result.out()).contains("Your 1-minute desk plan");
        assertThat(result.outLines()).anyMatch(l -> l.startsWith("[") && l.contains("Seated Middle Back Stretch"));
    }

    @Test
    void savesThePlanAsARoutineOfTheUsersThatSessionAndRoutinesFind() {
        CliRun.Result saved = run("plan", "--minutes", "4", "--place", "desk", "--date", "2026-11-25",
                "--save", "Desk reset");
        assertThat(saved.exitCode()).as("%s", saved).isZero();
        assertThat(saved.out()).contains("Saved as 'Desk reset': play it with 'loosen session desk-reset'");
        assertThat(run("routines").out()).contains("desk-reset");
        CliRun.Result timeline = run("timeline", "desk-reset");
        assertThat(timeline.exitCode()).as("%s", timeline).isZero();

        CliRun.Result again = run("plan", "--minutes", "4", "--place", "desk", "--date", "2026-11-25",
                "--save", "Desk reset", "--json");
        assertThat(again.out()).contains("\"id\" : \"desk-reset-2\"").contains("\"name\" : \"Desk reset\"");
    }

    @Test
    void aSaveNameThatIsNotANameIsRefusedAndNothingSaved() {
        for (String name : new String[] {"", "   ", "x".repeat(81), "bell\u0007"}) {
            CliRun.Result result = run("plan", "--minutes", "4", "--place", "desk", "--save", name);
            assertThat(result.exitCode()).as(name).isNotZero();
            assertThat(result.err()).contains("--save");
        }
        assertThat(run("routines", "--json").out()).doesNotContain("\"builtIn\" : false");
    }
}
