package io.loosen.web;

import io.loosen.catalog.Exercise;
import io.loosen.catalog.ExerciseFigure;
import io.loosen.figure.FigureSvg;
import io.loosen.figure.Side;

/** What the pages need to show an exercise's figure: its addresses and its text alternative. */
public final class FigureLinks {
    private FigureLinks() {
    }

    /** The looping animation. */
    public static String animated(Exercise e) {
        return WebApp.API + "/exercises/" + e.id() + "/figure.svg";
    }

    /** The key poses side by side, for reduced motion. */
    public static String still(Exercise e) {
        return animated(e) + "?motion=none";
    }

    public static String alt(Exercise e) {
        return FigureSvg.describe(ExerciseFigure.of(e), Side.LEFT);
    }
}
