package io.loosen.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/** How much of an exercise to do: a held stretch, or repetitions of a movement. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.WRAPPER_OBJECT)
@JsonSubTypes({@JsonSubTypes.Type(value = Dose.Hold.class, name = "hold"),
               @JsonSubTypes.Type(value = Dose.Reps.class, name = "reps")})
public sealed interface Dose {

    /** Limits every hold must respect; a 3-hour "stretch" is a typo, not a plan. */
    int MAX_HOLD_SECONDS = 600;

    /**
     * A stretch held for {@code defaultSeconds}, which a routine or the user may change within
     * {@code min}..{@code max}. {@code free} means "as long as you like": the time is only a suggestion.
     */
    record Hold(@JsonProperty("default") int defaultSeconds, int min, int max, boolean free) implements Dose {
        public Hold {
            if (min < 1 || max > MAX_HOLD_SECONDS || min > defaultSeconds || defaultSeconds > max) {
                throw new IllegalArgumentException("hold needs 1 <= min <= default <= max <= " + MAX_HOLD_SECONDS);
            }
        }

        public boolean allows(int seconds) {
            return seconds >= min && seconds <= max;
        }

        public int clamp(int seconds) {
            return Math.max(min, Math.min(max, seconds));
        }

        public Hold withSeconds(int seconds) {
            return new Hold(clamp(seconds), min, max, free);
        }
    }

    /** {@code count} repetitions per set, {@code sets} sets with {@code rest} seconds between them. */
    record Reps(int count, int sets, int rest, List<Beat> tempo) implements Dose {
        public Reps {
            tempo = List.copyOf(tempo);
            if (count < 1 || sets < 1 || rest < 0 || tempo.isEmpty()) {
                throw new IllegalArgumentException("reps need a count, sets, rest >= 0 and a tempo");
            }
        }

        /** Seconds one repetition takes at this tempo. */
        public int secondsPerRep() {
            return tempo.stream().mapToInt(Beat::seconds).sum();
        }
    }

    /** One phase of a repetition ("pull" for 2 s), spoken as it starts. */
    record Beat(String cue, int seconds) {
    }
}
