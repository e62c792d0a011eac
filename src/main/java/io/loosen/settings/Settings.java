package io.loosen.settings;

import java.time.ZoneId;

/**
 * What the user has chosen. {@code zone} is where "today" and streak days are counted (null: the
 * computer's own zone); {@code defaultHold} replaces every held stretch's own default, in seconds, within
 * what each exercise allows (null: each exercise's own); {@code voice} speaks the cues, in the browser
 * voice named {@code voiceName} (null: the browser's default); {@code sounds} plays a short tone at each change.
 */
public record Settings(ZoneId zone, Integer defaultHold, boolean voice, String voiceName, boolean sounds) {
    public static final Settings DEFAULTS = new Settings(null, null, true, null, true);
    public static final int MIN_HOLD = 5;
    public static final int MAX_HOLD = 300;
    public static final int MAX_VOICE_NAME = 200;

    public Settings {
        if (defaultHold != null && (defaultHold < MIN_HOLD || defaultHold > MAX_HOLD)) {
            throw new IllegalArgumentException("a default hold is " + MIN_HOLD + "–" + MAX_HOLD + " seconds");
        }
        if (voiceName != null && (voiceName.isBlank() || voiceName.length() > MAX_VOICE_NAME)) {
            throw new IllegalArgumentException("a voice name is 1–" + MAX_VOICE_NAME + " characters");
        }
    }

    /** The zone to count days in: the chosen one, else {@code computers}. */
    public ZoneId zoneOr(ZoneId computers) {
        return zone == null ? computers : zone;
    }
}
