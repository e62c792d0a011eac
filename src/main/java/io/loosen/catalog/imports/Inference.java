package io.loosen.catalog.imports;

import io.loosen.catalog.Dose;
import io.loosen.catalog.Equipment;
import io.loosen.catalog.Place;
import io.loosen.catalog.Position;
import io.loosen.catalog.Sides;
import io.loosen.catalog.Target;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an exercise's text says when its source has no field for it: whether it is done on each side, the
 * position it starts in, where it can be done, and how long a stretch is held or how many times a movement
 * is repeated. Only clear phrases count ("each side", "lie on your back", "hold for 20–30 seconds");
 * otherwise a conservative default stands, and the exercise is marked for review anyway.
 */
public final class Inference {
    /** A hold the source does not give: short, and easy to lengthen. */
    public static final Dose.Hold DEFAULT_HOLD = new Dose.Hold(20, 10, 60, false);
    static final int DEFAULT_REPS = 10;

    private static final Pattern BOTH_SIDES = Pattern.compile("\\b(each|other|opposite|both) (side|leg|arm|foot|hand)s?\\b"
            + "|\\bswitch (sides|legs|arms|feet|hands)\\b|\\bswap sides\\b|\\brepeat (on|with|for) the (other|opposite|left|right)\\b"
            + "|\\bthen switch\\b|\\bon each side\\b|\\bper side\\b");
    private static final List<Cue> POSITIONS = List.of(
            new Cue(Position.HANGING, "\\bhang(ing)? (from|on(to)?)\\b|\\bpull-?up bar\\b|\\bchin-?up bar\\b|\\bdead hang\\b"),
            new Cue(Position.LYING, "\\b(lie|lying|lay|laying)\\b|\\bon your (back|stomach|side)\\b|\\bface ?down\\b"
                    + "|\\bsupine\\b|\\bprone\\b"),
            new Cue(Position.KNEELING, "\\bkneel(ing)?\\b|\\bhands and knees\\b|\\ball fours\\b|\\bon your knees\\b"),
            new Cue(Position.SEATED, "\\b(sit|sits|sitting|seated)\\b|\\bchair\\b"),
            new Cue(Position.STANDING, "\\b(stand|stands|standing)\\b"));
    private static final Pattern CHAIR = Pattern.compile("\\b(chair|desk)\\b");
    private static final Pattern PULL_UP_BAR = Pattern.compile("\\b(pull-?up|chin-?up) bar\\b");
    private static final Pattern SECONDS = Pattern.compile(
            "\\b(\\d{1,4})(?:\\s*(?:-|–|to)\\s*(\\d{1,4}))?\\s*(seconds?|secs?|minutes?|mins?)\\b");
    private static final Pattern TIMES = Pattern.compile(
            "\\b(\\d{1,3})(?:\\s*(?:-|–|to)\\s*(\\d{1,3}))?\\s*(times|reps|repetitions)\\b");
    private static final Set<Equipment> GYM_ONLY = EnumSet.of(Equipment.BARBELL, Equipment.EZ_CURL_BAR, Equipment.CABLE,
            Equipment.MACHINE, Equipment.BENCH);
    private static final Set<Equipment> CARRIED = EnumSet.of(Equipment.NONE, Equipment.CHAIR, Equipment.BAND,
            Equipment.POLE_OR_DOOR_FRAME, Equipment.MAT);

    private static final List<Object[]> AREAS = List.of(
            new Object[] {Target.NECK, Pattern.compile("\\b(neck|head)\\b")},
            new Object[] {Target.SHOULDERS, Pattern.compile("\\bshoulders?\\b")},
            new Object[] {Target.UPPER_BACK, Pattern.compile("\\bupper back\\b|\\bshoulder blades?\\b")},
            new Object[] {Target.LOWER_BACK, Pattern.compile("\\blower back\\b")},
            new Object[] {Target.MID_BACK, Pattern.compile("\\b(middle|mid) back\\b|\\bback\\b")},
            new Object[] {Target.CHEST, Pattern.compile("\\bchest\\b")},
            new Object[] {Target.ARMS, Pattern.compile("\\barms?\\b")},
            new Object[] {Target.FOREARMS, Pattern.compile("\\b(wrists?|forearms?|fingers?|hands?)\\b")},
            new Object[] {Target.HIPS, Pattern.compile("\\bhips?\\b")});

    private record Cue(Position position, Pattern pattern) {
        Cue(Position position, String regex) {
            this(position, Pattern.compile(regex));
        }
    }

    private Inference() {
    }

    static String lower(List<String> instructions) {
        return String.join(" ", instructions).toLowerCase(Locale.ROOT);
    }

    /**
     * The body areas a text names, for sources that list none (Workrave): neck, shoulders, back, chest,
     * arms, wrists and hands, hips, in that order; none when it names none (an exercise for the eyes).
     */
    public static List<Target> targets(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<Target> found = new ArrayList<>();
        for (Object[] area : AREAS) {
            if (((Pattern) area[1]).matcher(lower).find() && !(area[0] == Target.MID_BACK
                    && (found.contains(Target.UPPER_BACK) || found.contains(Target.LOWER_BACK)))) {
                found.add((Target) area[0]);
            }
        }
        return found;
    }

    /** {@code both} when the text says the exercise is done on each side, else {@code none}. */
    public static Sides sides(String text) {
        return BOTH_SIDES.matcher(text.toLowerCase(Locale.ROOT)).find() ? Sides.BOTH : Sides.NONE;
    }

    /**
     * The position the text starts in: the first one it mentions ("lie on your back" is lying), standing
     * when it names none. One position only: the catalog reads several as "any one of them works".
     */
    public static Position position(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Position first = Position.STANDING;
        int at = Integer.MAX_VALUE;
        for (Cue cue : POSITIONS) {
            Matcher m = cue.pattern.matcher(lower);
            if (m.find() && m.start() < at) {
                at = m.start();
                first = cue.position;
            }
        }
        return first;
    }

    /** The equipment the source names, with a chair or pull-up bar the text asks for when it names none. */
    public static List<Equipment> equipment(List<Equipment> named, String text) {
        List<Equipment> kit = new ArrayList<>(named.stream().filter(e -> e != Equipment.NONE).distinct().toList());
        String lower = text.toLowerCase(Locale.ROOT);
        if (kit.isEmpty() && PULL_UP_BAR.matcher(lower).find()) {
            kit.add(Equipment.PULL_UP_BAR);
        }
        if (kit.isEmpty() && CHAIR.matcher(lower).find()) {
            kit.add(Equipment.CHAIR);
        }
        return kit.isEmpty() ? List.of(Equipment.NONE) : kit;
    }

    /**
     * Where the exercise fits: a bar to hang from; the gym for gym equipment; the floor for lying and
     * kneeling (and sitting, unless a chair or desk is named); a desk for a chair; anywhere otherwise, as
     * long as any equipment is something one carries.
     */
    public static List<Place> places(Position position, List<Equipment> equipment, String text) {
        if (position == Position.HANGING || equipment.contains(Equipment.PULL_UP_BAR)) {
            return List.of(Place.BAR);
        }
        if (equipment.stream().anyMatch(GYM_ONLY::contains)) {
            return List.of(Place.GYM);
        }
        boolean carried = CARRIED.containsAll(equipment);
        return switch (position) {
            case LYING, KNEELING -> List.of(Place.FLOOR);
            case SEATED -> CHAIR.matcher(text.toLowerCase(Locale.ROOT)).find() ? List.of(Place.DESK) : List.of(Place.FLOOR);
            case STANDING -> carried ? List.of(Place.ANYWHERE) : List.of(Place.GYM);
            case HANGING -> List.of(Place.BAR);
        };
    }

    /**
     * A held stretch's dose: {@code seconds} when the source times it, else the first time the text gives
     * ("hold for 20–30 seconds": 20, within 10–60 at least), else {@link #DEFAULT_HOLD}.
     */
    public static Dose.Hold hold(Integer seconds, String text) {
        int low;
        int high;
        if (seconds != null) {
            low = seconds;
            high = seconds;
        } else {
            Matcher m = SECONDS.matcher(text.toLowerCase(Locale.ROOT));
            if (!m.find()) {
                return DEFAULT_HOLD;
            }
            int unit = m.group(3).startsWith("m") ? 60 : 1;
            low = Integer.parseInt(m.group(1)) * unit;
            high = m.group(2) == null ? low : Integer.parseInt(m.group(2)) * unit;
        }
        int max = Dose.MAX_HOLD_SECONDS;
        int suggested = Math.max(1, Math.min(max, Math.min(low, high)));
        if (suggested < 1 || low < 1) {
            return DEFAULT_HOLD;
        }
        return new Dose.Hold(suggested, Math.min(suggested, 10), Math.min(max, Math.max(Math.max(low, high), 60)), false);
    }

    /** Repetitions the text asks for ("10 to 15 times": 10), if it says; null when it does not. */
    public static Integer repetitions(String text) {
        Matcher m = TIMES.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return null;
        }
        int count = Integer.parseInt(m.group(1));
        return count >= 1 && count <= 50 ? count : null;
    }

    /** Whether the text times a hold ("hold for 20 seconds"), as a stretch does. */
    static boolean saysHold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("hold") || SECONDS.matcher(lower).find();
    }
}
