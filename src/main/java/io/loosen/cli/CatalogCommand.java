package io.loosen.cli;

import io.loosen.catalog.Catalog;
import io.loosen.catalog.Exercise;
import io.loosen.catalog.ExerciseWriter;
import io.loosen.catalog.imports.ImportFile;
import io.loosen.catalog.imports.ImportPlan;
import io.loosen.routine.Routine;
import io.loosen.routine.RoutineFile;
import io.loosen.store.CatalogImporter;
import io.loosen.store.Database;
import io.loosen.system.DataFiles;
import io.loosen.system.ExitCode;
import io.loosen.system.Fields;
import io.loosen.system.UserError;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code loosen catalog import|export}: exercises from free-exercise-db, wger or Workrave, or Loosen's own
 * files, into the catalog kept in the database; and exercises or routines out as files to hand on.
 */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "Import exercises into your catalog, or export them as files.",
        subcommands = {CatalogCommand.Import.class, CatalogCommand.Export.class})
final class CatalogCommand implements Callable<Integer> {
    /** Far above free-exercise-db's whole file (1 MB). */
    static final long MAX_IMPORT_BYTES = 16L * 1024 * 1024;
    private static final int LISTED = 10;

    @ParentCommand
    LoosenCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.USAGE;
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Add the exercises of a file to your catalog: free-exercise-db's exercises.json, wger's",
                "exerciseinfo JSON, Workrave's exercises.xml, or a Loosen exercise or routine file. The",
                "format is detected unless --from says it. Only stretches are taken unless --all.",
                "Exercises already in the catalog (same name or alias) are skipped, so importing",
                "twice adds nothing; a file with a malformed record changes nothing."})
    static final class Import implements Callable<Integer> {
        @ParentCommand
        CatalogCommand catalog;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The file to import.")
        Path file;

        @Option(names = "--from", paramLabel = "FORMAT", converter = SourceConverter.class,
                description = "free-exercise-db, wger, workrave or loosen (default: detected from the content).")
        ImportFile.Source from;

        @Option(names = "--all", description = "Take every exercise, not only the stretches.")
        boolean all;

        @Option(names = "--language", paramLabel = "CODE",
                description = "The translation to read from wger or Workrave, e.g. de (default: English).")
        String language;

        @Override
        public Integer call() {
            String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
            ImportFile read = ImportFile.read(Fields.printable(name), text(file), from, language);
            LoosenCommand root = catalog.root;
            Catalog current = root.library().catalog();
            CatalogImporter.Result result;
            try (Database db = root.openDatabase()) {
                result = CatalogImporter.run(db, current, root.library().routines(), read, Fields.printable(name), all);
            }
            print(spec.commandLine().getOut(), name, read, result, all);
            return ExitCode.OK;
        }

        private static void print(PrintWriter out, String name, ImportFile read, CatalogImporter.Result result,
                                  boolean all) {
            ImportPlan plan = result.plan();
            int records = read.read() != null ? read.read().found().size() + read.read().skipped().size()
                    : read.exercises().size();
            out.println("Read " + records + (records == 1 ? " exercise" : " exercises") + " from " + name + " ("
                    + read.source().slug() + ").");
            int added = plan.added().size();
            out.println("Added " + added + (added == 1 ? " exercise" : " exercises") + " to your catalog"
                    + (added > 0 && plan.added().stream().anyMatch(Exercise::review)
                    ? ", marked \"imported — review the dose\"." : "."));
            if (plan.notStretches() > 0) {
                out.println("Skipped " + plan.notStretches() + " that are not stretches (--all takes them too).");
            }
            list(out, "already in the catalog", plan.duplicates());
            list(out, "that could not be used", plan.invalid());
            for (String routine : result.routines()) {
                out.println("Added the routine " + routine + ".");
            }
            for (String routine : result.routinesSkipped()) {
                out.println("Skipped the routine '" + routine + "': you already have one of that name.");
            }
            out.flush();
        }

        private static void list(PrintWriter out, String why, List<String> items) {
            if (items.isEmpty()) {
                return;
            }
            out.println("Skipped " + items.size() + " " + why + ":");
            items.stream().limit(LISTED).forEach(item -> out.println("  " + item));
            if (items.size() > LISTED) {
                out.println("  … and " + (items.size() - LISTED) + " more.");
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Write an exercise or a routine as a file to hand on (a routine with the exercises",
                "of yours it uses), or, with no ID, every exercise you made or imported in the app.",
                "'loosen catalog import' reads it back, here or on another computer."})
    static final class Export implements Callable<Integer> {
        @ParentCommand
        CatalogCommand catalog;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", arity = "0..1", description = "An exercise or routine id.")
        String id;

        @Option(names = "--output", paramLabel = "FILE", description = "Write to this file instead of the screen.")
        Path output;

        @Override
        public Integer call() {
            LoosenCommand root = catalog.root;
            Catalog current = root.library().catalog();
            if (id == null) {
                List<Exercise> own = current.all().stream().filter(Catalog::editable).toList();
                var list = io.loosen.system.Json.mapper().createArrayNode();
                own.forEach(e -> list.add(ExerciseWriter.tree(e)));
                return FileOutput.deliver(spec, output, DataFiles.yaml(list),
                        "exported " + own.size() + (own.size() == 1 ? " exercise" : " exercises"));
            }
            if (current.find(id).isPresent()) {
                return FileOutput.deliver(spec, output, DataFiles.yaml(ExerciseWriter.tree(current.require(id))),
                        "exported " + id);
            }
            Routine routine = root.routineOrExercise(id);
            return FileOutput.deliver(spec, output, DataFiles.yaml(RoutineFile.tree(routine, current)),
                    "exported the routine " + id);
        }
    }

    static final class SourceConverter extends VocabularyConverter<ImportFile.Source> {
        SourceConverter() {
            super(ImportFile.Source.class);
        }
    }

    /** The file as UTF-8 text, within {@link #MAX_IMPORT_BYTES}; one sentence when it cannot be. */
    static String text(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new UserError(file + " is a folder; give the file to import.");
            }
            long size = Files.size(file);
            if (size > MAX_IMPORT_BYTES) {
                throw new UserError(file + " is " + size / (1024 * 1024) + " MB; an import may be at most "
                        + MAX_IMPORT_BYTES / (1024 * 1024) + " MB.");
            }
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw new UserError("There is no file " + file + " to import.");
        } catch (CharacterCodingException e) {
            throw new UserError(file + " is not UTF-8 text, so it is no file Loosen imports.");
        } catch (IOException e) {
            throw new UserError(file + " could not be read (" + e.getMessage() + ").");
        }
    }
}
