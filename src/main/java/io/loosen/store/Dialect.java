package io.loosen.store;

/** The two databases Loosen runs on; everything but the migrations and the pool settings is shared SQL. */
enum Dialect {
    SQLITE("sqlite"),
    POSTGRESQL("postgresql");

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    /** Where this dialect's Flyway migrations live on the class path. */
    String migrations() {
        return "classpath:db/migration/" + folder;
    }
}
