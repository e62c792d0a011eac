package io.loosen.cli;

import io.loosen.progress.PracticeSession;
import io.loosen.progress.exchange.HistoryFormat;
import io.loosen.progress.exchange.HistoryRules;
import io.loosen.store.Database;
import io.loosen.system.ExitCode;
import io.loosen.system.UserError;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code loosen import FILE}: adds the sessions of an export, all or nothing. Sessions already in the
 * history (same id) are left as they are, so importing a file twice adds nothing.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Add the sessions of a JSON or CSV export; a file with any bad record changes nothing.")
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    LoosenCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A file written by 'loosen export' (.json or .csv).")
    Path file;

    @Override
    public Integer call() throws Exception {
        List<PracticeSession> sessions = formatOf(file).read(file.toString(), read(file));
        int added;
        try (Database db = root.openDatabase()) {
            added = db.sessions().importAll(sessions);
        }
        PrintWriter out = spec.commandLine().getOut();
        int skipped = sessions.size() - added;
        out.println("Imported " + added + (added == 1 ? " session" : " sessions") + " from " + file
                + (skipped > 0 ? "; " + skipped + (skipped == 1 ? " was" : " were") + " already in your history." : "."));
        out.flush();
        return ExitCode.OK;
    }

    /** CSV by its extension; anything else is read as JSON, whose reader names what is wrong. */
    static HistoryFormat formatOf(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")
                ? HistoryFormat.CSV : HistoryFormat.JSON;
    }

    private static String read(Path file) {
        try {
            if (Files.size(file) > HistoryRules.MAX_CHARS) {
                throw new UserError(file + " is " + Files.size(file) / (1024 * 1024) + " MB; an import may be at most "
                        + HistoryRules.MAX_CHARS / (1024 * 1024) + " MB.");
            }
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (NoSuchFileException e) {
            throw new UserError("There is no file " + file + " to import.");
        } catch (CharacterCodingException e) {
            throw new UserError(file + " is not UTF-8 text, so it is not a Loosen export.");
        } catch (IOException e) {
            throw new UserError(file + " could not be read (" + e.getMessage() + ").");
        }
    }
}
