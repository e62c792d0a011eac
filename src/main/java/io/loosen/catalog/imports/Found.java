package io.loosen.catalog.imports;

import io.loosen.catalog.Difficulty;
import io.loosen.catalog.Equipment;
import io.loosen.catalog.Provenance;
import io.loosen.catalog.Sides;
import io.loosen.catalog.Target;
import java.util.List;

/**
 * One exercise as a source gives it, in Loosen's words where the source has them and as plain text where
 * it does not. {@code from} names the source ("free-exercise-db"), {@code record} names it in messages ("record 12 ('Cat Stretch')"). Null means the source
 * does not say: {@code difficulty}, {@code seconds} (a timed source's hold, per side), {@code sides}.
 */
public record Found(
        String from,
        String record,
        String name,
        List<String> aliases,
        List<String> instructions,
        List<Target> targets,
        List<Equipment> equipment,
        boolean stretch,
        Difficulty difficulty,
        Integer seconds,
        Sides sides,
        Provenance provenance) {

    public Found {
        aliases = List.copyOf(aliases);
        instructions = List.copyOf(instructions);
        targets = List.copyOf(targets);
        equipment = List.copyOf(equipment);
    }
}
