package io.loosen.cli;

import io.loosen.catalog.Describe;

import io.loosen.catalog.Equipment;
import io.loosen.catalog.Exercise;
import io.loosen.catalog.Place;
import io.loosen.catalog.Position;
import io.loosen.system.ExitCode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code loosen exercises}: the catalog, optionally narrowed to a place, equipment or position. */
@Command(name = "exercises", mixinStandardHelpOptions = true,
        description = "List the exercises in the catalog, built-in and your own.")
final class ExercisesCommand implements Callable<Integer> {
    @ParentCommand
    LoosenCommand root;

    @Mixin
    Output output;

    @Option(names = "--place", paramLabel = "PLACE", converter = VocabularyConverter.PlaceConverter.class,
            description = "Only exercises that can be done here: anywhere, desk, floor, bar, gym, outdoors.")
    Place place;

    @Option(names = "--equipment", paramLabel = "EQUIPMENT", converter = VocabularyConverter.EquipmentConverter.class,
            completionCandidates = VocabularyConverter.EquipmentChoices.class,
            description = "Only exercises that use this: ${COMPLETION-CANDIDATES}.")
    Equipment equipment;

    @Option(names = "--position", paramLabel = "POSITION", converter = VocabularyConverter.PositionConverter.class,
            description = "Only exercises that can be done in this position: seated, standing, lying, "
                    + "kneeling, hanging.")
    Position position;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = output.out();
        List<Exercise> found = root.library().catalog().matching(e ->
                (place == null || e.places().contains(place) || e.places().contains(Place.ANYWHERE))
                        && (equipment == null || e.equipment().contains(equipment))
                        && (position == null || e.positions().contains(position)));
        if (output.json) {
            return output.printJson(found);
        }
        if (found.isEmpty()) {
            out.println("No exercise matches those filters.");
            out.flush();
            return ExitCode.OK;
        }
        Table table = new Table("ID", "NAME", "WHERE", "POSITION", "EQUIPMENT", "DOSE");
        for (Exercise e : found) {
            table.row(e.id(), e.name(), Describe.words(e.places()), Describe.words(e.positions()),
                    Describe.words(e.equipment()), Describe.dose(e, e.dose()));
        }
        table.print(out);
        return ExitCode.OK;
    }
}
