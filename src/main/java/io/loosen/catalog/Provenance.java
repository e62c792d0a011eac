package io.loosen.catalog;

/** Who wrote an exercise and under which licence it may be shared. */
public record Provenance(String author, String licence, String source) {
}
