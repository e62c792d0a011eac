package io.loosen.cli;

import io.loosen.catalog.Catalog;
import io.loosen.catalog.CatalogLoader;
import io.loosen.catalog.Exercise;
import io.loosen.routine.Routine;
import io.loosen.routine.Routines;
import io.loosen.system.Environment;
import io.loosen.system.Suggest;
import io.loosen.system.UserError;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** The catalog and routines a command works with, loaded once; skipped user files are reported. */
record Library(Catalog catalog, Routines routines) {

    static Library load(Environment env, PrintWriter err) {
        Catalog catalog = CatalogLoader.load(env.userExercisesDir());
        for (String problem : catalog.problems()) {
            err.println("loosen: skipped " + problem);
        }
        err.flush();
        return new Library(catalog, Routines.builtIn(catalog));
    }

    /** A routine by id, or a single exercise by id as a routine of its own. */
    Routine routineOrExercise(String id) {
        if (routines.find(id).isPresent()) {
            return routines.require(id);
        }
        return catalog.find(id).map(e -> Routine.single(e.id(), e.name())).orElseThrow(() -> {
            List<String> known = new ArrayList<>();
            routines.all().forEach(r -> known.add(r.id()));
            catalog.all().stream().map(Exercise::id).forEach(known::add);
            return new UserError(Suggest.unknown("routine or exercise", id, known, "loosen routines"));
        });
    }
}
