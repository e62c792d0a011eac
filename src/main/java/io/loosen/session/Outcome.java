package io.loosen.session;

/** How a session ended: {@code completed} when it reached the end, otherwise where the user stopped. */
public record Outcome(Timeline timeline, boolean completed, Moment last) {
}
