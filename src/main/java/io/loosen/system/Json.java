package io.loosen.system;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one JSON configuration used for every {@code --json} output. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** A tree as compact JSON text; a tree always writes, so no checked exception. */
    public static String write(com.fasterxml.jackson.databind.JsonNode tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    public static ObjectWriter pretty() {
        return MAPPER.writerWithDefaultPrettyPrinter();
    }
}
