package io.loosen.web;

import io.loosen.catalog.Exercise;
import io.loosen.catalog.ExerciseFilter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of the library's cards: with a whole exercise database imported there are nearly 900 of them,
 * and a page of all would weigh a megabyte and start as many figures; so {@value #SIZE} at a time, with
 * links to the pages before and after that keep the filters. Public so the compiled template can use it.
 */
public record LibraryPage(List<Exercise> exercises, int page, int pages, int matching, int total,
                          ExerciseFilter filter) {
    public static final int SIZE = 48;

    static LibraryPage of(List<Exercise> matching, int page, int total, ExerciseFilter filter) {
        int pages = Math.max(1, (matching.size() + SIZE - 1) / SIZE);
        int shown = Math.max(1, Math.min(page, pages));
        int from = (shown - 1) * SIZE;
        return new LibraryPage(matching.subList(from, Math.min(matching.size(), from + SIZE)), shown, pages,
                matching.size(), total, filter);
    }

    /** "1–48 of 864" or "3 of 8". */
    public String count() {
        int first = (page - 1) * SIZE + 1;
        return pages == 1 ? matching + " of " + total : first + "–" + (first + exercises.size() - 1) + " of " + matching
                + " matching (" + total + " in all)";
    }

    /** The address of another page of the same filters. */
    public String link(int other) {
        Map<String, String> query = new LinkedHashMap<>();
        if (filter.text() != null) {
            query.put("q", filter.text());
        }
        if (filter.place() != null) {
            query.put("place", filter.place().slug());
        }
        if (filter.equipment() != null) {
            query.put("equipment", filter.equipment().slug());
        }
        if (filter.position() != null) {
            query.put("position", filter.position().slug());
        }
        if (filter.target() != null) {
            query.put("target", filter.target().slug());
        }
        if (other > 1) {
            query.put("page", String.valueOf(other));
        }
        StringBuilder link = new StringBuilder("/library");
        query.forEach((k, v) -> link.append(link.length() == 8 ? '?' : '&').append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return link.toString();
    }
}
