package io.loosen.catalog;

import io.loosen.system.Vocabulary;

/** A body position an exercise can be done in; any one of an exercise's positions works. */
public enum Position implements Vocabulary {
    SEATED, STANDING, LYING, KNEELING, HANGING;
}
