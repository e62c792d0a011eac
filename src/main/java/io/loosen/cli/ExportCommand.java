package io.loosen.cli;

import io.loosen.progress.exchange.HistoryFormat;
import io.loosen.store.Database;
import java.nio.file.Path;
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
        return FileOutput.deliver(spec, output, text, "exported " + count + (count == 1 ? " session" : " sessions"));
    }
}
