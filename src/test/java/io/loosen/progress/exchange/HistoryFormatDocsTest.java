package io.loosen.progress.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** docs/history-format.md never lies: its examples are exactly what export writes, and import reads them. */
class HistoryFormatDocsTest {

    private static String example(HistoryFormat format) throws IOException {
        String docs = Files.readString(Path.of("docs/history-format.md"));
        Matcher block = Pattern.compile("```" + format.extension() + "\\n(.*?)```", Pattern.DOTALL).matcher(docs);
        assertThat(block.find()).as("a ```%s block", format.extension()).isTrue();
        return block.group(1);
    }

    @ParameterizedTest
    @EnumSource(HistoryFormat.class)
    void theExampleIsWhatExportWrites(HistoryFormat format) throws IOException {
        assertThat(format.write(Histories.documented())).isEqualTo(example(format));
    }

    @ParameterizedTest
    @EnumSource(HistoryFormat.class)
    void theExampleImports(HistoryFormat format) throws IOException {
        assertThat(format.read("example." + format.extension(), example(format))).isEqualTo(Histories.documented());
    }

    @ParameterizedTest
    @EnumSource(HistoryFormat.class)
    void theDocumentedErrorIsTheOneGiven(HistoryFormat format) throws IOException {
        String docs = Files.readString(Path.of("docs/history-format.md"));
        String bad = format == HistoryFormat.JSON
                ? HistoryJsonTest.with(HistoryJsonTest.valid(), "sessions[1].zone", "\"Mars/Olympus\"").toString()
                : HistoryCsvTest.withCell(4, "zone", "Mars/Olympus");

        String message = org.assertj.core.api.Assertions.catchThrowable(
                () -> format.read("history." + format.extension(), bad)).getMessage();

        assertThat(docs).contains(message.replace("[1]", "[3]").replace("line 4,", "line 14,"));
    }
}
