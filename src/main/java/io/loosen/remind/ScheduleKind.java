package io.loosen.remind;

import io.loosen.system.Vocabulary;

/** The two kinds of schedule, as written in files and the API: {@code daily} and {@code desk-breaks}. */
public enum ScheduleKind implements Vocabulary {
    DAILY, DESK_BREAKS;

    public static ScheduleKind of(Schedule schedule) {
        return schedule instanceof DeskBreaks ? DESK_BREAKS : DAILY;
    }
}
