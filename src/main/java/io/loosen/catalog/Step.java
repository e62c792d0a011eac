package io.loosen.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One instruction of an exercise. The single {@code main} step is the one the dose applies to: held for
 * the hold time, or repeated for the reps. Steps before it lead in; steps after it are the release.
 * In two-sided exercises {@code {side}} and {@code {other}} stand for the side being worked and its opposite.
 */
public record Step(String text, String cue, int seconds,
                   @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean main) {

    public static final int DEFAULT_SECONDS = 5;
}
