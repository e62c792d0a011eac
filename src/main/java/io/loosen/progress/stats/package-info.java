/**
 * Streaks and statistics over a practice history: pure functions of the sessions and of "today".
 *
 * <p>Nothing here reads a clock, a store or the default time zone. The caller passes {@code today} as the
 * date in the user's current zone; every session counts for its own {@link
 * io.loosen.progress.PracticeSession#day() day}, the local date where and when it started. So a change to
 * or from daylight saving time never breaks or doubles a day, and after a flight each session keeps the
 * date the wall clock showed where it happened.
 *
 * <p>The same rule decides everywhere what counts: {@link io.loosen.progress.stats.PractisedDays#counts}.
 * Streaks, weeks, the grid and the tension trend all agree on which sessions happened.
 *
 * <p>{@link io.loosen.progress.stats.ProgressReport#of} is the entry point for the CLI and the web app.
 */
package io.loosen.progress.stats;
