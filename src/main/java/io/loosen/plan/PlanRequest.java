package io.loosen.plan;

import io.loosen.catalog.Cause;
import io.loosen.catalog.Equipment;
import io.loosen.catalog.Position;
import io.loosen.system.UserError;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a person asks of the planner: {@code minutes} available (1–60), where they are, the equipment at
 * hand ({@code none} is always at hand), the positions they will not take, the focus, what bothers them
 * most, the day the plan is for and a stable key for the person (ties between equally good exercises are
 * broken by a hash of person, day and exercise, so a plan is reproducible yet differs between people).
 */
public record PlanRequest(int minutes, Setting place, Set<Equipment> equipment, Set<Position> avoid, Focus focus,
                          Set<Cause> bothers, LocalDate date, String person) {

    public static final int MIN_MINUTES = 1;
    public static final int MAX_MINUTES = 60;

    public PlanRequest {
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw new UserError("minutes " + minutes + " is outside the allowed " + MIN_MINUTES + "–" + MAX_MINUTES
                    + ".");
        }
        if (place == null) {
            throw new UserError("place is missing; choose one of " + io.loosen.system.Vocabulary.choices(Setting.class)
                    + ".");
        }
        if (focus == null) {
            throw new UserError("focus is missing; choose one of " + io.loosen.system.Vocabulary.choices(Focus.class)
                    + ".");
        }
        if (date == null) {
            throw new UserError("date is missing.");
        }
        if (person == null || person.isBlank()) {
            throw new UserError("person '" + (person == null ? "" : person) + "' is empty; a plan needs a stable "
                    + "person key.");
        }
        EnumSet<Equipment> inHand = EnumSet.of(Equipment.NONE);
        inHand.addAll(equipment == null ? Set.of() : equipment);
        equipment = Collections.unmodifiableSet(inHand);
        avoid = copy(avoid, Position.class);
        bothers = copy(bothers, Cause.class);
    }

    /** A request with no avoided positions, focus on both, nothing named as bothering. */
    public static PlanRequest of(int minutes, Setting place, Set<Equipment> equipment, LocalDate date, String person) {
        return new PlanRequest(minutes, place, equipment, Set.of(), Focus.BOTH, Set.of(), date, person);
    }

    /** From when the planner needs history: the start of the days just before this plan's day, in {@code zone}. */
    public java.time.Instant historySince(java.time.ZoneId zone) {
        return date.minusDays(3).atStartOfDay(zone).toInstant();
    }

    public int budgetSeconds() {
        return minutes * 60;
    }

    public PlanRequest withAvoid(Set<Position> positions) {
        return new PlanRequest(minutes, place, equipment, positions, focus, bothers, date, person);
    }

    public PlanRequest withFocus(Focus newFocus) {
        return new PlanRequest(minutes, place, equipment, avoid, newFocus, bothers, date, person);
    }

    public PlanRequest withBothers(Set<Cause> causes) {
        return new PlanRequest(minutes, place, equipment, avoid, focus, causes, date, person);
    }

    public PlanRequest on(LocalDate day) {
        return new PlanRequest(minutes, place, equipment, avoid, focus, bothers, day, person);
    }

    /** An ordered (enum order) unmodifiable copy, so iteration never depends on hashing. */
    private static <E extends Enum<E>> Set<E> copy(Collection<E> values, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (values != null) {
            set.addAll(values);
        }
        return Collections.unmodifiableSet(set);
    }
}
