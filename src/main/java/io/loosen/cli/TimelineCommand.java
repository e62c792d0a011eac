package io.loosen.cli;

import io.loosen.session.Segment;
import io.loosen.session.Side;
import io.loosen.session.Timeline;
import io.loosen.session.TimelineBuilder;
import io.loosen.system.ExitCode;
import io.loosen.system.Json;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code loosen timeline ROUTINE}: every segment a session plays, with its start and length. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Show the timeline a routine plays: every step, hold, switch and rest, to the second.")
final class TimelineCommand implements Callable<Integer> {
    @ParentCommand
    LoosenCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ROUTINE", description = "A routine id (see 'loosen routines') or an exercise id.")
    String routine;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Library library = root.library();
        Timeline timeline = TimelineBuilder.build(library.routineOrExercise(routine), library.catalog());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.pretty().writeValueAsString(timeline));
            out.flush();
            return ExitCode.OK;
        }
        out.println(timeline.routineName() + " · " + Text.clock(timeline.totalMs()) + " · "
                + timeline.exercises() + (timeline.exercises() == 1 ? " exercise" : " exercises"));
        Table table = new Table("START", "LENGTH", "KIND", "EXERCISE", "SIDE", "WHAT");
        for (Segment s : timeline.segments()) {
            table.row(Text.clock(s.startMs()), Text.duration(s.durationMs()), s.kind().slug(),
                    s.exerciseName() == null ? "" : s.exerciseName(), s.side() == Side.NONE ? "" : s.side().slug(),
                    Text.cut(s.label() + ": " + s.text(), 60));
        }
        table.print(out);
        return ExitCode.OK;
    }
}
