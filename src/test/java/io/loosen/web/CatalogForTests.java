package io.loosen.web;

import io.loosen.catalog.Catalog;
import io.loosen.catalog.CatalogLoader;
import java.nio.file.Path;

/** The built-in catalog, for tests that read the user's routines straight from the store. */
final class CatalogForTests {
    static final Catalog CATALOG = CatalogLoader.load(Path.of("no-user-exercises"));

    private CatalogForTests() {
    }
}
