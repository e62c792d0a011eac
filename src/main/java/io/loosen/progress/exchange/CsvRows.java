package io.loosen.progress.exchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.loosen.system.InvalidDataException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV text as rows of cells, each row with the line it starts on (a quoted note may span several lines).
 * An empty cell reads as null and a quoted empty cell ({@code ""}) as empty text, so a missing note and
 * an empty one stay apart; blank lines are skipped.
 */
final class CsvRows {
    static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvParser.Feature.EMPTY_UNQUOTED_STRING_AS_NULL)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .enable(CsvGenerator.Feature.ALWAYS_QUOTE_EMPTY_STRINGS)
            .build();

    /** One row: the line it starts on (1-based) and its cells, null for an empty one. */
    record Row(int line, List<String> cells) {
    }

    private CsvRows() {
    }

    static List<Row> parse(String source, String text) {
        List<Row> rows = new ArrayList<>();
        try (JsonParser parser = MAPPER.getFactory().createParser(text)) {
            List<String> cells = new ArrayList<>();
            int line = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                switch (token) {
                    case START_ARRAY -> cells = new ArrayList<>();
                    case END_ARRAY -> rows.add(new Row(line, cells));
                    case VALUE_STRING, VALUE_NULL -> {
                        if (cells.isEmpty()) {
                            line = parser.currentTokenLocation().getLineNr();
                        }
                        cells.add(token == JsonToken.VALUE_NULL ? null : parser.getText());
                    }
                    default -> throw new IllegalStateException("unexpected CSV token " + token);
                }
            }
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new InvalidDataException(source, null, source + ": not valid CSV" + where + " ("
                    + HistoryValues.show(e.getOriginalMessage().lines().findFirst().orElse("")) + ").");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
