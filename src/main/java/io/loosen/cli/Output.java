package io.loosen.cli;

import io.loosen.system.ExitCode;
import io.loosen.system.Json;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --json} option and the command's output stream, mixed into every listing command. */
final class Output {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Prints {@code value} as indented JSON and returns the success status. */
    int printJson(Object value) throws IOException {
        PrintWriter out = out();
        out.println(Json.pretty().writeValueAsString(value));
        out.flush();
        return ExitCode.OK;
    }
}
