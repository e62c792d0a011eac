package io.loosen.catalog;

import io.loosen.system.Vocabulary;

/**
 * Where in the body an exercise works. The back's own areas come first; the muscles after them are the
 * ones open exercise databases name (free-exercise-db, wger), so an imported exercise keeps what it works.
 */
public enum Target implements Vocabulary {
    UPPER_BACK, MID_BACK, LOWER_BACK, BETWEEN_SHOULDER_BLADES, LOWER_SPINE, HIPS, RIBS, SHOULDERS, LATS, CHEST, ARMS, GRIP, NECK,
    TRAPS, ABDOMINALS, BICEPS, TRICEPS, FOREARMS, GLUTES, ABDUCTORS, ADDUCTORS, QUADRICEPS, HAMSTRINGS, CALVES;
}
