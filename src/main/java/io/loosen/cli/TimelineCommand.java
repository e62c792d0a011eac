package io.loosen.cli;

import io.loosen.session.Segment;
import io.loosen.session.Side;
import io.loosen.session.Timeline;
import io.loosen.session.TimelineBuilder;
import io.loosen.system.ExitCode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code loosen timeline ROUTINE}: every segment a session plays, with its start and length. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Show the timeline a routine plays: every step, hold, switch and rest, to the second.")
final class TimelineCommand implements Callable<Integer> {
    @ParentCommand
    LoosenCommand root;

    @Mixin
    Output output;

    @Parameters(paramLabel = "ROUTINE", description = "A routine id (see 'loosen routines') or an exercise id.")
    String routine;

    @Override
    public Integer call() throws Exception {
        Library library = root.library();
        Timeline timeline = TimelineBuilder.build(root.routineOrExercise(routine), library.catalog());
        PrintWriter out = output.out();
        if (output.json) {
            return output.printJson(timeline);
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
