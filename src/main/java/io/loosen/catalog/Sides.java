package io.loosen.catalog;

import com.fasterxml.jackson.annotation.JsonValue;
import io.loosen.system.Vocabulary;

/** Whether an exercise is done once ({@code none}) or left then right ({@code both}). */
public enum Sides implements Vocabulary {
    NONE, BOTH;

    @JsonValue
    @Override
    public String slug() {
        return Vocabulary.slugOf(this);
    }
}
