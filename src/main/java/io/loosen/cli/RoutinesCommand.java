package io.loosen.cli;

import io.loosen.store.Database;
import java.util.ArrayList;

import io.loosen.session.RoutineSummary;
import io.loosen.system.ExitCode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code loosen routines}: the routines, with their length. */
@Command(name = "routines", mixinStandardHelpOptions = true, description = "List the routines you can play.")
final class RoutinesCommand implements Callable<Integer> {
    @ParentCommand
    LoosenCommand root;

    @Mixin
    Output output;

    @Override
    public Integer call() throws Exception {
        Library library = root.library();
        PrintWriter out = output.out();
        List<RoutineSummary> listed = new ArrayList<>(library.routines().all().stream()
                .map(r -> RoutineSummary.of(r, library.catalog(), true)).toList());
        try (Database history = root.openDatabase()) {
            history.routines().all(library.catalog())
                    .forEach(r -> listed.add(RoutineSummary.of(r, library.catalog(), false)));
        }
        if (output.json) {
            return output.printJson(listed);
        }
        Table table = new Table("ID", "NAME", "LENGTH", "EXERCISES");
        for (RoutineSummary l : listed) {
            table.row(l.id(), l.name(), Text.clock(l.totalSeconds() * 1000), String.join(", ",
                    l.routine().items().stream().map(i -> library.catalog().require(i.exercise()).name()).toList()));
        }
        table.print(out);
        return ExitCode.OK;
    }
}
