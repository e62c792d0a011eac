package io.loosen.catalog;

import io.loosen.system.Vocabulary;

/** How demanding an exercise is. */
public enum Difficulty implements Vocabulary {
    EASY, MODERATE, HARD;
}
