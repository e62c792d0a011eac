package io.loosen.system;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The closed word lists of the catalog (causes, targets, positions…). Each constant is written in files
 * and on the command line as its kebab-case slug: {@code STATIC_POSITION} is {@code static-position}.
 */
public interface Vocabulary {

    /** The word as files, JSON and the command line write it. Only enums implement this interface. */
    @JsonValue
    default String slug() {
        return slugOf((Enum<?>) this);
    }

    static String slugOf(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E> & Vocabulary> Optional<E> parse(Class<E> type, String slug) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.slug().equals(slug)).findFirst();
    }

    /** "a, b, c" — the allowed slugs, for error messages and help. */
    static <E extends Enum<E> & Vocabulary> String choices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Vocabulary::slug).collect(Collectors.joining(", "));
    }
}
