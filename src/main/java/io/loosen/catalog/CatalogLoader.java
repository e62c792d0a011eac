package io.loosen.catalog;

import io.loosen.system.BundledFiles;
import io.loosen.system.DataFiles;
import io.loosen.system.Fields;
import io.loosen.system.InvalidDataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads the catalog: the built-in exercises shipped in the jar, then the user's files from
 * {@code $XDG_CONFIG_HOME/loosen/exercises/}. A bad built-in file is a bug and stops Loosen; a bad user
 * file is reported in {@link Catalog#problems()} and skipped, so the rest still loads.
 */
public final class CatalogLoader {
    public static final String BUILT_IN = "built-in";
    /** The origin of the exercises the user made or imported in the app, kept in the database. */
    public static final String STORED = "stored";
    private static final String FOLDER = "catalog";

    private CatalogLoader() {
    }

    public static Catalog load(Path userDir) {
        List<Exercise> exercises = builtIn();
        Map<String, String> sourceOfId = new HashMap<>();
        exercises.forEach(e -> sourceOfId.put(e.id(), FOLDER + "/" + e.id() + ".yaml"));
        List<String> problems = new ArrayList<>();
        for (Path file : userFiles(userDir, problems)) {
            String source = Fields.printable(file.toString());
            try {
                Exercise exercise = ExerciseReader.read(source, source, DataFiles.parse(source, Files.readAllBytes(file)));
                String earlier = sourceOfId.putIfAbsent(exercise.id(), source);
                if (earlier != null) {
                    throw new InvalidDataException(source, "id", source + ": field 'id' has '" + exercise.id()
                            + "', which " + earlier + " already uses; give this exercise its own id.");
                }
                exercises.add(exercise);
            } catch (InvalidDataException e) {
                problems.add(e.getMessage());
            } catch (IOException e) {
                problems.add(source + ": could not be read (" + e.getMessage() + ").");
            }
        }
        return new Catalog(exercises, problems);
    }

    /** Only the exercises that ship with Loosen. */
    public static List<Exercise> builtIn() {
        List<Exercise> exercises = new ArrayList<>();
        for (BundledFiles.File file : BundledFiles.list(FOLDER)) {
            exercises.add(ExerciseReader.read(file.name(), BUILT_IN, DataFiles.parse(file.name(), file.content())));
        }
        return exercises;
    }

    private static List<Path> userFiles(Path dir, List<String> problems) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> DataFiles.isDataFile(p.getFileName().toString()) && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            problems.add(Fields.printable(dir.toString()) + ": could not be listed (" + e.getMessage() + ").");
            return List.of();
        }
    }
}
