package io.loosen.catalog;

import io.loosen.system.Vocabulary;

/** Where an exercise can be done. */
public enum Place implements Vocabulary {
    ANYWHERE, DESK, FLOOR, BAR, GYM, OUTDOORS;
}
