package io.loosen.cli;

import io.loosen.progress.stats.ProgressReport;
import io.loosen.store.Database;
import io.loosen.system.ExitCode;
import io.loosen.system.TimeZones;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code loosen stats}: is the habit holding, and does it help? */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Your streak, this week against last, twelve weeks at a glance, and how tension changes.")
final class StatsCommand implements Callable<Integer> {
    @ParentCommand
    LoosenCommand root;

    @Mixin
    Output output;

    @Override
    public Integer call() throws Exception {
        try (Database db = root.openDatabase()) {
            LocalDate today = LocalDate.now(TimeZones.current(root.env()));
            ProgressReport report = ProgressReport.of(db.sessions().list(null), today);
            if (output.json) {
                return output.printJson(report);
            }
            PrintWriter out = output.out();
            StatsView.render(report).forEach(out::println);
            out.flush();
            return ExitCode.OK;
        }
    }
}
