package io.loosen.catalog.imports;

import java.util.List;

/**
 * What a source's mapper read: the records it understood, and one sentence for each well-formed record it
 * leaves out (a wger exercise with no text in the language asked for). A malformed file is not a Read: the
 * mapper throws, naming the record and the field.
 */
public record Read(List<Found> found, List<String> skipped) {
    public Read {
        found = List.copyOf(found);
        skipped = List.copyOf(skipped);
    }
}
