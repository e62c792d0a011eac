package io.loosen.catalog;

import io.loosen.system.Vocabulary;

/** The causes of a tight mid and upper back that an exercise counters. */
public enum Cause implements Vocabulary {
    STATIC_POSITION, REPETITIVE_MOVEMENT, POOR_POSTURE, STRENGTH_IMBALANCE, OVERUSE;
}
