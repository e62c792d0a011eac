package io.loosen.cli;

import io.loosen.progress.PracticeSession;
import io.loosen.progress.exchange.HistoryFormat;
import io.loosen.store.Database;
import io.loosen.system.ExitCode;
import io.loosen.system.Fields;
import io.loosen.system.TimeZones;
import io.loosen.system.UserError;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code loosen log}: the sessions you have done, newest last. */
@Command(name = "log", mixinStandardHelpOptions = true, description = "List your sessions, finished or not.")
final class LogCommand implements Callable<Integer> {
    @ParentCommand
    LoosenCommand root;

    @Mixin
    Output output;

    @Option(names = "--since", paramLabel = "DATE", description = "Only sessions from this day on (like 2026-11-01).")
    String since;

    @Override
    public Integer call() throws Exception {
        try (Database db = root.openDatabase()) {
            List<PracticeSession> sessions = db.sessions().list(sinceInstant());
            if (output.json) {
                PrintWriter out = output.out();
                out.print(HistoryFormat.JSON.write(sessions));
                out.flush();
                return ExitCode.OK;
            }
            PrintWriter out = output.out();
            if (sessions.isEmpty()) {
                out.println(since == null ? "No sessions yet: run 'loosen' to do your first."
                        : "No sessions since " + since + ".");
            } else {
                LogView.table(sessions).print(out);
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    private java.time.Instant sinceInstant() {
        if (since == null) {
            return null;
        }
        try {
            return LocalDate.parse(since.strip()).atStartOfDay(TimeZones.current(root.env())).toInstant();
        } catch (DateTimeParseException e) {
            throw new UserError("--since '" + Fields.show(since) + "' is not a date like 2026-11-01.");
        }
    }
}
