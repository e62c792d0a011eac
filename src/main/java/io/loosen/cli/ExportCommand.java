package io.loosen.cli;

import io.loosen.progress.exchange.HistoryFormat;
import io.loosen.store.Database;
import io.loosen.system.ExitCode;
import io.loosen.system.UserError;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code loosen export}: the whole history, in the documented format (docs/history-format.md). */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write your whole history as JSON or CSV (see docs/history-format.md).")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    LoosenCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "json|csv", converter = FormatConverter.class,
            description = "json (default) or csv.")
    HistoryFormat format = HistoryFormat.JSON;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to this file instead of the screen.")
    Path output;

    static final class FormatConverter extends VocabularyConverter<HistoryFormat> {
        FormatConverter() {
            super(HistoryFormat.class);
        }
    }

    @Override
    public Integer call() throws Exception {
        String text;
        int count;
        try (Database db = root.openDatabase()) {
            var sessions = db.sessions().list(null);
            text = format.write(sessions);
            count = sessions.size();
        }
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
            return ExitCode.OK;
        }
        writeAtomically(output, text);
        PrintWriter err = spec.commandLine().getErr();
        err.println("loosen: exported " + count + (count == 1 ? " session" : " sessions") + " to " + output + ".");
        err.flush();
        return ExitCode.OK;
    }

    /** Written beside the target, then moved over it: an interrupted export never leaves half a file. */
    private static void writeAtomically(Path target, String text) {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new UserError("--output " + target + " is a folder; give a file name.");
        }
        try {
            Path temp = Files.createTempFile(absolute.getParent(), ".loosen-export", ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserError("--output " + target + " could not be written (" + e.getMessage() + ").");
        }
    }
}
