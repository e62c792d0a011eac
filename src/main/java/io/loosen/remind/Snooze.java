package io.loosen.remind;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** How long a reminder can be put off: the three choices a notification offers. */
public enum Snooze {
    FIVE(5), TEN(10), THIRTY(30);

    private final int minutes;

    Snooze(int minutes) {
        this.minutes = minutes;
    }

    public Duration length() {
        return Duration.ofMinutes(minutes);
    }

    public int minutes() {
        return minutes;
    }

    /** The snooze of that many minutes, if it is one of the choices. */
    public static Optional<Snooze> ofMinutes(long minutes) {
        return Arrays.stream(values()).filter(s -> s.minutes == minutes).findFirst();
    }
}
