package io.loosen.system;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Finds the known name closest to a mistyped one, for "did you mean …?" hints. */
public final class Suggest {
    private Suggest() {
    }

    /** The closest candidate, if any is close enough to be a plausible typo or abbreviation. */
    public static Optional<String> closest(String typed, Collection<String> candidates) {
        String wanted = typed.toLowerCase(Locale.ROOT).strip();
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return candidates.stream()
                .filter(c -> c.contains(wanted)
                        || distance(wanted, c) <= Math.max(1, c.length() / 3)
                        || wanted.length() >= 4 && nearPrefix(wanted, c))
                .min(Comparator.comparingInt((String c) -> c.startsWith(wanted) ? 0 : 1)
                        .thenComparingInt(c -> distance(wanted, c))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** "; did you mean 'x'?" or "", ready to end a sentence before its full stop. */
    public static String hint(String typed, Collection<String> candidates) {
        return closest(typed, candidates).map(c -> "; did you mean '" + c + "'").orElse("");
    }

    /**
     * "There is no routine 'dialy'; did you mean 'daily'?" — or, with nothing close, a pointer to the
     * command that lists them all.
     */
    public static String unknown(String what, String typed, Collection<String> known, String listCommand) {
        String sentence = "There is no " + what + " '" + Fields.show(typed) + "'";
        return closest(typed, known).map(c -> sentence + "; did you mean '" + c + "'?")
                .orElse(sentence + "; '" + listCommand + "' lists them all.");
    }

    /**
     * Typing the start of a long id with one typo should still find it: "egyptan" (a letter missing) is
     * one edit from "egyptian", a prefix one longer than what was typed.
     */
    private static boolean nearPrefix(String typed, String candidate) {
        for (int length = typed.length() - 1; length <= typed.length() + 1; length++) {
            if (distance(typed, candidate.substring(0, Math.min(length, candidate.length()))) <= 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Edit distance where swapping two neighbouring letters counts as one typo ("dialy" is one edit from
     * "daily"), as people actually mistype (optimal string alignment).
     */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
