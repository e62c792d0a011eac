package io.loosen.catalog;

import io.loosen.system.Vocabulary;

/**
 * What an exercise needs; {@code none} stands alone. The items after {@code mat} are the ones open
 * exercise databases name (free-exercise-db, wger), so an imported exercise keeps what it needs.
 */
public enum Equipment implements Vocabulary {
    NONE, CHAIR, PULL_UP_BAR, LOW_BAR_OR_TABLE, POLE_OR_DOOR_FRAME, MAT,
    BAND, FOAM_ROLLER, DUMBBELL, KETTLEBELL, BARBELL, EZ_CURL_BAR, CABLE, MACHINE, MEDICINE_BALL, EXERCISE_BALL, BENCH,
    OTHER;
}
