package io.loosen.cli;

import io.loosen.catalog.Catalog;
import io.loosen.catalog.CatalogLoader;
import io.loosen.routine.Routines;
import io.loosen.session.Moment;
import io.loosen.session.RealtimePacer;
import io.loosen.session.SessionListener;
import io.loosen.session.SessionRunner;
import io.loosen.session.Timeline;
import io.loosen.session.TimelineBuilder;
import io.loosen.session.Transition;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A benchmark, not a test: plays a routine on the real clock, headless (the terminal view draws every
 * 100 ms frame into a discarding writer), and reports how late each timed cue fired after its deadline.
 * Run through {@code bench/cue-lateness.sh}.
 */
public final class CueLatencyBenchmark {
    private CueLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String routineId = args.length > 0 ? args[0] : "daily";
        double speed = args.length > 1 ? Double.parseDouble(args[1]) : 1;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        Catalog catalog = new Catalog(CatalogLoader.builtIn(), List.of());
        Timeline timeline = TimelineBuilder.build(Routines.builtIn(catalog).require(routineId), catalog);
        // One quick unmeasured run first, as a user's session has its first seconds to load classes.
        play(timeline, Math.max(speed, 100), new ArrayList<>());
        List<Long> lateness = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            play(timeline, speed, lateness);
        }
        double wallSeconds = (System.nanoTime() - start) / 1e9;
        // Lateness is measured on the session's clock; divided by the speed it is real time.
        List<Double> ms = lateness.stream().map(n -> n / speed / 1e6).sorted().toList();
        System.out.printf("routine=%s speed=%s runs=%d cues=%d wall=%.1fs p50=%.3fms p99=%.3fms max=%.3fms%n",
                routineId, speed, runs, ms.size(), wallSeconds, percentile(ms, 50), percentile(ms, 99),
                ms.get(ms.size() - 1));
    }

    private static void play(Timeline timeline, double speed, List<Long> lateness) throws InterruptedException {
        SessionListener measure = new SessionListener() {
            @Override
            public void segmentStarted(Moment moment, Transition how, long latenessNanos) {
                if (how == Transition.ON_TIME) {
                    lateness.add(latenessNanos);
                }
            }
        };
        PrintWriter nowhere = new PrintWriter(OutputStream.nullOutputStream());
        SessionListener screen = new TerminalView(nowhere, timeline, () -> 100, true, true);
        new SessionRunner(new RealtimePacer(speed), List.of(measure, screen), 100_000_000L).run(timeline);
    }

    private static double percentile(List<Double> sorted, double p) {
        int index = (int) Math.ceil(p / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
