package io.loosen.routine;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Ids for the user's routines, made from their names: "Évening <b>reset</b>!" becomes
 * {@code evening-b-reset-b}, and the first of {@code id}, {@code id-2}, {@code id-3}… that nothing else
 * has taken. Ids are lower-case letters, digits and single hyphens, so they are safe in any address.
 */
public final class RoutineIds {
    /** Room is left for a "-999" suffix within the 60 characters an id may have. */
    static final int MAX_BASE_LENGTH = 50;
    static final String FALLBACK = "routine";

    private RoutineIds() {
    }

    public static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (plain.length() > MAX_BASE_LENGTH) {
            plain = plain.substring(0, MAX_BASE_LENGTH).replaceAll("-+$", "");
        }
        return plain.isEmpty() ? FALLBACK : plain;
    }

    /** The {@code n}th candidate for {@code base}: the base itself, then {@code base-2}, {@code base-3}… */
    public static String candidate(String base, int n) {
        return n == 1 ? base : base + "-" + n;
    }

    /**
     * Ids a new routine of the user's may not take: the built-in routines' and the exercises', since
     * {@code /play/ID} and {@code loosen session ID} look up both.
     */
    public static java.util.Set<String> reserved(Routines builtIn, io.loosen.catalog.Catalog catalog) {
        java.util.Set<String> reserved = new java.util.HashSet<>();
        builtIn.all().forEach(r -> reserved.add(r.id()));
        catalog.all().forEach(e -> reserved.add(e.id()));
        return reserved;
    }

    /** The first candidate for the name's slug that is not {@code taken}. */
    public static String unique(String name, Predicate<String> taken) {
        String base = slug(name);
        for (int n = 1; ; n++) {
            String id = candidate(base, n);
            if (!taken.test(id)) {
                return id;
            }
        }
    }
}
