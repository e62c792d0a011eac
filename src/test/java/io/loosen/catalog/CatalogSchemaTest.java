package io.loosen.catalog;

import static io.loosen.catalog.ExerciseDocs.held;
import static io.loosen.catalog.ExerciseDocs.reps;
import static io.loosen.catalog.ExerciseDocs.with;
import static io.loosen.catalog.ExerciseDocs.without;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.loosen.system.BundledFiles;
import io.loosen.system.InvalidDataException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * catalog.schema.json and {@link ExerciseReader} describe the same format: every built-in file passes
 * both, and every broken document is refused by both, so the two cannot drift apart unnoticed.
 */
class CatalogSchemaTest {
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = CatalogSchemaTest.class.getResourceAsStream("/catalog.schema.json")) {
            assertThat(in).as("catalog.schema.json on the class path").isNotNull();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private static Set<ValidationMessage> schemaErrors(JsonNode doc) {
        return schema.validate(doc);
    }

    static Stream<BundledFiles.File> builtInFiles() {
        return BundledFiles.list("catalog").stream();
    }

    @ParameterizedTest
    @MethodSource("builtInFiles")
    void everyBuiltInExerciseMatchesTheSchema(BundledFiles.File file) throws IOException {
        JsonNode doc = ExerciseDocs.YAML.readTree(file.content());

        assertThat(schemaErrors(doc)).as(file.name()).isEmpty();
    }

    @Test
    void theValidTestDocumentsPassBothChecks() {
        for (ObjectNode doc : List.of(held("thread-the-needle"), reps("wall-slide"))) {
            assertThat(schemaErrors(doc)).isEmpty();
            assertThatCode(() -> ExerciseReader.read("ok.yaml", "test", doc)).doesNotThrowAnyException();
        }
    }

    /** CatalogDocsTest checks the same example against the reader. */
    @Test
    void theExampleUserExerciseInTheDocsMatchesTheSchema() throws IOException {
        String docs = Files.readString(Path.of("docs/catalog.md"));
        Matcher example = Pattern.compile("thread-the-needle\\.yaml`:\\s*```yaml\\n(.*?)```", Pattern.DOTALL)
                .matcher(docs);
        assertThat(example.find()).as("the YAML example in docs/catalog.md").isTrue();

        assertThat(schemaErrors(ExerciseDocs.parse(example.group(1)))).isEmpty();
    }

    static Stream<Arguments> brokenDocuments() {
        Map<String, Supplier<ObjectNode>> broken = new LinkedHashMap<>();
        broken.put("unknown top-level field", () -> with(held("x-one"), "colour", "red"));
        broken.put("unknown field in dose.hold", () -> with(held("x-one"), "dose.hold.seconds", 30));
        broken.put("unknown field in a step", () -> with(held("x-one"), "steps[0].duration", 5));
        broken.put("missing name", () -> without(held("x-one"), "name"));
        broken.put("missing dose.hold.max", () -> without(held("x-one"), "dose.hold.max"));
        broken.put("missing step cue", () -> without(held("x-one"), "steps[1].cue"));
        broken.put("bad sides", () -> with(held("x-one"), "sides", "left"));
        broken.put("bad position", () -> with(held("x-one"), "positions", List.of("sitting")));
        broken.put("bad difficulty", () -> with(held("x-one"), "difficulty", "extreme"));
        broken.put("3-hour hold", () -> with(held("x-one"), "dose.hold.max", 10800));
        broken.put("3-hour default hold", () -> with(with(held("x-one"), "dose.hold.default", 10800),
                "dose.hold.max", 10800));
        broken.put("zero hold", () -> with(with(held("x-one"), "dose.hold.min", 0), "dose.hold.default", 0));
        broken.put("negative hold", () -> with(held("x-one"), "dose.hold.min", -5));
        broken.put("hold and reps", () -> with(held("x-one"), "dose.reps", reps("y").get("dose").get("reps")));
        broken.put("empty dose", () -> with(held("x-one"), "dose", Map.of()));
        broken.put("two main steps", () -> with(held("x-one"), "steps[0].main", true));
        broken.put("no main step", () -> without(held("x-one"), "steps[1].main"));
        broken.put("unknown placeholder", () -> with(held("x-one"), "steps[1].cue", "Thread your {foo} arm"));
        broken.put("placeholder in one-sided exercise", () -> with(held("x-one"), "sides", "none"));
        broken.put("equipment none with mat", () -> with(held("x-one"), "equipment", List.of("none", "mat")));
        broken.put("duplicate target", () -> with(held("x-one"), "targets", List.of("mid-back", "mid-back")));
        broken.put("id not a slug", () -> with(held("x-one"), "id", "Thread_The_Needle"));
        broken.put("name too long", () -> with(held("x-one"), "name", "N".repeat(81)));
        broken.put("no safety notes", () -> with(held("x-one"), "safety", List.of()));
        broken.put("nine steps", () -> with(held("x-one"), "steps",
                Collections.nCopies(9, held("x").get("steps").get(0))));
        broken.put("hold as text", () -> with(held("x-one"), "dose.hold.default", "twenty"));
        broken.put("zero reps", () -> with(reps("x-one"), "dose.reps.count", 0));
        broken.put("empty tempo", () -> with(reps("x-one"), "dose.reps.tempo", List.of()));
        broken.put("provenance without licence", () -> without(held("x-one"), "provenance.licence"));
        return broken.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue().get()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDocuments")
    void aBrokenDocumentIsRejectedByTheSchemaAndTheReaderAlike(String what, ObjectNode doc) {
        assertThat(schemaErrors(doc)).as("schema errors for: " + what).isNotEmpty();
        assertThatExceptionOfType(InvalidDataException.class)
                .as("reader on: " + what)
                .isThrownBy(() -> ExerciseReader.read("broken.yaml", "test", doc));
    }

    @Test
    void minAboveDefaultIsLeftToTheReaderAsTheSchemaDocuments() {
        ObjectNode doc = with(held("x-one"), "dose.hold.min", 40);

        assertThat(schemaErrors(doc)).isEmpty();
        assertThatExceptionOfType(InvalidDataException.class)
                .isThrownBy(() -> ExerciseReader.read("broken.yaml", "test", doc));
    }
}
