package io.loosen.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.loosen.settings.Settings;
import io.loosen.system.Environment;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Settings on a SQLite file and on a real PostgreSQL server, the same SQL on both. */
@ParameterizedClass(name = "{0}")
@EnumSource(SessionStoreTest.Backend.class)
@ExtendWith(TestPostgres.Extension.class)
@Timeout(60)
class SettingStoreTest {
    @Parameter
    SessionStoreTest.Backend backend;
    @TempDir
    Path folder;
    Database db;

    @BeforeEach
    void open(TestPostgres postgres) {
        db = Database.open(backend.freshLocation(folder, postgres), Environment.of(folder, Map.of()));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aNewDatabaseHasTheDefaults() {
        assertThat(db.settings().load()).isEqualTo(Settings.DEFAULTS);
    }

    @Test
    void everySettingIsKeptAndCanBeResetToItsDefault() {
        Settings chosen = new Settings(ZoneId.of("America/St_Johns"), 45, false, "Zoë 'quoted' <voice>", false);
        db.settings().save(chosen);
        assertThat(db.settings().load()).isEqualTo(chosen);
        db.settings().save(Settings.DEFAULTS);
        assertThat(db.settings().load()).isEqualTo(Settings.DEFAULTS);
    }

    @Test
    void aStoredValueThatNoLongerReadsFallsBackToTheDefault() {
        db.jdbi().useHandle(h -> {
            h.execute("insert into setting (name, value) values ('time-zone', 'Atlantis/Capital')");
            h.execute("insert into setting (name, value) values ('default-hold', '99999')");
        });
        assertThat(db.settings().load()).isEqualTo(Settings.DEFAULTS);
    }
}
