package io.loosen.progress.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.loosen.progress.PracticeSession;
import io.loosen.system.InvalidDataException;
import io.loosen.system.UserError;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON history: every bad field of any record rejects the whole file with one sentence naming the
 * file, the field's path (and so the record) and the bad value.
 */
class HistoryJsonTest {
    static final String FILE = "history.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HistoryJson json = new HistoryJson();

    /** The documented two-session file as a tree to break: sessions[0] has three results, sessions[1] none. */
    static ObjectNode valid() {
        try {
            return (ObjectNode) MAPPER.readTree(new HistoryJson().write(Histories.documented()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets the field at a path like {@code sessions[0].exercises[1].side} to a JSON value. */
    static ObjectNode with(ObjectNode doc, String path, String jsonValue) {
        try {
            JsonNode value = MAPPER.readTree(jsonValue);
            int dot = path.lastIndexOf('.');
            ((ObjectNode) at(doc, path.substring(0, Math.max(dot, 0)))).set(path.substring(dot + 1), value);
            return doc;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode without(ObjectNode doc, String path) {
        int dot = path.lastIndexOf('.');
        ((ObjectNode) at(doc, path.substring(0, Math.max(dot, 0)))).remove(path.substring(dot + 1));
        return doc;
    }

    private static JsonNode at(JsonNode node, String path) {
        for (String step : path.isEmpty() ? new String[0] : path.split("\\.")) {
            String[] parts = step.split("[\\[\\]]+");
            node = node.get(parts[0]);
            for (int i = 1; i < parts.length; i++) {
                node = node.get(Integer.parseInt(parts[i]));
            }
        }
        return node;
    }

    private InvalidDataException rejected(String text) {
        return catchThrowableOfType(InvalidDataException.class, () -> json.read(FILE, text));
    }

    private InvalidDataException rejected(ObjectNode doc) {
        return rejected(doc.toString());
    }

    /** One line, one sentence, naming the file and the field. */
    static void assertNames(InvalidDataException e, String field, String... alsoContains) {
        assertThat(e).isNotNull().isInstanceOf(UserError.class);
        assertThat(e.getMessage())
                .startsWith(FILE + ": ")
                .contains("'" + field + "'")
                .contains(alsoContains)
                .doesNotContain("\n", "\u001b", "\u0007")
                .endsWith(".");
        assertThat(e.source()).isEqualTo(FILE);
        assertThat(e.field()).isEqualTo(field);
    }

    @Test
    void writesTheDocumentedShape() {
        JsonNode doc = valid();

        assertThat(doc.get("format").asText()).isEqualTo("loosen-history");
        assertThat(doc.get("version").asInt()).isEqualTo(1);
        assertThat(doc.at("/sessions/0/exercises/2/outcome").asText()).isEqualTo("cut-short");
        assertThat(doc.at("/sessions/1/tensionBefore").isNull()).isTrue();
        assertThat(doc.at("/sessions/0/startedAt").asText()).isEqualTo("2026-03-14T07:30:00.250Z");
    }

    @Test
    void absentRatingsAndNoteReadAsNotGiven() {
        ObjectNode doc = without(without(without(valid(), "sessions[0].tensionBefore"), "sessions[0].tensionAfter"),
                "sessions[0].note");

        PracticeSession session = json.read(FILE, doc.toString()).get(0);

        assertThat(session.tensionBefore()).isNull();
        assertThat(session.tensionAfter()).isNull();
        assertThat(session.note()).isNull();
    }

    @Test
    void exerciseResultsAreReadInPositionOrderWhateverTheFileOrder() {
        ObjectNode doc = valid();
        ArrayNode exercises = (ArrayNode) at(doc, "sessions[0].exercises");
        exercises.insert(0, exercises.remove(2));

        assertThat(json.read(FILE, doc.toString()).get(0).exercises())
                .extracting(r -> r.position()).containsExactly(0, 1, 2);
    }

    static Stream<Arguments> badFields() {
        String longText = "\"" + "x".repeat(2001) + "\"";
        return Stream.of(
                Arguments.of("sessions[1].zone", "\"Mars/Olympus\"",
                        "has 'Mars/Olympus', which is not an IANA time zone"),
                Arguments.of("sessions[1].zone", "\"+02:00\"", "not an IANA time zone"),
                Arguments.of("sessions[1].zone", "\"europe/berlin\"", "(did you mean 'Europe/Berlin'?)"),
                Arguments.of("sessions[1].zone", "\"\"", "not an IANA time zone"),
                Arguments.of("sessions[0].id", "\"not-a-uuid\"", "which is not a UUID"),
                Arguments.of("sessions[0].id", "\"1-1-1-1-1\"", "which is not a UUID"),
                Arguments.of("sessions[0].id", "42", "should be text, not a number '42'"),
                Arguments.of("sessions[0].startedAt", "\"2026-03-14 07:30:00\"", "not a UTC time"),
                Arguments.of("sessions[0].startedAt", "\"2026-03-14T07:30:00+01:00\"", "not a UTC time"),
                Arguments.of("sessions[0].startedAt", "\"2026-02-30T07:30:00Z\"", "not a UTC time"),
                Arguments.of("sessions[0].startedAt", "\"2026-03-14T07:30Z\"", "not a UTC time"),
                Arguments.of("sessions[0].startedAt", "1710000000", "should be text"),
                Arguments.of("sessions[0].startedAt", "\"1969-12-31T23:59:59Z\"", "outside the years 1970–9999"),
                Arguments.of("sessions[0].endedAt", "\"2026-03-14T07:30:00.249Z\"",
                        "before startedAt '2026-03-14T07:30:00.250Z'; a session cannot end before it starts"),
                Arguments.of("sessions[0].status", "\"done\"", "not one of in-progress, completed, stopped"),
                Arguments.of("sessions[0].status", "\"Completed\"", "did you mean 'completed'?"),
                Arguments.of("sessions[0].activeSeconds", "-1", "is -1 seconds, outside the allowed 0–86400 seconds"),
                Arguments.of("sessions[0].activeSeconds", "86401", "outside the allowed 0–86400 seconds"),
                Arguments.of("sessions[0].activeSeconds", "99999999999999999999", "outside the allowed"),
                Arguments.of("sessions[0].activeSeconds", "2.5", "should be a whole number of seconds"),
                Arguments.of("sessions[0].activeSeconds", "\"300\"", "should be a whole number of seconds, not text"),
                Arguments.of("sessions[0].tensionBefore", "11", "is 11, outside the allowed 0–10"),
                Arguments.of("sessions[0].tensionAfter", "-1", "outside the allowed 0–10"),
                Arguments.of("sessions[0].tensionAfter", "\"5\"", "should be a whole number"),
                Arguments.of("sessions[0].note", longText, "is 2001 characters long"),
                Arguments.of("sessions[0].note", "\"bell \\u0007 here\"", "contains a control character"),
                Arguments.of("sessions[0].note", "\"\\u001b[2J cleared\"", "contains a control character"),
                Arguments.of("sessions[0].note", "\"windows\\r\\nline\"", "contains a control character"),
                Arguments.of("sessions[0].note", "\"broken \\ud800 half\"", "lone UTF-16 surrogate"),
                Arguments.of("sessions[0].note", "[\"a\"]", "should be text, not a list"),
                Arguments.of("sessions[0].routine", "\"\"", "is 0 characters long"),
                Arguments.of("sessions[0].routine", "\"two\\nlines\"", "only printable text is allowed"),
                Arguments.of("sessions[0].routine", "\"" + "r".repeat(101) + "\"", "it must be 1–100 characters"),
                Arguments.of("sessions[0].routineName", "\"" + "n".repeat(201) + "\"", "it must be 1–200 characters"),
                Arguments.of("sessions[0].routineName", "{}", "should be text, not an object"),
                Arguments.of("sessions[0].exercises", "{}", "should be a list"),
                Arguments.of("sessions[0].exercises[1].position", "-1", "outside the allowed 0–999"),
                Arguments.of("sessions[0].exercises[1].position", "1000", "outside the allowed 0–999"),
                Arguments.of("sessions[0].exercises[1].position", "0",
                        "is 0, like sessions[0].exercises[0]; every exercise in a session needs its own position"),
                Arguments.of("sessions[0].exercises[1].exercise", "\"\"", "is 0 characters long"),
                Arguments.of("sessions[0].exercises[1].side", "\"both\"", "not one of none, left, right"),
                Arguments.of("sessions[0].exercises[1].outcome", "\"cut_short\"", "did you mean 'cut-short'?"),
                Arguments.of("sessions[0].exercises[1].heldSeconds", "3601", "outside the allowed 0–3600 seconds"),
                Arguments.of("sessions[1].id", "\"0b5e7c1a-3f2d-4c8e-9a61-5d2f8e4b7c90\"",
                        "the id of sessions[0] too; every session in a file needs its own id"),
                Arguments.of("sessions[1].id", "\"0B5E7C1A-3F2D-4C8E-9A61-5D2F8E4B7C90\"",
                        "the id of sessions[0] too"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badFields")
    void aBadValueIsNamedByItsRecordAndField(String field, String value, String expected) {
        assertNames(rejected(with(valid(), field, value)), field, expected);
    }

    @Test
    void theExampleFromTheIssueReadsAsOneSentence() {
        InvalidDataException e = rejected(with(valid(), "sessions[1].zone", "\"Mars/Olympus\""));

        assertThat(e.getMessage()).startsWith(
                "history.json: field 'sessions[1].zone' has 'Mars/Olympus', which is not an IANA time zone");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sessions[1].id", "sessions[1].routine", "sessions[1].routineName", "sessions[1].startedAt",
            "sessions[1].endedAt", "sessions[1].zone", "sessions[1].status", "sessions[1].activeSeconds",
            "sessions[1].exercises", "sessions[0].exercises[2].position", "sessions[0].exercises[2].exercise",
            "sessions[0].exercises[2].side", "sessions[0].exercises[2].outcome", "sessions[0].exercises[2].heldSeconds",
            "sessions"})
    void aMissingRequiredFieldIsNamed(String field) {
        assertNames(rejected(without(valid(), field)), field, "missing required field");
    }

    @Test
    void aRequiredFieldSetToNullIsMissing() {
        assertNames(rejected(with(valid(), "sessions[0].zone", "null")), "sessions[0].zone", "missing required field");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sessions[0].tension_before", "sessions[0].exercises[0].held", "sessions[1].rating",
            "extra"})
    void anUnknownFieldIsNamed(String field) {
        assertNames(rejected(with(valid(), field, "1")), field, "unknown field");
    }

    @Test
    void anUnknownFieldSuggestsTheRightName() {
        assertNames(rejected(with(valid(), "sessions[0].tension_before", "3")), "sessions[0].tension_before",
                "did you mean 'tensionBefore'?");
    }

    @Test
    void aSessionThatIsNotAnObjectIsNamed() {
        ObjectNode doc = valid();
        ((ArrayNode) doc.get("sessions")).add("a session");

        assertThat(rejected(doc).getMessage()).contains("'sessions[2]' should be an object of fields");
    }

    @Nested
    class TheFileAsAWhole {
        @ParameterizedTest
        @ValueSource(strings = {"\"other\"", "\"Loosen-History\"", "1"})
        void aFileOfAnotherFormatIsRefused(String format) {
            assertNames(rejected(with(valid(), "format", format)), "format", "a Loosen history has 'loosen-history'");
        }

        @Test
        void aFileWithoutAFormatIsRefusedBeforeItsOtherFieldsAreJudged() {
            assertNames(rejected("{\"name\": \"my settings\", \"theme\": \"dark\"}"), "format",
                    "is missing; a Loosen history starts with \"format\": \"loosen-history\"");
        }

        @ParameterizedTest
        @ValueSource(strings = {"2", "0", "\"1\"", "1.5", "null"})
        void anUnknownVersionIsRefused(String version) {
            assertNames(rejected(with(valid(), "version", version)), "version", "this Loosen reads version 1");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "{", "[]", "{\"format\": \"loosen-history\"} trailing",
                "format: loosen-history\nversion: 1\nsessions: []"})
        void textThatIsNotOneJsonObjectIsRefused(String text) {
            InvalidDataException e = rejected(text);

            assertThat(e.getMessage()).startsWith(FILE + ": ").doesNotContain("\n").endsWith(".");
            assertThat(e.field()).isNull();
        }

        @Test
        void aDuplicatedKeyIsRefusedWithItsLine() {
            String text = "{\"format\": \"loosen-history\",\n\"format\": \"loosen-history\", \"version\": 1}";

            assertThat(rejected(text).getMessage()).startsWith("history.json: not valid JSON at line 2")
                    .contains("Duplicate field 'format'");
        }

        @Test
        void deepNestingIsRefusedBeforeItCanExhaustTheStack() {
            String text = "{\"format\": \"loosen-history\", \"version\": 1, \"sessions\": "
                    + "[".repeat(100_000) + "]".repeat(100_000) + "}";

            assertThat(rejected(text).getMessage()).startsWith("history.json: not valid JSON").contains("nesting");
        }

        @Test
        void anEmptyHistoryIsValid() {
            assertThat(json.read(FILE, "{\"format\": \"loosen-history\", \"version\": 1, \"sessions\": []}")).isEmpty();
        }

        @Test
        void aByteOrderMarkIsIgnored() {
            assertThat(json.read(FILE, "\uFEFF" + json.write(Histories.documented())))
                    .isEqualTo(Histories.documented());
        }

        @Test
        void aFileOverTheLimitIsRefusedBeforeParsing() {
            String huge = " ".repeat(HistoryRules.MAX_CHARS + 1);

            InvalidDataException e = rejected(huge);

            assertThat(e.getMessage()).isEqualTo("history.json: the file is 33,554,433 characters long; an import"
                    + " may be at most 33,554,432 characters (32 MiB).");
        }

        @Test
        void aTenMegabyteHistoryIsRead() {
            List<PracticeSession> many = Histories.many(12_000);
            String text = json.write(many);

            assertThat(text.length()).isGreaterThan(10_000_000);
            assertThat(json.read(FILE, text)).hasSize(12_000);
        }
    }

    @Test
    void aRecordsOwnObjectionBecomesASentenceNamingIt() {
        InvalidDataException e = catchThrowableOfType(InvalidDataException.class, () -> HistoryRules.valid(
                Place.record(FILE, "sessions[4]"), "session", () -> {
                    throw new IllegalArgumentException("a tension rating is 0–10");
                }));

        assertThat(e.getMessage()).isEqualTo(
                "history.json: record 'sessions[4]' is not a valid session (a tension rating is 0–10).");
        assertThat(e.field()).isEqualTo("sessions[4]");
    }
}
