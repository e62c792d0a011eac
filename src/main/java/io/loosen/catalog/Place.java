package io.loosen.catalog;

import com.fasterxml.jackson.annotation.JsonValue;
import io.loosen.system.Vocabulary;

/** Where an exercise can be done. */
public enum Place implements Vocabulary {
    ANYWHERE, DESK, FLOOR, BAR, GYM, OUTDOORS;

    @JsonValue
    @Override
    public String slug() {
        return Vocabulary.slugOf(this);
    }
}
