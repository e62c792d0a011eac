package io.loosen.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.loosen.system.Environment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sqlite.SQLiteDataSource;

class MigrationsTest {
    @TempDir
    Path home;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void theNewestVersionKnownInCodeIsTheNewestMigrationFile(String dialect) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration", dialect))) {
            String newest = files.map(p -> p.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.+\\.sql"))
                    .map(name -> name.substring(1, name.indexOf("__")))
                    .max(Comparator.comparingInt(Integer::parseInt)).orElseThrow();
            assertThat(Migrations.NEWEST_VERSION).isEqualTo(newest);
        }
    }

    @Test
    void aNewDatabaseIsNotUpToDateAndAMigratedOneIs() {
        Path file = home.resolve("loosen.db");
        SQLiteDataSource plain = new SQLiteDataSource();
        plain.setUrl("jdbc:sqlite:" + file);
        assertThat(Migrations.upToDate(plain)).isFalse();
        Database.open(file.toString(), Environment.of(home, Map.of())).close();
        assertThat(Migrations.upToDate(plain)).isTrue();
    }
}
