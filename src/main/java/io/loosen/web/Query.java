package io.loosen.web;

import io.javalin.http.Context;
import io.loosen.system.Fields;
import io.loosen.system.Suggest;
import io.loosen.system.Vocabulary;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query parameters of one request, read strictly: a parameter the route does not know, one given
 * twice, or a value that does not parse ends the request with a 400 naming the parameter and value.
 */
final class Query {
    private final Map<String, List<String>> params;

    private Query(Map<String, List<String>> params) {
        this.params = params;
    }

    /** The request's parameters, rejecting any that is not one of {@code allowed}. */
    static Query of(Context ctx, String... allowed) {
        Map<String, List<String>> params = ctx.queryParamMap();
        Set<String> unknown = new TreeSet<>(params.keySet());
        Arrays.asList(allowed).forEach(unknown::remove);
        if (!unknown.isEmpty()) {
            String first = unknown.iterator().next();
            String sentence = "Unknown query parameter" + (unknown.size() == 1 ? " '" : "s '")
                    + String.join("', '", unknown.stream().map(Fields::show).toList()) + "'"
                    + (allowed.length == 0 ? "; this address takes none."
                            : Suggest.hint(first, List.of(allowed)) + "; it takes " + String.join(", ", allowed) + ".");
            throw ProblemException.badRequest(sentence, Fields.show(first));
        }
        for (var entry : params.entrySet()) {
            if (entry.getValue().size() > 1) {
                throw ProblemException.badRequest("The query parameter '" + entry.getKey() + "' is given "
                        + entry.getValue().size() + " times; give it once.", entry.getKey());
            }
        }
        return new Query(params);
    }

    String get(String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** A catalog word such as {@code place=desk}, or null when absent. */
    <E extends Enum<E> & Vocabulary> E word(String name, Class<E> type) {
        String value = get(name);
        if (value == null) {
            return null;
        }
        return Vocabulary.parse(type, value).orElseThrow(() -> ProblemException.badRequest(
                name + " '" + Fields.show(value) + "' is not one of " + Vocabulary.choices(type)
                        + Suggest.closest(value, Arrays.stream(type.getEnumConstants()).map(Vocabulary::slug).toList())
                                .map(s -> "; did you mean '" + s + "'?").orElse("."), name));
    }

    /** A calendar day like {@code 2026-11-01}, or null when absent. */
    LocalDate date(String name) {
        String value = get(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name + " '" + Fields.show(value) + "' is not a date like 2026-11-01.",
                    name);
        }
    }

    /** An IANA time zone like {@code Europe/Berlin}, or {@code fallback} when absent. */
    ZoneId zone(String name, ZoneId fallback) {
        String value = get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return ZoneId.of(value.strip());
        } catch (DateTimeException e) {
            throw ProblemException.badRequest(name + " '" + Fields.show(value)
                    + "' is not a time zone like Europe/Berlin.", name);
        }
    }
}
