package io.loosen.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.loosen.system.DataFiles;
import io.loosen.system.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every built-in exercise written in the catalog format reads back as the same exercise, as JSON and YAML. */
class ExerciseWriterTest {
    static Stream<Exercise> builtIn() {
        return CatalogLoader.builtIn().stream();
    }

    @ParameterizedTest
    @MethodSource("builtIn")
    void writesWhatTheReaderReadsBackTheSame(Exercise e) throws Exception {
        JsonNode tree = ExerciseWriter.tree(e);

        Exercise fromJson = ExerciseReader.read("written", e.origin(), Json.mapper().readTree(Json.write(tree)));
        Exercise fromYaml = ExerciseReader.read("written", e.origin(),
                DataFiles.parse("written.yaml", DataFiles.yaml(tree).getBytes(StandardCharsets.UTF_8)));

        assertThat(fromJson).isEqualTo(e);
        assertThat(fromYaml).isEqualTo(e);
        assertThat(ExerciseWriter.tree(fromYaml)).isEqualTo(tree);
    }

    @ParameterizedTest
    @MethodSource("builtIn")
    void keepsTheFigureAsWrittenAndTheReviewMark(Exercise e) throws Exception {
        JsonNode tree = ExerciseWriter.tree(e);
        assertThat(tree.has("figure")).isEqualTo(e.figure() != null);
        assertThat(tree.has("review")).isFalse();

        var marked = (com.fasterxml.jackson.databind.node.ObjectNode) tree.deepCopy();
        marked.put("review", true);
        Exercise read = ExerciseReader.read("marked", "x", marked);
        assertThat(read.review()).isTrue();
        assertThat(ExerciseWriter.tree(read).path("review").asBoolean()).isTrue();
        assertThat(Json.mapper().valueToTree(read).path("review").asBoolean()).isTrue();
        assertThat(Json.mapper().valueToTree(e).has("review")).isFalse();
        assertThat(List.of(read.steps().size())).containsExactly(e.steps().size());
    }
}
