package io.loosen.catalog;

import com.fasterxml.jackson.annotation.JsonValue;
import io.loosen.system.Vocabulary;

/** How demanding an exercise is. */
public enum Difficulty implements Vocabulary {
    EASY, MODERATE, HARD;

    @JsonValue
    @Override
    public String slug() {
        return Vocabulary.slugOf(this);
    }
}
