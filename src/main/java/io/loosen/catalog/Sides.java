package io.loosen.catalog;

import io.loosen.system.Vocabulary;

/** Whether an exercise is done once ({@code none}) or left then right ({@code both}). */
public enum Sides implements Vocabulary {
    NONE, BOTH;
}
