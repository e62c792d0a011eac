package io.loosen.cli;

import io.loosen.progress.SessionLedger;
import io.loosen.progress.SessionRecorder;
import io.loosen.routine.HoldChanges;
import io.loosen.routine.Routine;
import io.loosen.session.RealtimePacer;
import io.loosen.session.SessionListener;
import io.loosen.session.SessionRunner;
import io.loosen.session.Timeline;
import io.loosen.session.TimelineBuilder;
import io.loosen.store.Database;
import io.loosen.system.Executables;
import io.loosen.system.ExitCode;
import io.loosen.system.TimeZones;
import io.loosen.system.UserError;
import java.io.Console;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code loosen session [ROUTINE]}: a guided session in the terminal. */
@Command(name = "session", mixinStandardHelpOptions = true,
        description = {"Play a routine as a guided session: each step, a countdown",
            "for every hold, a cue to switch sides, rests between exercises.",
            "",
            "Keys: space pause/resume · n or → next · p or ← back · q quit.",
            "Without a terminal (piped, CI) it prints one line per segment."})
final class SessionCommand implements Callable<Integer> {
    private static final long FRAME_NANOS = 100_000_000L;

    @ParentCommand
    LoosenCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ROUTINE", arity = "0..1", defaultValue = "daily",
            description = "A routine id (default: ${DEFAULT-VALUE}) or one exercise id.")
    String routine = "daily";

    @Option(names = "--hold", paramLabel = "SECONDS|ID=SECONDS",
            description = "Hold every stretch this long (fitted to each one's safe range), or one exercise: "
                    + "--hold spine-twist=45. Repeatable.")
    List<String> holds = new ArrayList<>();

    @Option(names = "--rest", paramLabel = "SECONDS", description = "Seconds of rest between exercises.")
    Integer rest;

    @Option(names = "--voice", description = "Speak the cues aloud with espeak-ng, when it is installed.")
    boolean voice;

    @Option(names = "--no-bell", description = "Do not ring the terminal bell at each change.")
    boolean noBell;

    @Option(names = "--plain", description = "Print one line per segment, even in a terminal.")
    boolean plain;

    @Option(names = "--no-ask", description = "Do not ask how tight your back feels before and after.")
    boolean noAsk;

    @Option(names = "--speed", paramLabel = "FACTOR", description = "Play this many times faster, to try a "
            + "routine out (default: ${DEFAULT-VALUE}).", defaultValue = "1")
    double speed = 1;

    /** A routine made by another command ({@code loosen plan --start}) to play instead of ROUTINE. */
    Routine given;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Library library = root.library();
        Timeline timeline = TimelineBuilder.build(routine(library, err), library.catalog());
        RealtimePacer pacer = new RealtimePacer(checkedSpeed());
        try (Database db = root.openDatabase()) {
            SessionRecorder recorder = new SessionRecorder(timeline, new SessionLedger(timeline, library.catalog()),
                    db.sessions()::save, Clock.tickMillis(ZoneOffset.UTC), TimeZones.current(root.env()),
                    UUID.randomUUID());
            Console console = System.console();
            boolean ask = !noAsk && console != null;
            if (ask) {
                recorder.ratedBefore(new RatingPrompt(console::readLine, out).before());
            }
            List<SessionListener> listeners = new ArrayList<>(List.of(recorder));
            voice(err).ifPresent(listeners::add);
            Optional<TerminalSession> terminal = plain || console == null ? Optional.empty()
                    : TerminalSession.open(pacer);
            try {
                play(timeline, pacer, listeners, out, terminal);
                if (ask) {
                    // After the player, the terminal's own reader takes the answers (see endPlayer).
                    RatingPrompt after = new RatingPrompt(terminal.isPresent() ? terminal.get()::readLine
                            : console::readLine, out);
                    recorder.ratedAfter(after.after(), after.note());
                }
            } finally {
                if (terminal.isPresent()) {
                    terminal.get().close();
                }
            }
            if (recorder.failure() != null) {
                err.println("loosen: this session could not be saved to " + db.shown() + " ("
                        + recorder.failure().getMessage() + ").");
                err.flush();
                return ExitCode.FAILURE;
            }
        }
        return ExitCode.OK;
    }

    /** Plays in the terminal when there is one, else as plain lines. */
    private void play(Timeline timeline, RealtimePacer pacer, List<SessionListener> listeners, PrintWriter out,
                      Optional<TerminalSession> terminal) throws Exception {
        if (terminal.isEmpty()) {
            listeners.add(new PlainView(out));
            new SessionRunner(pacer, listeners, 0).run(timeline);
            return;
        }
        TerminalSession t = terminal.get();
        TerminalScreen screen = new TerminalScreen(timeline, root.env().get("NO_COLOR") == null, t.unicode());
        listeners.add(new TerminalView(t.writer(), screen, t::width, !noBell));
        String summary = SessionSummary.of(new SessionRunner(pacer, listeners, FRAME_NANOS).run(timeline));
        t.endPlayer();
        out.println(summary);
        out.flush();
    }

    private Routine routine(Library library, PrintWriter err) {
        Routine chosen = given != null ? given : root.routineOrExercise(routine);
        if (rest != null) {
            if (rest < 0 || rest > 600) {
                throw new UserError("--rest " + rest + " is outside the allowed 0–600 seconds.");
            }
            chosen = chosen.withRest(rest);
        }
        HoldChanges.Applied applied = HoldChanges.apply(chosen, library.catalog(), holds);
        applied.notes().forEach(note -> err.println("loosen: " + note));
        err.flush();
        return applied.routine();
    }

    private double checkedSpeed() {
        if (!(speed >= 0.1 && speed <= 1000)) {
            String typed = speed == Math.rint(speed) && !Double.isInfinite(speed) ? String.valueOf((long) speed)
                    : String.valueOf(speed);
            throw new UserError("--speed " + typed + " is outside the allowed 0.1–1000.");
        }
        return speed;
    }

    private Optional<SessionListener> voice(PrintWriter err) {
        if (!voice) {
            return Optional.empty();
        }
        Optional<Path> espeak = Executables.find("espeak-ng", root.env());
        if (espeak.isEmpty()) {
            err.println("loosen: --voice needs espeak-ng, which is not installed (on Debian: apt install "
                    + "espeak-ng); continuing without voice.");
            err.flush();
        }
        return espeak.map(program -> new Voice(program, List.of("-s", "160")));
    }
}
