package io.loosen.catalog;

import io.loosen.system.Vocabulary;

/** What an exercise needs; {@code none} stands alone. */
public enum Equipment implements Vocabulary {
    NONE, CHAIR, PULL_UP_BAR, LOW_BAR_OR_TABLE, POLE_OR_DOOR_FRAME, MAT;
}
