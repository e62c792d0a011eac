package io.loosen.progress.stats;

import io.loosen.progress.PracticeSession;
import java.time.LocalDate;

/** A session that counts, with the day it counts for. */
record Dated(LocalDate day, PracticeSession session) {
}
