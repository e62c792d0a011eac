package io.loosen.catalog.imports;

import io.loosen.system.Fields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A source's closed word lists (its muscles, its equipment) read into Loosen's, naming the field of an unknown word. */
final class Words {
    private Words() {
    }

    /** The word in {@code field}, looked up without case; a source word Loosen does not know is an error. */
    static <T> T one(Fields record, String field, String word, Map<String, T> words, String what) {
        T found = words.get(word.strip().toLowerCase(Locale.ROOT));
        if (found == null) {
            throw record.fail(field, "field '" + record.path(field) + "' has '" + Fields.show(word)
                    + "', which is not " + what + " Loosen knows (" + String.join(", ", words.keySet()) + ").");
        }
        return found;
    }

    /** Each word of a list field, in order, once. */
    static <T> List<T> each(Fields record, String field, List<String> words, Map<String, T> known, String what) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            T t = one(record, field + "[" + i + "]", words.get(i), known, what);
            if (!out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }
}
