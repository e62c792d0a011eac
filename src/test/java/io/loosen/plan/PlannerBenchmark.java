package io.loosen.plan;

import io.loosen.catalog.Catalog;
import io.loosen.catalog.Cause;
import io.loosen.catalog.Equipment;
import io.loosen.catalog.Position;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A benchmark, not a test: one plan from a catalog — generated, 500 exercises, or the built-in ones with the
 * whole real free-exercise-db imported (872; {@code -p source=free-exercise-db}) — for a rotating set of
 * requests (1–60 minutes, every place, random kit, avoided positions, focus and bothers). The target is
 * under 1 ms at p99. Run with JMH's main:
 * {@code org.openjdk.jmh.Main PlannerBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PlannerBenchmark {
    @Param({"generated-500", "free-exercise-db"})
    String source;
    Catalog catalog;
    List<PlanRequest> requests;
    int next;

    @Setup
    public void setUp() {
        catalog = source.equals("free-exercise-db") ? Catalogs.withFreeExerciseDb() : Catalogs.generated(500, 42);
        Random random = new Random(7);
        requests = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            requests.add(new PlanRequest(1 + random.nextInt(60),
                    Setting.values()[random.nextInt(Setting.values().length)],
                    some(Equipment.class, random), some(Position.class, random),
                    Focus.values()[random.nextInt(Focus.values().length)], some(Cause.class, random),
                    LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365)), "person-" + random.nextInt(10)));
        }
    }

    private static <E extends Enum<E>> Set<E> some(Class<E> type, Random random) {
        EnumSet<E> set = EnumSet.noneOf(type);
        for (E e : type.getEnumConstants()) {
            if (random.nextInt(3) == 0) {
                set.add(e);
            }
        }
        return set;
    }

    @Benchmark
    public Plan plan() {
        PlanRequest request = requests.get(next++ & 255);
        return Planner.plan(request, catalog, List.of());
    }
}
