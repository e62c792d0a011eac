package io.loosen.cli;

import java.util.List;

import java.util.ArrayList;

import io.loosen.catalog.Catalog;
import io.loosen.catalog.CatalogLoader;
import io.loosen.routine.Routine;
import io.loosen.routine.Routines;
import io.loosen.system.Environment;
import java.io.PrintWriter;

/** The catalog and routines a command works with, loaded once; skipped user files are reported. */
record Library(Catalog catalog, Routines routines) {

    static Library load(Environment env, PrintWriter err) {
        return read(env).reported(err);
    }

    /** The built-in exercises and routines and the user's files, with nothing said yet of skipped files. */
    static Library read(Environment env) {
        Catalog catalog = CatalogLoader.load(env.userExercisesDir());
        return new Library(catalog, Routines.builtIn(catalog));
    }

    /** This library, once the files it skipped are reported on {@code err}. */
    Library reported(PrintWriter err) {
        for (String problem : catalog.problems()) {
            err.println("loosen: skipped " + problem);
        }
        err.flush();
        return this;
    }

    /** The same library with the exercises stored in the app after the built-in ones and the files. */
    Library withStored(List<io.loosen.catalog.Exercise> stored, PrintWriter err) {
        Catalog all = catalog.with(stored);
        for (String problem : all.problems().subList(catalog.problems().size(), all.problems().size())) {
            err.println("loosen: skipped " + problem);
        }
        err.flush();
        return new Library(all, routines);
    }

    /** The same library with the user's own routines after the built-in ones. */
    Library withUserRoutines(List<Routine> own) {
        List<Routine> all = new ArrayList<>(routines.all());
        all.addAll(own);
        return new Library(catalog, new Routines(all));
    }

    /** A routine by id, or a single exercise by id as a routine of its own. */
    Routine routineOrExercise(String id) {
        return routines.routineOrExercise(id, catalog);
    }
}
