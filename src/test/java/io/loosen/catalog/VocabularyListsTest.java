package io.loosen.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.loosen.system.Json;
import io.loosen.system.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every word list of the catalog is written the same in the code, catalog.schema.json, the OpenAPI document
 * and docs/catalog.md: a word added to an enum (as the importers added muscles and equipment) cannot be
 * missing from any of them.
 */
class VocabularyListsTest {
    static Stream<Arguments> lists() {
        return Stream.of(Arguments.of("counters", Cause.class), Arguments.of("targets", Target.class),
                Arguments.of("positions", Position.class), Arguments.of("places", Place.class),
                Arguments.of("equipment", Equipment.class));
    }

    static <E extends Enum<E> & Vocabulary> List<String> slugs(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Vocabulary::slug).toList();
    }

    @ParameterizedTest
    @MethodSource("lists")
    <E extends Enum<E> & Vocabulary> void theSchemaListsExactlyTheWordsOfTheCode(String field, Class<E> type)
            throws IOException {
        JsonNode schema = Json.mapper().readTree(Files.readString(Path.of("src/main/resources/catalog.schema.json")));
        assertThat(words(schema.at("/properties/" + field + "/items/enum"))).isEqualTo(slugs(type));
    }

    @ParameterizedTest
    @MethodSource("lists")
    <E extends Enum<E> & Vocabulary> void theDocsTableListsEveryWord(String field, Class<E> type) throws IOException {
        String row = Files.readAllLines(Path.of("docs/catalog.md")).stream()
                .filter(line -> line.startsWith("| `" + field + "` |")).findFirst().orElseThrow();
        for (String slug : slugs(type)) {
            assertThat(row).as(field).contains("`" + slug + "`");
        }
    }

    static Stream<Arguments> filters() {
        return Stream.of(Arguments.of("place", Place.class), Arguments.of("equipment", Equipment.class),
                Arguments.of("position", Position.class), Arguments.of("target", Target.class));
    }

    @ParameterizedTest
    @MethodSource("filters")
    <E extends Enum<E> & Vocabulary> void theApiDocumentListsEveryWordOfTheLibraryFilters(String parameter,
            Class<E> type) throws IOException {
        JsonNode api = Json.mapper().readTree(Files.readString(Path.of("src/main/resources/web/openapi.json")));
        JsonNode found = null;
        for (JsonNode p : api.at("/paths/~1api~1v1~1exercises/get/parameters")) {
            if (p.path("name").asText().equals(parameter)) {
                found = p;
            }
        }
        assertThat(found).as(parameter).isNotNull();
        assertThat(words(found.at("/schema/enum"))).isEqualTo(slugs(type));
        if (Equipment.class.equals(type)) {
            assertThat(words(api.at("/components/schemas/PlanRequest/properties/equipment/items/enum")))
                    .isEqualTo(slugs(type));
        }
    }

    private static List<String> words(JsonNode list) {
        List<String> words = new ArrayList<>();
        list.forEach(w -> words.add(w.asText()));
        return words;
    }
}
