package io.loosen.catalog;

import io.loosen.system.Vocabulary;

/** Where in the body an exercise works. */
public enum Target implements Vocabulary {
    UPPER_BACK, MID_BACK, LOWER_BACK, BETWEEN_SHOULDER_BLADES, LOWER_SPINE, HIPS, RIBS, SHOULDERS, LATS, CHEST, ARMS, GRIP, NECK;
}
