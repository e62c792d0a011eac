package io.loosen.remind;

import java.time.Instant;

/** A moment a reminder fires: which reminder, which routine to offer, and whether a snooze brought it. */
public record Due(String reminderId, String routineId, Instant at, boolean snoozed) {
}
