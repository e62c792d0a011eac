package io.loosen.catalog.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.loosen.catalog.CatalogLoader;
import io.loosen.catalog.Exercise;
import io.loosen.catalog.ExerciseReader;
import io.loosen.system.DataFiles;
import io.loosen.system.Fields;
import io.loosen.system.InvalidDataException;
import io.loosen.system.Vocabulary;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A file to import, read and told apart: free-exercise-db, wger or Workrave (their records, {@link Read}),
 * or Loosen's own files (exercises in the catalog format: one, or a list, or the {@code includes} of a
 * routine file, whose routine is kept as its tree for the store to read against the catalog). The source
 * is detected from the content unless given. Pure: the caller reads the file.
 */
public record ImportFile(Source source, Read read, List<Exercise> exercises, ObjectNode routine) {

    /** The formats an import reads. */
    public enum Source implements Vocabulary {
        FREE_EXERCISE_DB, WGER, WORKRAVE, LOOSEN
    }

    private static final ObjectMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    public ImportFile {
        exercises = exercises == null ? List.of() : List.copyOf(exercises);
    }

    /**
     * Reads {@code text} (the file {@code file}) as {@code source}, or as the source its content shows when
     * null; {@code language} picks wger's or Workrave's translation. A malformed file is an
     * {@link InvalidDataException} naming the record and the field.
     */
    public static ImportFile read(String file, String text, Source source, String language) {
        String start = text.strip();
        if (source == Source.WORKRAVE || source == null && Workrave.looksLike(start)) {
            return new ImportFile(Source.WORKRAVE, Workrave.read(file, text, language), null, null);
        }
        JsonNode tree = tree(file, text, start);
        Source detected = source != null ? source : FreeExerciseDb.looksLike(tree) ? Source.FREE_EXERCISE_DB
                : Wger.looksLike(tree) ? Source.WGER : looksLikeLoosen(tree) ? Source.LOOSEN : null;
        if (detected == null) {
            throw new InvalidDataException(file, null, file + ": not a file Loosen can import (free-exercise-db's"
                    + " exercises.json, wger's exerciseinfo JSON, Workrave's exercises.xml, or a Loosen exercise or"
                    + " routine file); say which with --from if it is one of them.");
        }
        return switch (detected) {
            case FREE_EXERCISE_DB -> new ImportFile(detected, FreeExerciseDb.read(file, tree), null, null);
            case WGER -> new ImportFile(detected, Wger.read(file, tree, Wger.language(language)), null, null);
            case LOOSEN -> loosen(file, tree);
            case WORKRAVE -> throw new IllegalStateException("read above");
        };
    }

    /** JSON (any size) when it looks like JSON, else YAML (Loosen's files, at most 64 KB). */
    private static JsonNode tree(String file, String text, String start) {
        if (start.startsWith("{") || start.startsWith("[")) {
            try {
                return JSON.readTree(text);
            } catch (JsonProcessingException e) {
                String where = e.getLocation() == null ? ""
                        : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
                throw new InvalidDataException(file, null, file + ": not valid JSON" + where + " ("
                        + Fields.show(e.getOriginalMessage().lines().findFirst().orElse("")) + ").");
            }
        }
        return DataFiles.parse(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean looksLikeLoosen(JsonNode tree) {
        JsonNode first = tree != null && tree.isArray() && tree.size() > 0 ? tree.get(0) : tree;
        return first != null && first.isObject() && (first.has("dose") || first.has("exercises"));
    }

    private static ImportFile loosen(String file, JsonNode tree) {
        List<Exercise> exercises = new ArrayList<>();
        if (tree != null && tree.isArray()) {
            for (int i = 0; i < tree.size(); i++) {
                exercises.add(exercise(file + ", exercise " + (i + 1), tree.get(i)));
            }
            return new ImportFile(Source.LOOSEN, null, exercises, null);
        }
        if (tree != null && tree.isObject() && tree.has("exercises")) {
            ObjectNode routine = ((ObjectNode) tree).deepCopy();
            JsonNode includes = routine.remove(io.loosen.routine.RoutineFile.INCLUDES);
            if (includes != null && !includes.isArray()) {
                throw new InvalidDataException(file, "includes", file + ": field 'includes' should be a list of "
                        + "exercises, not " + Fields.kind(includes) + ".");
            }
            for (int i = 0; includes != null && i < includes.size(); i++) {
                exercises.add(exercise(file + ", includes[" + i + "]", includes.get(i)));
            }
            return new ImportFile(Source.LOOSEN, null, exercises, routine);
        }
        return new ImportFile(Source.LOOSEN, null, List.of(exercise(file, tree)), null);
    }

    private static Exercise exercise(String source, JsonNode tree) {
        return ExerciseReader.read(source, CatalogLoader.STORED, tree);
    }
}
