package io.loosen.plan;

import io.loosen.catalog.Cause;
import io.loosen.catalog.Exercise;
import io.loosen.catalog.Target;
import io.loosen.routine.Routine;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Orders the exercises that fit from most to least wanted; deterministic for a person, day and history. */
final class Ranking {
    static final int FOCUS = 4;
    static final int SHOULDER_BLADES = 1;
    static final int BOTHER = 3;
    static final int STRENGTH = 6;
    static final int RECENT = -10;

    private Ranking() {
    }

    static List<Candidate> rank(List<Exercise> allowed, PlanRequest request, Set<String> recent) {
        long seed = seed(request);
        Candidate[] ranked = new Candidate[allowed.size()];
        for (int i = 0; i < ranked.length; i++) {
            Exercise e = allowed.get(i);
            ranked[i] = new Candidate(e, new Dosing(e, Routine.DEFAULT_PREPARE_SECONDS), score(e, request, recent),
                    tie(seed, e.id()));
        }
        Arrays.sort(ranked, Ranking::better);
        return Arrays.asList(ranked);
    }

    /** Higher score first, then the lower tie hash, then the id, so no two exercises ever compare equal. */
    private static int better(Candidate a, Candidate b) {
        if (a.score() != b.score()) {
            return Integer.compare(b.score(), a.score());
        }
        if (a.tie() != b.tie()) {
            return Long.compare(a.tie(), b.tie());
        }
        return a.id().compareTo(b.id());
    }

    static int score(Exercise e, PlanRequest request, Set<String> recent) {
        int score = 0;
        for (Target t : request.focus().targets()) {
            score += e.targets().contains(t) ? FOCUS : 0;
        }
        score += e.targets().contains(Target.BETWEEN_SHOULDER_BLADES) ? SHOULDER_BLADES : 0;
        for (Cause c : request.bothers()) {
            score += e.counters().contains(c) ? BOTHER : 0;
        }
        if (request.bothers().contains(Cause.STRENGTH_IMBALANCE) && e.counters().contains(Cause.STRENGTH_IMBALANCE)) {
            score += STRENGTH;
        }
        return score + (recent.contains(e.id()) ? RECENT : 0);
    }

    /** FNV-1a over "person|date|": the same on every machine and run. */
    static long seed(PlanRequest request) {
        return fnv(0xcbf29ce484222325L, request.person() + "|" + request.date() + "|");
    }

    /** The seed carried on over the exercise id, finished with a 64-bit mix. */
    static long tie(long seed, String exerciseId) {
        long h = fnv(seed, exerciseId);
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }

    private static long fnv(long h, String text) {
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
