package io.loosen.store;

import io.loosen.settings.Settings;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** The user's settings, one row per setting that differs from the default. */
public final class SettingStore {
    private final Jdbi jdbi;

    SettingStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Settings load() {
        Map<String, String> rows = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("select name, value from setting")
                .map((rs, ctx) -> rows.put(rs.getString(1), rs.getString(2))).list());
        Settings d = Settings.DEFAULTS;
        return new Settings(zone(rows.get("time-zone")), integer(rows.get("default-hold")),
                flag(rows.get("voice"), d.voice()), rows.get("voice-name"), flag(rows.get("sounds"), d.sounds()));
    }

    /** Replaces every setting at once, in one transaction. */
    public void save(Settings s) {
        Map<String, String> rows = new HashMap<>();
        rows.put("time-zone", s.zone() == null ? null : s.zone().getId());
        rows.put("default-hold", s.defaultHold() == null ? null : s.defaultHold().toString());
        rows.put("voice", Boolean.toString(s.voice()));
        rows.put("voice-name", s.voiceName());
        rows.put("sounds", Boolean.toString(s.sounds()));
        jdbi.useTransaction(h -> {
            h.execute("delete from setting");
            var insert = h.prepareBatch("insert into setting (name, value) values (:name, :value)");
            rows.forEach((name, value) -> {
                if (value != null) {
                    insert.bind("name", name).bind("value", value).add();
                }
            });
            insert.execute();
        });
    }

    /** A zone the running Java no longer knows (tz data changes) falls back to the computer's. */
    private static ZoneId zone(String id) {
        try {
            return id == null ? null : ZoneId.of(id);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Integer integer(String value) {
        try {
            int hold = Integer.parseInt(value);
            return hold >= Settings.MIN_HOLD && hold <= Settings.MAX_HOLD ? hold : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean flag(String value, boolean fallback) {
        return value == null ? fallback : Boolean.parseBoolean(value);
    }
}
