package io.loosen.store;

import com.zaxxer.hikari.HikariDataSource;
import io.loosen.system.Environment;
import io.loosen.system.UserError;
import java.sql.SQLException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * Loosen's database: one SQLite file by default ({@code $XDG_DATA_HOME/loosen/loosen.db}), or a
 * PostgreSQL server named by a {@code jdbc:postgresql://} URL. Both run the same SQL; opening one brings
 * its schema up to date.
 */
public final class Database implements AutoCloseable {
    private final Location location;
    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final SessionStore sessions;
    private final RoutineStore routines;
    private final ExerciseStore exercises;
    private final SettingStore settings;
    private final ReminderStore reminders;
    private final ReminderJobs reminderJobs;

    private Database(Location location, HikariDataSource pool, Jdbi jdbi) {
        this.location = location;
        this.pool = pool;
        this.jdbi = jdbi;
        this.sessions = new SessionStore(jdbi, location);
        this.routines = new RoutineStore(jdbi, java.time.Clock.systemUTC());
        this.exercises = new ExerciseStore(jdbi, java.time.Clock.systemUTC());
        this.settings = new SettingStore(jdbi);
        this.reminders = new ReminderStore(jdbi, java.time.Clock.systemUTC());
        this.reminderJobs = new ReminderJobs(this, pool, location.dialect());
    }

    /** Which database to use: the {@code --db} option, else {@code LOOSEN_DB}, else the default file. */
    public static String location(String option, Environment env) {
        if (option != null) {
            return option;
        }
        String variable = env.get("LOOSEN_DB");
        return variable != null ? variable : env.dataDir().resolve("loosen.db").toAbsolutePath().toString();
    }

    /**
     * Whether there is a database at {@code location} (as for {@link #open}) already: a PostgreSQL URL, or a
     * SQLite file that exists. Nothing is created; a command that only reads can skip a database not yet made.
     */
    public static boolean exists(String location, Environment env) {
        if (location == null) {
            return java.nio.file.Files.exists(env.dataDir().resolve("loosen.db"));
        }
        if (location.strip().startsWith(Location.POSTGRESQL_PREFIX)) {
            return true;
        }
        try {
            String text = location.strip();
            return java.nio.file.Files.exists(text.startsWith("~/") ? env.home().resolve(text.substring(2))
                    : java.nio.file.Path.of(text));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /**
     * Opens (and on first use creates) the database at {@code location}: {@code null} for the default
     * file, a SQLite file path, or a {@code jdbc:postgresql://} URL whose user and password come from its
     * parameters or from {@code LOOSEN_DB_USER} and {@code LOOSEN_DB_PASSWORD}.
     */
    public static Database open(String location, Environment env) {
        Location where = Location.parse(location, env);
        HikariDataSource pool = Pool.open(where, env);
        try {
            if (where.dialect() == Dialect.SQLITE) {
                // WAL: readers never block the writer, so the CLI and the web server can share the file.
                WriteAheadLog.enable(pool);
            }
            Migrations.run(pool, where.dialect());
        } catch (SQLException | RuntimeException e) {
            pool.close();
            throw new UserError(Failures.cannotOpen(where, e));
        }
        Jdbi jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
        Arguments.register(jdbi, where.dialect());
        return new Database(where, pool, jdbi);
    }

    public SessionStore sessions() {
        return sessions;
    }

    public RoutineStore routines() {
        return routines;
    }

    /** The exercises the user made or imported in the app. */
    public ExerciseStore exercises() {
        return exercises;
    }

    public SettingStore settings() {
        return settings;
    }

    public ReminderStore reminders() {
        return reminders;
    }

    /** The reminders' jobs: planned by whoever changes a reminder, run by the servers. */
    public ReminderJobs reminderJobs() {
        return reminderJobs;
    }

    /** The file path, or the URL without its parameters. */
    public String shown() {
        return location.shown();
    }

    /** For tests that look at the database directly. */
    Jdbi jdbi() {
        return jdbi;
    }

    @Override
    public void close() {
        pool.close();
    }
}
