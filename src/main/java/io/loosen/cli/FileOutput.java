package io.loosen.cli;

import io.loosen.system.UserError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The {@code --output FILE} of the commands that write a document (export, calendar). */
final class FileOutput {
    private FileOutput() {
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
