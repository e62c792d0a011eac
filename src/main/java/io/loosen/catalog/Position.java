package io.loosen.catalog;

import com.fasterxml.jackson.annotation.JsonValue;
import io.loosen.system.Vocabulary;

/** A body position an exercise can be done in; any one of an exercise's positions works. */
public enum Position implements Vocabulary {
    SEATED, STANDING, LYING, KNEELING, HANGING;

    @JsonValue
    @Override
    public String slug() {
        return Vocabulary.slugOf(this);
    }
}
