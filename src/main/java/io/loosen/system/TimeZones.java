package io.loosen.system;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The IANA time zone the user is in now: history records it with every session. */
public final class TimeZones {
    private TimeZones() {
    }

    /**
     * {@code $TZ} when it names a zone, else the system's. A bare offset ({@code Z}, {@code +02:00}) is
     * turned into its named equivalent ({@code Etc/UTC}, {@code Etc/GMT-2}) where one exists, so history
     * always holds zone names.
     */
    public static ZoneId current(Environment env) {
        ZoneId zone = ZoneId.systemDefault();
        String tz = env.get("TZ");
        if (tz != null) {
            try {
                zone = ZoneId.of(tz.startsWith(":") ? tz.substring(1) : tz);
            } catch (DateTimeException e) {
                // Not a zone Java knows (a POSIX rule like "CET-1CEST"): keep the system's.
            }
        }
        return named(zone.normalized());
    }

    static ZoneId named(ZoneId zone) {
        if (!(zone instanceof ZoneOffset offset)) {
            return zone;
        }
        int seconds = offset.getTotalSeconds();
        if (seconds == 0) {
            return ZoneId.of("Etc/UTC");
        }
        if (seconds % 3600 == 0 && Math.abs(seconds) <= 12 * 3600) {
            // The Etc/GMT zones count the other way: Etc/GMT-2 is two hours ahead of UTC.
            int hours = -seconds / 3600;
            return ZoneId.of("Etc/GMT" + (hours > 0 ? "+" : "") + hours);
        }
        return zone;
    }
}
