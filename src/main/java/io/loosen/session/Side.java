package io.loosen.session;

import io.loosen.system.Vocabulary;

/** Which side a segment works: two-sided exercises do the left, then the right. */
public enum Side implements Vocabulary {
    NONE, LEFT, RIGHT;

    public Side other() {
        return switch (this) {
            case LEFT -> RIGHT;
            case RIGHT -> LEFT;
            case NONE -> NONE;
        };
    }
}
