package io.loosen.catalog;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.loosen.system.Vocabulary;
import java.util.List;

/**
 * An exercise as the catalog format writes it (docs/catalog.md), so {@link ExerciseReader} reads back the
 * same exercise: every required field, and an optional one only when it differs from its default. Pure.
 */
public final class ExerciseWriter {
    private ExerciseWriter() {
    }

    public static ObjectNode tree(Exercise e) {
        ObjectNode root = JsonNodeFactory.instance.objectNode().put("id", e.id()).put("name", e.name());
        if (!e.aliases().isEmpty()) {
            texts(root.putArray("aliases"), e.aliases());
        }
        root.put("summary", e.summary());
        words(root.putArray("counters"), e.counters());
        words(root.putArray("targets"), e.targets());
        words(root.putArray("positions"), e.positions());
        words(root.putArray("places"), e.places());
        words(root.putArray("equipment"), e.equipment());
        root.put("sides", e.sides().slug());
        dose(root.putObject("dose"), e.dose());
        ArrayNode steps = root.putArray("steps");
        for (Step s : e.steps()) {
            ObjectNode step = steps.addObject().put("text", s.text()).put("cue", s.cue());
            if (s.seconds() != Step.DEFAULT_SECONDS) {
                step.put("seconds", s.seconds());
            }
            if (s.main()) {
                step.put("main", true);
            }
        }
        root.put("feel", e.feel());
        texts(root.putArray("safety"), e.safety());
        root.put("difficulty", e.difficulty().slug());
        if (e.provenance() != null) {
            ObjectNode p = root.putObject("provenance").put("author", e.provenance().author())
                    .put("licence", e.provenance().licence());
            if (e.provenance().source() != null) {
                p.put("source", e.provenance().source());
            }
        }
        if (e.review()) {
            root.put("review", true);
        }
        if (e.figureSource() != null) {
            root.set("figure", e.figureSource().deepCopy());
        }
        return root;
    }

    private static void dose(ObjectNode node, Dose dose) {
        if (dose instanceof Dose.Hold h) {
            ObjectNode hold = node.putObject("hold").put("default", h.defaultSeconds()).put("min", h.min())
                    .put("max", h.max());
            if (h.free()) {
                hold.put("free", true);
            }
        } else if (dose instanceof Dose.Reps r) {
            ObjectNode reps = node.putObject("reps").put("count", r.count()).put("sets", r.sets())
                    .put("rest", r.rest());
            ArrayNode tempo = reps.putArray("tempo");
            r.tempo().forEach(b -> tempo.addObject().put("cue", b.cue()).put("seconds", b.seconds()));
        }
    }

    private static void texts(ArrayNode list, List<String> texts) {
        texts.forEach(list::add);
    }

    private static void words(ArrayNode list, List<? extends Vocabulary> words) {
        words.forEach(w -> list.add(w.slug()));
    }
}
