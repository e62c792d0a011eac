package io.loosen;

import static org.assertj.core.api.Assertions.assertThat;

import io.loosen.cli.LoosenCommand;
import io.loosen.system.Environment;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The README never lies: every complete example in its console blocks is run and compared. */
class ReadmeTest {
    @TempDir
    static Path home;

    record Example(String command, String output) {
        @Override
        public String toString() {
            return command;
        }
    }

    @Test
    void opensWithTheTwoSetUpCommands() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int fence = lines.indexOf("```bash");
        assertThat(fence).isBetween(0, 5);
        assertThat(lines.get(fence + 1)).startsWith("./loosen ");
        assertThat(lines.get(fence + 2)).startsWith("mvn -B --no-transfer-progress verify ");
        assertThat(lines.get(fence + 3)).isEqualTo("```");
    }

    /** Console examples with a literal {@code ...} or a pipe are abridged on purpose and are skipped. */
    static Stream<Example> examples() throws IOException {
        List<Example> examples = new ArrayList<>();
        String command = null;
        StringBuilder output = new StringBuilder();
        boolean inConsole = false;
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            if (line.equals("```console")) {
                inConsole = true;
            } else if (inConsole && (line.equals("```") || line.startsWith("$ "))) {
                if (command != null && !output.toString().contains("...") && !command.contains("|")) {
                    examples.add(new Example(command, output.toString()));
                }
                command = line.startsWith("$ ") ? line.substring(2) : null;
                output.setLength(0);
                inConsole = !line.equals("```");
            } else if (inConsole && command != null) {
                if (!line.isEmpty() || output.length() > 0) {
                    output.append(line).append('\n');
                }
            }
        }
        return examples.stream();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleOutputIsWhatTheCommandPrints(Example example) {
        assertThat(example.command()).startsWith("./loosen ");
        String[] args = example.command().substring("./loosen ".length()).split(" ");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        LoosenCommand.run(Environment.of(home, Map.of()), new PrintWriter(out), new PrintWriter(err), args);
        assertThat((out.toString() + err.toString()).strip()).isEqualTo(example.output().strip());
    }
}
