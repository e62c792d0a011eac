package io.loosen.remind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/** Local wall-clock times as instants, the way a person expects a reminder across a DST change. */
final class WallClock {
    private WallClock() {
    }

    /**
     * The instant {@code time} on {@code day} happens in {@code zone}. A time that does not exist (skipped
     * by a spring-forward, like 02:30 when clocks jump from 02:00 to 03:00) fires at the moment the clocks
     * jump, which reads 03:00: as soon as possible, not an hour late at 03:30 as {@code ZonedDateTime.of}
     * would have it. A time that happens twice (fall-back) fires at its first occurrence only.
     */
    static Instant instant(LocalDate day, LocalTime time, ZoneId zone) {
        LocalDateTime local = day.atTime(time);
        var rules = zone.getRules();
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.isEmpty()) {
            return rules.getTransition(local).getInstant();
        }
        return local.toInstant(offsets.get(0));
    }
}
