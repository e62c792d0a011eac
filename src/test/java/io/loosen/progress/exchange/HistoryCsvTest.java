package io.loosen.progress.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.loosen.progress.PracticeSession;
import io.loosen.system.InvalidDataException;
import io.loosen.system.UserError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CSV history: one row per exercise result, session columns repeated. Every bad cell rejects the whole
 * file with one sentence naming the file, the line and the column.
 */
class HistoryCsvTest {
    static final String FILE = "history.csv";
    static final String HEADER = String.join(",", HistoryCsv.COLUMNS);
    private static final String A = "0b5e7c1a-3f2d-4c8e-9a61-5d2f8e4b7c90";
    private static final String B = "7d1f3a52-8c4e-4b6a-b0d9-2e5c7f1a9b34";

    private final HistoryCsv csv = new HistoryCsv();

    /** Lines 2 and 3 are session A's two results, line 4 is session B without results. */
    static List<Map<String, String>> rows() {
        List<Map<String, String>> rows = new ArrayList<>();
        String sessionA = "daily,Daily loosener,2026-03-14T07:30:00Z,2026-03-14T07:35:00Z,Europe/Berlin,completed,"
                + "300,6,3,Stiff today,";
        rows.add(row(A, sessionA + "0,spine-twist,left,done,35"));
        rows.add(row(A, sessionA + "1,spine-twist,right,cut-short,20"));
        rows.add(row(B, "spine-twist,Spine twist,2026-03-15T18:02:07Z,2026-03-15T18:02:41Z,America/New_York,stopped,0,"
                + ",,,,,,,"));
        return rows;
    }

    private static Map<String, String> row(String id, String rest) {
        String[] cells = (id + "," + rest).split(",", -1);
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < cells.length; i++) {
            row.put(HistoryCsv.COLUMNS.get(i), cells[i]);
        }
        return row;
    }

    /** The text of the rows, with the cell at {@code line} and {@code column} replaced by raw CSV text. */
    static String withCell(int line, String column, String rawCell) {
        List<Map<String, String>> rows = rows();
        rows.get(line - 2).put(column, rawCell);
        return text(rows);
    }

    static String text(List<Map<String, String>> rows) {
        return HEADER + "\n" + rows.stream().map(r -> String.join(",", r.values())).collect(Collectors.joining("\n"))
                + "\n";
    }

    private InvalidDataException rejected(String text) {
        return catchThrowableOfType(InvalidDataException.class, () -> csv.read(FILE, text));
    }

    /** One line, one sentence, naming the file, the line and the column. */
    static void assertNames(InvalidDataException e, int line, String column, String... alsoContains) {
        assertThat(e).isNotNull().isInstanceOf(UserError.class);
        assertThat(e.getMessage())
                .startsWith(FILE + ": line " + line + ", column '" + column + "' ")
                .contains(alsoContains)
                .doesNotContain("\n", "\u001b", "\u0007")
                .endsWith(".");
        assertThat(e.field()).isEqualTo(column);
    }

    @Test
    void readsTheRowsOfASessionIntoOneSession() {
        List<PracticeSession> sessions = csv.read(FILE, text(rows()));

        assertThat(sessions).extracting(s -> s.id().toString()).containsExactly(A, B);
        assertThat(sessions.get(0).exercises()).hasSize(2);
        assertThat(sessions.get(1).exercises()).isEmpty();
        assertThat(sessions.get(1).tensionBefore()).isNull();
        assertThat(sessions.get(1).note()).isNull();
    }

    @Test
    void writesOneRowPerResultAndOneForASessionWithout() {
        String text = csv.write(Histories.documented());

        assertThat(text.lines()).hasSize(5).first().isEqualTo(HEADER);
        assertThat(text.lines().skip(4).findFirst().orElseThrow()).endsWith(",stopped,0,,,,,,,,");
        assertThat(text).endsWith("\n");
    }

    @Test
    void aQuotedEmptyNoteIsAnEmptyNoteAndAnUnquotedOneIsNone() {
        assertThat(csv.read(FILE, withCell(4, "note", "\"\"")).get(1).note()).isEmpty();
        assertThat(csv.read(FILE, withCell(4, "note", "")).get(1).note()).isNull();
    }

    @Test
    void rowsOfASessionNeedNotBeNextToEachOther() {
        List<Map<String, String>> rows = rows();
        rows.add(1, rows.remove(2));

        assertThat(csv.read(FILE, text(rows))).isEqualTo(csv.read(FILE, text(rows())));
    }

    static Stream<Arguments> badCells() {
        return Stream.of(
                Arguments.of(4, "zone", "Mars/Olympus", "has 'Mars/Olympus', which is not an IANA time zone"),
                Arguments.of(3, "zone", "Mars/Olympus", "not an IANA time zone"),
                Arguments.of(2, "zone", "UTC+1", "not an IANA time zone"),
                Arguments.of(4, "session_id", "B", "has 'B', which is not a UUID"),
                Arguments.of(2, "started_at", "14/03/2026 07:30", "not a UTC time"),
                Arguments.of(2, "started_at", "2026-03-14T07:30:00", "not a UTC time"),
                Arguments.of(2, "ended_at", "2026-03-14T07:29:59.999Z", "before started_at '2026-03-14T07:30:00Z'"),
                Arguments.of(2, "ended_at", "10000-01-01T00:00:00Z", "not a UTC time"),
                Arguments.of(4, "status", "Stopped", "did you mean 'stopped'?"),
                Arguments.of(2, "active_seconds", "abc", "has 'abc', which is not a whole number of seconds"),
                Arguments.of(2, "active_seconds", " 300", "not a whole number of seconds"),
                Arguments.of(2, "active_seconds", "1.5", "not a whole number of seconds"),
                Arguments.of(2, "active_seconds", "-1", "is -1 seconds, outside the allowed 0–86400 seconds"),
                Arguments.of(2, "active_seconds", "86401", "outside the allowed 0–86400 seconds"),
                Arguments.of(2, "active_seconds", "99999999999999999999999", "outside the allowed 0–86400 seconds"),
                Arguments.of(2, "tension_before", "11", "is 11, outside the allowed 0–10"),
                Arguments.of(2, "tension_after", "\"\"", "has '', which is not a whole number"),
                Arguments.of(2, "note", "\"bell \u0007 here\"", "contains a control character"),
                Arguments.of(2, "note", "\"windows\r\nline\"", "contains a control character"),
                Arguments.of(2, "note", "x".repeat(2001), "is 2001 characters long"),
                Arguments.of(4, "routine_id", "", "is empty; every row needs a value there"),
                Arguments.of(4, "routine_name", "\"\"", "is 0 characters long"),
                Arguments.of(4, "routine_name", "n".repeat(201), "it must be 1–200 characters"),
                Arguments.of(2, "routine_id", "\"two\nlines\"", "only printable text is allowed"),
                Arguments.of(2, "position", "-1", "outside the allowed 0–999"),
                Arguments.of(2, "position", "first", "not a whole number"),
                Arguments.of(2, "exercise_id", "", "is empty; a row with an exercise result needs all of position,"),
                Arguments.of(2, "side", "both", "not one of none, left, right"),
                Arguments.of(2, "outcome", "finished", "not one of done, skipped, cut-short"),
                Arguments.of(2, "held_seconds", "3601", "outside the allowed 0–3600 seconds"));
    }

    @ParameterizedTest(name = "line {0}, {1} = {2}")
    @MethodSource("badCells")
    void aBadCellIsNamedByItsLineAndColumn(int line, String column, String rawCell, String expected) {
        InvalidDataException e = rejected(withCell(line, column, rawCell));

        assertNames(e, line, column, expected);
    }

    @Test
    void aPartlyFilledResultNamesItsFirstEmptyColumn() {
        assertNames(rejected(withCell(4, "held_seconds", "10")), 4, "position",
                "is empty; a row with an exercise result needs all of position, exercise_id, side, outcome,"
                        + " held_seconds");
    }

    @Test
    void theExampleFromTheIssueReadsAsOneSentence() {
        assertThat(rejected(withCell(4, "zone", "Mars/Olympus")).getMessage()).startsWith(
                "history.csv: line 4, column 'zone' has 'Mars/Olympus', which is not an IANA time zone");
    }

    @Test
    void aRepeatedPositionInASessionIsNamedWithTheLineThatHadItFirst() {
        assertNames(rejected(withCell(3, "position", "0")), 3, "position",
                "is 0, like line 2 of the same session; every exercise in a session needs its own position");
    }

    @Test
    void linesAreCountedInTheFileEvenWhenANoteSpansSeveral() {
        List<Map<String, String>> rows = rows();
        rows.get(0).put("note", "\"one\ntwo\nthree\"");
        rows.get(1).put("note", "\"one\ntwo\nthree\"");
        rows.get(2).put("zone", "Mars/Olympus");

        assertNames(rejected(text(rows)), 8, "zone", "not an IANA time zone");
    }

    @Nested
    class RowsThatDisagreeAboutTheirSession {
        static Stream<Arguments> disagreements() {
            return Stream.of(
                    Arguments.of("zone", "Europe/Paris", "has 'Europe/Paris', but line 2 of the same session has "
                            + "'Europe/Berlin'; every row of a session repeats the same session values"),
                    Arguments.of("routine_id", "weekly", "but line 2 of the same session has 'daily'"),
                    Arguments.of("routine_name", "Daily", "has 'Daily', but line 2"),
                    Arguments.of("started_at", "2026-03-14T07:30:00.001Z", "but line 2"),
                    Arguments.of("ended_at", "2026-03-14T07:36:00Z", "but line 2"),
                    Arguments.of("status", "stopped", "but line 2"),
                    Arguments.of("active_seconds", "301", "but line 2"),
                    Arguments.of("tension_before", "", "is empty, but line 2 of the same session has '6'"),
                    Arguments.of("tension_after", "4", "but line 2"),
                    Arguments.of("note", "Stiff today!", "but line 2"),
                    Arguments.of("note", "", "is empty, but line 2 of the same session has 'Stiff today'"));
        }

        @ParameterizedTest(name = "{0} = {1}")
        @MethodSource("disagreements")
        void theDisagreeingCellIsNamedWithTheSessionsFirstLine(String column, String rawCell, String expected) {
            assertNames(rejected(withCell(3, column, rawCell)), 3, column, expected);
        }

        @Test
        void theSameValueWrittenDifferentlyAgrees() {
            assertThat(csv.read(FILE, withCell(3, "started_at", "2026-03-14T07:30:00.000Z")).get(0).exercises())
                    .hasSize(2);
        }

        @Test
        void aSessionWithoutResultsHasOnlyOneRow() {
            List<Map<String, String>> rows = rows();
            rows.add(new LinkedHashMap<>(rows.get(2)));

            assertThat(rejected(text(rows)).getMessage()).isEqualTo("history.csv: line 5 is another row of session "
                    + B + ", which line 4 has too, but a session without exercise results is one row with the"
                    + " exercise columns empty, and every other row holds one result.");
        }

        @Test
        void aRowWithoutAResultCannotJoinASessionWithResults() {
            List<Map<String, String>> rows = rows();
            HistoryCsv.EXERCISE_COLUMNS.forEach(c -> rows.get(1).put(c, ""));

            assertThat(rejected(text(rows)).getMessage()).startsWith("history.csv: line 3 is another row of session");
        }

        @Test
        void aResultCannotJoinASessionWhoseRowHasNone() {
            List<Map<String, String>> rows = rows();
            Map<String, String> extra = new LinkedHashMap<>(rows.get(2));
            extra.putAll(Map.of("position", "0", "exercise_id", "spine-twist", "side", "left", "outcome", "done",
                    "held_seconds", "5"));
            rows.add(extra);

            assertThat(rejected(text(rows)).getMessage()).startsWith("history.csv: line 5 is another row of session");
        }
    }

    @Nested
    class TheHeaderAndTheFileAsAWhole {
        @Test
        void theHeaderAloneIsAnEmptyHistory() {
            assertThat(csv.read(FILE, HEADER + "\n")).isEmpty();
            assertThat(csv.read(FILE, HEADER)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "\n\n", "\uFEFF"})
        void anEmptyFileIsRefused(String text) {
            assertThat(rejected(text).getMessage())
                    .isEqualTo("history.csv: the file is empty; a history CSV starts with the header line '"
                            + HEADER + "'.");
        }

        @Test
        void aMissingHeaderIsRefused() {
            String text = text(rows());
            String withoutHeader = text.substring(text.indexOf('\n') + 1);

            assertThat(rejected(withoutHeader).getMessage()).startsWith(
                    "history.csv: line 1 has the unknown column '" + A + "'; a history CSV starts with the header");
        }

        @Test
        void anUnknownColumnIsNamedWithTheClosestOne() {
            assertThat(rejected(text(rows()).replaceFirst("held_seconds", "held_secs")).getMessage())
                    .startsWith("history.csv: line 1 has the unknown column 'held_secs'"
                            + " (did you mean 'held_seconds'?)");
        }

        @Test
        void aMissingColumnIsNamed() {
            String header = HEADER.replace(",note", "");

            assertThat(rejected(header + "\n").getMessage()).startsWith("history.csv: line 1 lacks the column 'note'");
        }

        @Test
        void aRepeatedColumnIsNamed() {
            assertThat(rejected(HEADER + ",zone\n").getMessage())
                    .isEqualTo("history.csv: line 1 names the column 'zone' twice.");
        }

        @Test
        void columnsMayComeInAnyOrder() {
            List<Map<String, String>> rows = rows();
            List<String> columns = new ArrayList<>(HistoryCsv.COLUMNS);
            java.util.Collections.reverse(columns);
            String text = String.join(",", columns) + "\n" + rows.stream()
                    .map(r -> columns.stream().map(r::get).collect(Collectors.joining(",")))
                    .collect(Collectors.joining("\n"));

            assertThat(csv.read(FILE, text)).isEqualTo(csv.read(FILE, text(rows)));
        }

        @Test
        void aRowWithTooFewOrTooManyCellsIsNamed() {
            List<Map<String, String>> rows = rows();
            rows.get(1).put("note", "Stiff, today");

            assertThat(rejected(text(rows)).getMessage()).isEqualTo("history.csv: line 3 has 17 cells, but the header"
                    + " has 16 columns; a comma inside a value needs the value in double quotes.");
        }

        @Test
        void anUnclosedQuoteIsRefusedWithItsLine() {
            InvalidDataException e = rejected(withCell(4, "note", "\"never closed"));

            assertThat(e.getMessage()).startsWith("history.csv: not valid CSV at line").doesNotContain("\n");
        }

        @Test
        void windowsLineEndingsABomAndBlankLinesAreAccepted() {
            String text = "\uFEFF" + text(rows()).replace("\n", "\r\n").replaceFirst("\r\n", "\r\n\r\n");

            assertThat(csv.read(FILE, text)).isEqualTo(csv.read(FILE, text(rows())));
        }

        @Test
        void spreadsheetFormulasAreKeptAsText() {
            String note = "=HYPERLINK(\"http://example.com\",\"x\")";
            PracticeSession session = Histories.documented().get(0).withRatings(1, 2, note);

            String text = csv.write(List.of(session));

            assertThat(text).contains("\"=HYPERLINK(\"\"http://example.com\"\",\"\"x\"\")\"");
            assertThat(csv.read(FILE, text).get(0).note()).isEqualTo(note);
        }

        @Test
        void aFileOverTheLimitIsRefusedBeforeParsing() {
            String text = HEADER + "\n" + "x".repeat(HistoryRules.MAX_CHARS);

            assertThat(rejected(text).getMessage()).isEqualTo(String.format("history.csv: the file is %,d characters"
                    + " long; an import may be at most 33,554,432 characters (32 MiB).", text.length()));
        }

        @Test
        void aTenMegabyteHistoryIsRead() {
            List<PracticeSession> many = Histories.many(15_000);
            String text = csv.write(many);

            assertThat(text.length()).isGreaterThan(10_000_000);
            assertThat(csv.read(FILE, text)).hasSize(15_000);
        }

        @Test
        void aSessionIdInCapitalsIsTheSameSession() {
            List<Map<String, String>> rows = rows();
            rows.get(1).put("session_id", A.toUpperCase());

            assertThat(csv.read(FILE, text(rows)).get(0).id()).isEqualTo(UUID.fromString(A));
            assertThat(csv.read(FILE, text(rows)).get(0).exercises()).hasSize(2);
        }
    }
}
