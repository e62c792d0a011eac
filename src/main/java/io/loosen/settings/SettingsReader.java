package io.loosen.settings;

import com.fasterxml.jackson.databind.JsonNode;
import io.loosen.system.Fields;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * Reads settings from a JSON object (the body of {@code PUT /api/v1/settings}), field by field, with a
 * one-sentence error naming the bad field. Every field is optional; {@code null} resets it to the default.
 */
public final class SettingsReader {
    private SettingsReader() {
    }

    public static Settings read(String source, JsonNode tree) {
        Fields f = Fields.root(source, tree);
        f.allowOnly("zone", "defaultHold", "voice", "voiceName", "sounds");
        ZoneId zone = f.has("zone") ? zone(f) : null;
        Integer hold = f.has("defaultHold")
                ? f.integer("defaultHold", Settings.MIN_HOLD, Settings.MAX_HOLD, "seconds") : null;
        String voiceName = f.has("voiceName") ? f.text("voiceName", 1, Settings.MAX_VOICE_NAME) : null;
        return new Settings(zone, hold, f.optionalBoolean("voice", Settings.DEFAULTS.voice()), voiceName,
                f.optionalBoolean("sounds", Settings.DEFAULTS.sounds()));
    }

    /** Only region ids (Europe/Berlin) and UTC: a fixed offset like +01:00 knows nothing of DST. */
    private static ZoneId zone(Fields f) {
        String id = f.text("zone", 1, 64);
        try {
            if (id.equals("UTC") || id.contains("/")) {
                return ZoneId.of(id);
            }
        } catch (DateTimeException e) {
            // reported below
        }
        throw f.fail("zone", "field '" + f.path("zone") + "' is '" + Fields.show(id)
                + "', which is not a time zone; use a name like Europe/Berlin, America/New_York or UTC.");
    }
}
