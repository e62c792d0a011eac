package io.loosen.plan;

import io.loosen.catalog.Equipment;
import io.loosen.catalog.Place;
import io.loosen.catalog.Position;
import io.loosen.system.Vocabulary;
import java.util.Set;

/**
 * Where the person is when they ask for a plan. Each setting admits some of the catalog's places: a desk
 * admits desk and anywhere exercises, done seated or standing only; the home floor admits floor and
 * anywhere exercises, and bar exercises when a bar is at hand (a doorway pull-up bar at home); the gym and
 * outdoors admit their own places, bar and anywhere.
 */
public enum Setting implements Vocabulary {
    DESK, FLOOR, GYM, OUTDOORS;

    boolean admits(Place place, Set<Equipment> inHand) {
        return switch (this) {
            case DESK -> place == Place.DESK || place == Place.ANYWHERE;
            case FLOOR -> place == Place.FLOOR || place == Place.ANYWHERE
                    || place == Place.BAR && (inHand.contains(Equipment.PULL_UP_BAR)
                            || inHand.contains(Equipment.LOW_BAR_OR_TABLE));
            case GYM -> place == Place.GYM || place == Place.BAR || place == Place.ANYWHERE;
            case OUTDOORS -> place == Place.OUTDOORS || place == Place.BAR || place == Place.ANYWHERE;
        };
    }

    /** Never lying, kneeling or hanging at a desk. */
    boolean admits(Position position) {
        return this != DESK || position == Position.SEATED || position == Position.STANDING;
    }

    /** "at a desk", for sentences. */
    String phrase() {
        return switch (this) {
            case DESK -> "at a desk";
            case FLOOR -> "on the floor";
            case GYM -> "at the gym";
            case OUTDOORS -> "outdoors";
        };
    }

    /** "desk", as in "Your 4-minute desk plan". */
    String adjective() {
        return switch (this) {
            case DESK -> "desk";
            case FLOOR -> "floor";
            case GYM -> "gym";
            case OUTDOORS -> "outdoor";
        };
    }
}
