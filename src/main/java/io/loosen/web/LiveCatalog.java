package io.loosen.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.ContentType;
import io.loosen.catalog.Catalog;
import io.loosen.store.Database;
import io.loosen.store.ExerciseStore;
import io.loosen.system.Background;
import io.loosen.system.Json;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalog the web app serves: the built-in exercises and the user's files, which do not change while
 * it runs, and the exercises stored in the database, which any instance sharing that database may change.
 *
 * <p>Reading every stored exercise on every request would put a database round trip (and parsing) in front
 * of every page. Instead the catalog is kept, and at most once per {@link #FRESH_NANOS} one request asks the
 * database for its exercise revision (one row, counted up by every change): only when that moved is the
 * catalog read again. Other requests meanwhile go on with the catalog they have. A change made through this
 * instance is read back before its request answers, so it is seen here at once; a change made through
 * another instance is seen here within {@link #FRESH_NANOS} plus one reload.
 */
final class LiveCatalog {
    /** How long a catalog is served before the revision is checked again: one second. */
    static final long FRESH_NANOS = 1_000_000_000L;
    private static final Logger LOG = LoggerFactory.getLogger(LiveCatalog.class);

    private final CompletableFuture<Catalog> files;
    private final CompletableFuture<Database> db;
    private final LongSupplier nanos;
    private final ReentrantLock loading = new ReentrantLock();
    private volatile View current;

    LiveCatalog(CompletableFuture<Catalog> files, CompletableFuture<Database> db, LongSupplier nanos) {
        this.files = files;
        this.db = db;
        this.nanos = nanos;
    }

    /**
     * One state of the catalog, with the revision of the stored exercises it includes and, made when first
     * asked for, the whole list as JSON (the most asked-for answer of the API).
     */
    static final class View {
        final Catalog catalog;
        final long revision;
        final long checkedAt;
        private volatile Body json;

        View(Catalog catalog, long revision, long checkedAt) {
            this.catalog = catalog;
            this.revision = revision;
            this.checkedAt = checkedAt;
        }

        View checked(long at) {
            View v = new View(catalog, revision, at);
            v.json = json;
            return v;
        }

        Body json() {
            Body made = json;
            if (made == null) {
                try {
                    made = Body.of(ContentType.JSON, Json.mapper().writeValueAsBytes(catalog.all()));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("the catalog could not be written as JSON", e);
                }
                json = made;
            }
            return made;
        }
    }

    Catalog catalog() {
        return view().catalog;
    }

    /**
     * Makes the first view and its JSON on a thread of its own as soon as the files and the database are
     * there, so the first request finds them ready: reading the stored exercises and writing the list the
     * first time cost 0.15 s of work, which used to fall on the first request of every start (BENCHMARKS.md,
     * "fourth pass"). If it fails, the first request tries again and reports why.
     */
    void prepareWhenReady() {
        CompletableFuture.allOf(files, db)
                .thenRunAsync(() -> view().json(), Background.thread("loosen-prepare-catalog"))
                .exceptionally(e -> {
                    LOG.debug("The catalog was not prepared ahead: {}", e.toString());
                    return null;
                });
    }

    /** The built-in exercises and the user's files only: what the app cannot change. */
    Catalog files() {
        return files.join();
    }

    View view() {
        View v = current;
        long now = nanos.getAsLong();
        if (v != null && now - v.checkedAt < FRESH_NANOS) {
            return v;
        }
        if (v == null) {
            loading.lock();
        } else if (!loading.tryLock()) {
            return v; // another request is checking; this one goes on with what there is
        }
        try {
            View latest = current;
            if (latest != null && now - latest.checkedAt < FRESH_NANOS) {
                return latest;
            }
            current = latest == null ? load(now) : recheck(latest, now);
            return current;
        } finally {
            loading.unlock();
        }
    }

    /** Reads the stored exercises again now: after a change made through this instance. */
    void changed() {
        loading.lock();
        try {
            current = load(nanos.getAsLong());
        } finally {
            loading.unlock();
        }
    }

    private View recheck(View v, long now) {
        try {
            return db.join().exercises().revision() == v.revision ? v.checked(now) : load(now);
        } catch (RuntimeException e) {
            // The database is away for a moment: keep serving what there is, and ask again in a second.
            LOG.warn("Could not check the stored exercises for changes: {}", e.toString());
            return v.checked(now);
        }
    }

    private View load(long now) {
        ExerciseStore.Snapshot stored = db.join().exercises().snapshot();
        Catalog catalog = files.join().with(stored.exercises());
        catalog.problems().stream().skip(files.join().problems().size())
                .forEach(problem -> LOG.warn("Skipped {}", problem));
        return new View(catalog, stored.revision(), now);
    }
}
