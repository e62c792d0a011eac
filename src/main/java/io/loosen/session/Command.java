package io.loosen.session;

/** What the user can ask of a playing session, from any input (keys, buttons). */
public enum Command {
    TOGGLE_PAUSE, NEXT, BACK, QUIT
}
