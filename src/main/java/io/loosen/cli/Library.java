package io.loosen.cli;

import io.loosen.catalog.Catalog;
import io.loosen.catalog.CatalogLoader;
import io.loosen.routine.Routine;
import io.loosen.routine.Routines;
import io.loosen.system.Environment;
import java.io.PrintWriter;

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
        return routines.routineOrExercise(id, catalog);
    }
}
