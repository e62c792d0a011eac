package io.loosen.cli;

import io.loosen.catalog.Cause;
import io.loosen.catalog.Equipment;
import io.loosen.catalog.Exercise;
import io.loosen.catalog.Position;
import io.loosen.plan.Focus;
import io.loosen.plan.Plan;
import io.loosen.plan.PlanRequest;
import io.loosen.plan.PlannedItem;
import io.loosen.plan.Planner;
import io.loosen.plan.Setting;
import io.loosen.progress.PracticeSession;
import io.loosen.routine.Routine;
import io.loosen.routine.RoutineItem;
import io.loosen.store.Database;
import io.loosen.system.ExitCode;
import io.loosen.system.TimeZones;
import io.loosen.system.UserError;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code loosen plan}: a routine made to measure for the time, place and kit at hand. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Plan a routine that fits the minutes you have, where you are and what",
            "you have at hand, and say why each exercise was chosen.",
            "",
            "The same request on the same day gives the same plan; a plan you",
            "played on each of the two days before is not served a third time."})
final class PlanCommand implements Callable<Integer> {
    @ParentCommand
    LoosenCommand root;

    @Mixin
    Output output;

    @Option(names = "--minutes", required = true, paramLabel = "N", description = "Minutes you have (1–60).")
    int minutes;

    @Option(names = "--place", required = true, paramLabel = "PLACE", converter = SettingConverter.class,
            description = "Where you are: desk, floor, gym or outdoors.")
    Setting place;

    @Option(names = "--equipment", split = ",", paramLabel = "E", converter = VocabularyConverter.EquipmentConverter.class,
            description = "What you have at hand: none, chair, pull-up-bar, low-bar-or-table, pole-or-door-frame, mat.")
    List<Equipment> equipment = new ArrayList<>();

    @Option(names = "--avoid", split = ",", paramLabel = "POSITION", converter = VocabularyConverter.PositionConverter.class,
            description = "Positions you can't or won't take: seated, standing, lying, kneeling, hanging.")
    List<Position> avoid = new ArrayList<>();

    @Option(names = "--focus", paramLabel = "FOCUS", converter = FocusConverter.class, defaultValue = "both",
            description = "upper-back, mid-back or both (default: ${DEFAULT-VALUE}).")
    Focus focus = Focus.BOTH;

    @Option(names = "--bothers", split = ",", paramLabel = "CAUSE", converter = CauseConverter.class,
            description = "What bothers you most: static-position, repetitive-movement, poor-posture, "
                    + "strength-imbalance, overuse.")
    List<Cause> bothers = new ArrayList<>();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Plan for this day (default: today).")
    LocalDate date;

    @Option(names = "--start", description = "Go straight into the guided session.")
    boolean start;

    @Option(names = "--speed", paramLabel = "FACTOR", defaultValue = "1",
            description = "With --start, play this many times faster (default: ${DEFAULT-VALUE}).")
    double speed = 1;

    @Override
    public Integer call() throws Exception {
        Library library = root.library();
        ZoneId zone = TimeZones.current(root.env());
        LocalDate day = date != null ? date : LocalDate.now(zone);
        String person = Database.location(root.db, root.env());
        PlanRequest request = new PlanRequest(minutes, place, Set.copyOf(equipment), Set.copyOf(avoid), focus,
                Set.copyOf(bothers), day, person);
        Plan plan = Planner.plan(request, library.catalog(), history(day, zone));
        if (plan.routine().isEmpty()) {
            throw new UserError(plan.notice().orElseThrow());
        }
        if (output.json) {
            output.printJson(Shown.of(plan));
        } else {
            print(plan, library, output.out());
        }
        return start ? play(plan.routine().get()) : ExitCode.OK;
    }

    /** The sessions of the two days before {@code day}: all the planner looks at. */
    private List<PracticeSession> history(LocalDate day, ZoneId zone) {
        try (Database db = root.openDatabase()) {
            return db.sessions().list(day.minusDays(3).atStartOfDay(zone).toInstant());
        }
    }

    private int play(Routine routine) throws Exception {
        SessionCommand session = new SessionCommand();
        session.root = root;
        session.spec = root.spec.subcommands().get("session").getCommandSpec();
        session.given = routine;
        session.speed = speed;
        return session.call();
    }

    private static void print(Plan plan, Library library, PrintWriter out) {
        Routine routine = plan.routine().orElseThrow();
        plan.notice().ifPresent(notice -> out.println("Note: " + notice));
        out.println(routine.name() + ": " + Text.duration(plan.totalSeconds() * 1000L) + ", "
                + plan.transitions() + (plan.transitions() == 1 ? " change" : " changes") + " of position.");
        Table table = new Table("#", "EXERCISE", "POSITION", "DOSE", "TIME", "WHY");
        int number = 1;
        for (PlannedItem item : plan.items()) {
            Exercise e = library.catalog().require(item.exerciseId());
            table.row(String.valueOf(number++), item.name(), item.position().slug(), dose(item.item(), e),
                    Text.clock(item.seconds() * 1000L), item.reason());
        }
        table.print(out);
        out.println("Total " + Text.clock(plan.totalSeconds() * 1000L) + " of " + Text.clock(
                plan.request().budgetSeconds() * 1000L) + (plan.items().size() > 1 ? ", with " + routine.rest()
                + " s rest between exercises." : "."));
        out.flush();
    }

    private static String dose(RoutineItem item, Exercise e) {
        String dose = item.hold() != null ? "hold " + item.hold() + " s"
                : item.reps() + " reps" + (item.sets() != null && item.sets() > 1 ? " × " + item.sets() + " sets" : "");
        return e.twoSided() ? dose + " a side" : dose;
    }

    /** The plan as {@code --json} prints it. */
    record Shown(String id, String name, int minutes, Setting place, int totalSeconds, int transitions,
                 String notice, List<PlannedItem> items, Routine routine) {
        static Shown of(Plan plan) {
            Routine routine = plan.routine().orElseThrow();
            return new Shown(routine.id(), routine.name(), plan.request().minutes(), plan.request().place(),
                    plan.totalSeconds(), plan.transitions(), plan.notice().orElse(null), plan.items(), routine);
        }
    }

    static final class SettingConverter extends VocabularyConverter<Setting> {
        SettingConverter() {
            super(Setting.class);
        }
    }

    static final class FocusConverter extends VocabularyConverter<Focus> {
        FocusConverter() {
            super(Focus.class);
        }
    }

    static final class CauseConverter extends VocabularyConverter<Cause> {
        CauseConverter() {
            super(Cause.class);
        }
    }
}
