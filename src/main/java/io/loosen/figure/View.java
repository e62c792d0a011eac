package io.loosen.figure;

import io.loosen.system.Vocabulary;

/**
 * Where the figure is seen from. {@code front} and {@code above} share their geometry (left and right limbs
 * open sideways); {@code above} is for lying on the floor, drawn without a floor line. In {@code side} the
 * figure faces right, its left limbs nearest.
 */
public enum View implements Vocabulary {
    FRONT, SIDE, ABOVE;

    /** Whether left and right limbs open away from each other (front, above) rather than overlap (side). */
    boolean sideways() {
        return this != SIDE;
    }
}
