package io.loosen.cli;

import io.loosen.store.Database;
import io.loosen.system.ExitCode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code loosen backup FILE}: a consistent copy of the SQLite history, safe while Loosen runs. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Copy your SQLite history to FILE, consistent even while a session is being saved.")
final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    LoosenCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The new file to write; it must not exist yet.")
    Path file;

    @Override
    public Integer call() throws Exception {
        try (Database db = root.openDatabase()) {
            db.sessions().backup(file);
            PrintWriter out = spec.commandLine().getOut();
            out.println("Backed up " + db.shown() + " to " + file + ".");
            out.flush();
        }
        return ExitCode.OK;
    }
}
