package io.loosen.system;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Parses Loosen's data files. YAML is a superset of JSON, so one parser reads {@code .yaml}, {@code .yml}
 * and {@code .json} alike. Files are small by nature; anything larger is refused before parsing.
 */
public final class DataFiles {
    /** Far above any real exercise (the largest built-in one is about 3 KB). */
    public static final int MAX_BYTES = 64 * 1024;

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build())
            .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private static final ObjectMapper YAML_OUT = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build());

    private DataFiles() {
    }

    /** A tree as a YAML file that {@link #parse} reads back as the same tree. */
    public static String yaml(JsonNode tree) {
        try {
            return YAML_OUT.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree could not be written as YAML", e);
        }
    }

    public static boolean isDataFile(String fileName) {
        return fileName.endsWith(".yaml") || fileName.endsWith(".yml") || fileName.endsWith(".json");
    }

    /** The parsed tree, or an {@link InvalidDataException} naming the file and what is wrong with it. */
    public static JsonNode parse(String source, byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new InvalidDataException(source, null, source + ": the file is " + content.length
                    + " bytes; a data file may be at most " + MAX_BYTES + " bytes (64 KB).");
        }
        try {
            return YAML.readTree(new String(content, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new InvalidDataException(source, null, source + ": not valid YAML or JSON" + where + " ("
                    + Fields.show(e.getOriginalMessage().lines().findFirst().orElse("")) + ").");
        } catch (IOException e) {
            throw new InvalidDataException(source, null, source + ": could not be read (" + e.getMessage() + ").");
        }
    }
}
