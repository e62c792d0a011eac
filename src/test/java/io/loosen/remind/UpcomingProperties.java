package io.loosen.remind;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of {@link Upcoming} over random reminders, zones (with and without DST, odd offsets) and moments
 * around DST changes, from a seeded generator: a failure names its seed and replays exactly.
 */
class UpcomingProperties {
    static final List<ZoneId> ZONES = List.of("Europe/Berlin", "America/New_York", "Australia/Lord_Howe",
            "America/St_Johns", "Asia/Kolkata", "Pacific/Chatham", "Etc/UTC", "America/Santiago",
            "Europe/Dublin", "Africa/Casablanca").stream().map(ZoneId::of).toList();

    static List<Long> seeds() {
        List<Long> seeds = new ArrayList<>();
        for (long seed = 1; seed <= 300; seed++) {
            seeds.add(seed);
        }
        return seeds;
    }

    record Case(Reminders reminders, ZoneId zone, Instant after) {
    }

    static Case generate(long seed) {
        Random random = new Random(seed);
        List<Reminder> all = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
        // Moments near the zone's DST changes of 2026 (and ordinary ones) are the interesting ones.
        Instant after = Instant.parse("2026-01-01T00:00:00Z").plus(Duration.ofMinutes(random.nextInt(365 * 24 * 60)));
        var transition = zone.getRules().nextTransition(after);
        if (transition != null && random.nextBoolean()) {
            after = transition.getInstant().minus(Duration.ofMinutes(random.nextInt(48 * 60)));
        }
        for (int i = 0; i < count; i++) {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (DayOfWeek day : DayOfWeek.values()) {
                if (random.nextInt(3) > 0) {
                    days.add(day);
                }
            }
            if (days.isEmpty()) {
                days.add(DayOfWeek.of(1 + random.nextInt(7)));
            }
            Schedule schedule;
            if (random.nextBoolean()) {
                schedule = new DailyRoutine(LocalTime.ofSecondOfDay(random.nextInt(24 * 60) * 60L), days);
            } else {
                int from = random.nextInt(23 * 60);
                int until = from + 1 + random.nextInt(24 * 60 - from - 1);
                schedule = new DeskBreaks(DeskBreaks.MIN_MINUTES + random.nextInt(120),
                        LocalTime.ofSecondOfDay(from * 60L), LocalTime.ofSecondOfDay(until * 60L), days);
            }
            Reminder reminder = new Reminder("r" + i, "routine-" + random.nextInt(3), schedule, null, null);
            if (random.nextInt(4) == 0) {
                reminder = reminder.snoozed(after.minus(Duration.ofMinutes(random.nextInt(20))),
                        Snooze.values()[random.nextInt(3)]);
            }
            if (random.nextInt(4) == 0) {
                reminder = reminder.skipping(after.atZone(zone).toLocalDate().plusDays(random.nextInt(3)));
            }
            all.add(reminder);
        }
        LocalDate pause = random.nextInt(5) == 0 ? after.atZone(zone).toLocalDate().plusDays(random.nextInt(10)) : null;
        return new Case(new Reminders(all, pause), zone, after);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void nextIsOrderedAfterTheMomentAndNeverRemindsTwiceAtOnce(long seed) {
        Case c = generate(seed);
        List<Due> next = Upcoming.next(c.reminders(), Practice.NONE, c.zone(), c.after(), 60);
        assertThat(next).hasSize(60);
        assertThat(next).allSatisfy(d -> assertThat(d.at()).isAfter(c.after()));
        assertThat(next).extracting(Due::at).isSorted();
        Set<String> seen = new HashSet<>();
        for (Due due : next) {
            assertThat(seen.add(due.reminderId() + "@" + due.at())).as("seed %d: %s twice", seed, due).isTrue();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void nextAndBetweenAgreeAndNextIsAPrefixOfALongerNext(long seed) {
        Case c = generate(seed);
        List<Due> next = Upcoming.next(c.reminders(), Practice.NONE, c.zone(), c.after(), 40);
        Instant last = next.get(next.size() - 1).at();
        List<Due> between = Upcoming.between(c.reminders(), Practice.NONE, c.zone(), c.after(), last);
        // A tie at the last instant may hold more than the limit let through.
        assertThat(between).startsWith(next.toArray(Due[]::new));
        assertThat(between.stream().filter(d -> d.at().isBefore(last)).toList())
                .isEqualTo(next.stream().filter(d -> d.at().isBefore(last)).toList());
        assertThat(Upcoming.next(c.reminders(), Practice.NONE, c.zone(), c.after(), 7)).isEqualTo(next.subList(0, 7));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void walkingFromOneReminderToTheNextFindsThemAll(long seed) {
        Case c = generate(seed);
        List<Due> next = Upcoming.next(c.reminders(), Practice.NONE, c.zone(), c.after(), 25);
        Instant now = c.after();
        List<Instant> walked = new ArrayList<>();
        while (walked.size() < 25) {
            List<Due> first = Upcoming.next(c.reminders(), Practice.NONE, c.zone(), now, 1);
            walked.add(first.get(0).at());
            now = first.get(0).at();
            // Everything at that instant is sent together; the walk moves past it.
            long together = next.stream().filter(d -> d.at().equals(first.get(0).at())).count();
            for (int i = 1; i < together && walked.size() < 25; i++) {
                walked.add(first.get(0).at());
            }
        }
        assertThat(walked).isEqualTo(next.stream().map(Due::at).toList());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyReminderFiresAtItsWallClockTimeOrAtTheJumpOverIt(long seed) {
        Case c = generate(seed);
        for (Due due : Upcoming.next(c.reminders(), Practice.NONE, c.zone(), c.after(), 60)) {
            Reminder reminder = c.reminders().all().stream().filter(r -> r.id().equals(due.reminderId()))
                    .findFirst().orElseThrow();
            var local = due.at().atZone(c.zone()).toLocalDateTime();
            if (due.snoozed()) {
                assertThat(due.at()).isEqualTo(reminder.snoozedUntil());
                continue;
            }
            assertThat(reminder.schedule().days()).contains(local.getDayOfWeek());
            boolean onTime = reminder.schedule().times().contains(local.toLocalTime());
            var jump = c.zone().getRules().getTransition(local);
            boolean atJump = c.zone().getRules().previousTransition(due.at().plusNanos(1)) != null
                    && c.zone().getRules().previousTransition(due.at().plusNanos(1)).getInstant().equals(due.at());
            assertThat(onTime || atJump).as("seed %d: %s at %s", seed, due, local).isTrue();
            assertThat(jump == null || !jump.isGap()).isTrue();
            assertThat(c.reminders().pausedOn(local.toLocalDate())).isFalse();
            assertThat(local.toLocalDate()).isNotEqualTo(reminder.skippedDay());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aDailyReminderFiresAtMostOncePerLocalDay(long seed) {
        Case c = generate(seed);
        Set<String> days = new HashSet<>();
        for (Due due : Upcoming.next(c.reminders(), Practice.NONE, c.zone(), c.after(), 80)) {
            Reminder reminder = c.reminders().all().stream().filter(r -> r.id().equals(due.reminderId()))
                    .findFirst().orElseThrow();
            if (reminder.schedule() instanceof DailyRoutine && !due.snoozed()) {
                assertThat(days.add(due.reminderId() + due.at().atZone(c.zone()).toLocalDate()))
                        .as("seed %d: %s", seed, due).isTrue();
            }
        }
    }
}
