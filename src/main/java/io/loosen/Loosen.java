package io.loosen;

import io.loosen.cli.LoosenCommand;
import io.loosen.system.Environment;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The entry point: runs one command and exits with its status. */
public final class Loosen {
    private Loosen() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int status = LoosenCommand.run(Environment.system(), out, err, args);
        out.flush();
        err.flush();
        System.exit(status);
    }
}
