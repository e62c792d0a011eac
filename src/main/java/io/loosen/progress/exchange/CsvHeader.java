package io.loosen.progress.exchange;

import io.loosen.system.Suggest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The header line of a history CSV: every column named exactly once, in any order, and no others. It
 * knows where each column is, so rows can be read by column name.
 */
final class CsvHeader {
    private final String source;
    private final Map<String, Integer> index;

    private CsvHeader(String source, Map<String, Integer> index) {
        this.source = source;
        this.index = index;
    }

    static CsvHeader of(String source, CsvRows.Row row) {
        Place header = Place.line(source, row.line());
        Map<String, Integer> index = new HashMap<>();
        List<String> names = row.cells();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i) == null ? "" : names.get(i);
            if (!HistoryCsv.COLUMNS.contains(name)) {
                throw header.fail("has the unknown column '" + HistoryValues.show(name) + "'"
                        + Suggest.closest(name, HistoryCsv.COLUMNS).map(c -> " (did you mean '" + c + "'?)").orElse("")
                        + "; a history CSV starts with the header line '" + String.join(",", HistoryCsv.COLUMNS)
                        + "'.");
            }
            if (index.putIfAbsent(name, i) != null) {
                throw header.fail("names the column '" + name + "' twice.");
            }
        }
        for (String column : HistoryCsv.COLUMNS) {
            if (!index.containsKey(column)) {
                throw header.fail("lacks the column '" + column + "'; a history CSV starts with the header line '"
                        + String.join(",", HistoryCsv.COLUMNS) + "'.");
            }
        }
        return new CsvHeader(source, index);
    }

    /** The cells of a data row by column, once it has as many cells as there are columns. */
    CsvCells cells(CsvRows.Row row) {
        if (row.cells().size() != index.size()) {
            throw Place.line(source, row.line()).fail("has " + row.cells().size() + " cells, but the header has "
                    + index.size() + " columns; a comma inside a value needs the value in double quotes.");
        }
        return new CsvCells(source, row.line(), index, row.cells());
    }
}
