package io.loosen.cli;

import io.loosen.catalog.Cause;
import io.loosen.catalog.Equipment;
import io.loosen.catalog.Exercise;
import io.loosen.catalog.Position;
import io.loosen.plan.Focus;
import io.loosen.plan.Plan;
import io.loosen.plan.PlanRequest;
import io.loosen.plan.PlanRequestReader;
import io.loosen.plan.PlanSummary;
import io.loosen.plan.PlannedItem;
import io.loosen.routine.RoutineIds;
import io.loosen.system.Fields;
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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

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

    @Spec
    CommandSpec spec;

    @Mixin
    Output output;

    @Option(names = "--minutes", required = true, paramLabel = "N", description = "Minutes you have (1–60).")
    int minutes;

    @Option(names = "--place", required = true, paramLabel = "PLACE", converter = SettingConverter.class,
            description = "Where you are: desk, floor, gym or outdoors.")
    Setting place;

    @Option(names = "--equipment", split = ",", paramLabel = "E", converter = VocabularyConverter.EquipmentConverter.class,
            completionCandidates = VocabularyConverter.EquipmentChoices.class,
            description = "What you have at hand: ${COMPLETION-CANDIDATES}.")
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

    @Option(names = "--save", paramLabel = "NAME",
            description = "Keep the plan as a routine of yours named NAME (in 'loosen routines' and the web app).")
    String saveAs;

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
        Plan plan = Planner.plan(request, library.catalog(), history(request.historySince(zone)));
        if (plan.routine().isEmpty()) {
            throw new UserError(plan.notice().orElseThrow());
        }
        Routine routine = plan.routine().get();
        if (saveAs != null) {
            routine = save(routine, library);
        }
        if (output.json) {
            output.printJson(PlanSummary.of(plan, routine));
        } else {
            print(plan, library, output.out());
        }
        if (saveAs != null && !output.json) {
            output.out().println("Saved as '" + routine.name() + "': play it with 'loosen session " + routine.id()
                    + "' or at /play/" + routine.id() + " in the web app.");
            output.out().flush();
        }
        return start ? play(routine) : ExitCode.OK;
    }

    /** Stores the plan's routine under the name given with --save, with an id made from that name. */
    private Routine save(Routine planned, Library library) {
        String name = saveAs.strip();
        if (name.isEmpty() || name.length() > PlanRequestReader.MAX_NAME_LENGTH
                || name.chars().anyMatch(Character::isISOControl)) {
            throw new UserError("--save '" + Fields.show(saveAs) + "' is not a routine name; use 1–"
                    + PlanRequestReader.MAX_NAME_LENGTH + " characters, like --save \"Desk reset\".");
        }
        try (Database db = root.openDatabase()) {
            return db.routines().create(planned.named(name), RoutineIds.reserved(library.routines(), library.catalog()));
        }
    }

    /** The sessions since {@code since}: all the planner looks at. */
    private List<PracticeSession> history(java.time.Instant since) {
        try (Database db = root.openDatabase()) {
            return db.sessions().list(since);
        }
    }

    private int play(Routine routine) throws Exception {
        SessionCommand session = new SessionCommand();
        session.root = root;
        session.spec = spec; // it writes where this command does
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
