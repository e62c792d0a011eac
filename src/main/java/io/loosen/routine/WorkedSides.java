package io.loosen.routine;

import io.loosen.system.Vocabulary;

/**
 * Which sides a routine works of a two-sided exercise: {@code both} (left, then right: the default), or
 * just the {@code left} or the {@code right}, for a side that needs it more or a day it should be spared.
 */
public enum WorkedSides implements Vocabulary {
    BOTH, LEFT, RIGHT;
}
