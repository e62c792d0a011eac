package io.loosen.figure;

/** Which limb a joint belongs to; the trunk's joints have none. */
public enum Side {
    NONE, LEFT, RIGHT
}
