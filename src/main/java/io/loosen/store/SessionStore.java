package io.loosen.store;

import io.loosen.progress.ExerciseResult;
import io.loosen.progress.PracticeSession;
import io.loosen.system.UserError;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/** Practice history: every session, finished or not, with what became of each exercise and side. */
public final class SessionStore {
    private final Jdbi jdbi;
    private final Location location;

    SessionStore(Jdbi jdbi, Location location) {
        this.jdbi = jdbi;
        this.location = location;
    }

    /**
     * Stores the session as it stands now, replacing what was stored for its id: the session runner
     * calls this at every exercise boundary, so a killed process loses at most the exercise in progress.
     * Results whose positions are no longer in the session are deleted.
     */
    public void save(PracticeSession session) {
        List<Integer> positions = positions(session);
        jdbi.useTransaction(handle -> {
            SessionDao dao = handle.attach(SessionDao.class);
            dao.upsertSession(session);
            if (positions.isEmpty()) {
                dao.deleteResults(session.id());
            } else {
                dao.upsertResults(session.id(), session.exercises());
                dao.deleteResultsExcept(session.id(), positions);
            }
        });
    }

    public Optional<PracticeSession> find(UUID id) {
        return jdbi.withExtension(SessionDao.class, dao -> dao.find(id)).stream().findFirst();
    }

    /** Sessions that started at or after {@code since} (all when null), oldest first, ties by id. */
    public List<PracticeSession> list(Instant since) {
        long from = since == null ? Long.MIN_VALUE : since.toEpochMilli();
        return jdbi.withExtension(SessionDao.class, dao -> dao.list(from));
    }

    /**
     * Adds the sessions whose ids are not stored yet and leaves stored ones as they are, so importing
     * the same file twice adds nothing. One transaction: if any session cannot be stored, none is.
     *
     * @return how many sessions were added
     */
    public int importAll(List<PracticeSession> sessions) {
        AtomicReference<UUID> current = new AtomicReference<>();
        try {
            return jdbi.inTransaction(handle -> {
                SessionDao dao = handle.attach(SessionDao.class);
                int added = 0;
                for (PracticeSession session : sessions) {
                    current.set(session.id());
                    positions(session);
                    if (dao.insertSessionIfNew(session) == 1) {
                        added++;
                        if (!session.exercises().isEmpty()) {
                            dao.upsertResults(session.id(), session.exercises());
                        }
                    }
                }
                return added;
            });
        } catch (JdbiException | IllegalArgumentException e) {
            throw new UserError("Nothing was imported: session " + current.get() + " could not be stored ("
                    + Failures.reason(e) + ").");
        }
    }

    /**
     * Writes a consistent copy of the SQLite database to a new file while other connections, and other
     * processes, go on writing. The copy appears under its name only once it is complete and on disk.
     */
    public void backup(Path target) {
        if (location.dialect() != Dialect.SQLITE) {
            throw new UserError("Loosen backs up SQLite files only; back up the PostgreSQL database "
                    + location.shown() + " with pg_dump.");
        }
        Path file = target.toAbsolutePath().normalize();
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new UserError("The backup file " + file + " already exists; choose a new file name.");
        }
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UserError("The folder " + folder + " for the backup does not exist.");
        }
        Path partial = null;
        try {
            // VACUUM INTO accepts an existing empty file; a unique one keeps concurrent backups apart.
            partial = Files.createTempFile(folder, "." + file.getFileName() + ".", ".partial");
            String into = partial.toString();
            jdbi.useExtension(SessionDao.class, dao -> dao.vacuumInto(into));
            // SQLite does not sync the copy; a backup is only worth keeping once it is on disk.
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(partial, file); // fails rather than replace a file that appeared meanwhile
            partial = null;
        } catch (FileAlreadyExistsException e) {
            throw new UserError("The backup file " + file + " already exists; choose a new file name.");
        } catch (IOException | JdbiException e) {
            throw new UserError("Could not write the backup " + file + " (" + Failures.reason(e) + ").");
        } finally {
            deleteQuietly(partial);
        }
    }

    /** The session's result positions; two results in one position would overwrite each other. */
    private static List<Integer> positions(PracticeSession session) {
        Set<Integer> seen = new HashSet<>();
        for (ExerciseResult result : session.exercises()) {
            if (!seen.add(result.position())) {
                throw new IllegalArgumentException("session " + session.id() + " has two results at position "
                        + result.position());
            }
        }
        return List.copyOf(seen);
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the temporary file is hidden and named as a leftover; failing the backup over it helps no one
            }
        }
    }
}
