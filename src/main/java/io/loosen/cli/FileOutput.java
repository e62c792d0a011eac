package io.loosen.cli;

import io.loosen.system.ExitCode;
import io.loosen.system.UserError;
import java.io.PrintWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code --output FILE} of the commands that write a document (export, calendar). */
final class FileOutput {
    private FileOutput() {
    }

    /**
     * The document on the screen when there is no {@code output}, else in that file, saying so on standard
     * error ("loosen: {@code done} to FILE.").
     */
    static int deliver(CommandSpec spec, Path output, String text, String done) {
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
            return ExitCode.OK;
        }
        writeAtomically(output, text);
        PrintWriter err = spec.commandLine().getErr();
        err.println("loosen: " + done + " to " + output + ".");
        err.flush();
        return ExitCode.OK;
    }

    /** Written beside the target, then moved over it: an interrupted export never leaves half a file. */
    static void writeAtomically(Path target, String text) {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new UserError("--output " + target + " is a folder; give a file name.");
        }
        try {
            Path temp = Files.createTempFile(absolute.getParent(), ".loosen-output", ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserError("--output " + target + " could not be written (" + e.getMessage() + ").");
        }
    }
}
