package io.loosen.web;

import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Files bundled in one classpath folder (scripts, styles, icons), read once on first use and kept in
 * memory; each is revalidated on every use (no-cache with an ETag from its content), so a new version
 * shows up at the next page load and an unchanged one costs a 304.
 *
 * <p>Hand-written rather than Javalin's static-file handler: that one mounts the whole 27 MB jar as a
 * file system when the server is built, which cost a third of a second of every start (BENCHMARKS.md).
 */
final class Assets {
    /** Types by extension; anything else in the folder is not served. */
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "json", "application/json",
            "webmanifest", "application/manifest+json; charset=utf-8");
    /** Names of plain words, with folders: no "..", no hidden files, no backslashes, nothing encoded. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_.-]*(/[A-Za-z0-9_-][A-Za-z0-9_.-]*)*");

    /** One file: its bytes and type, and an ETag from its content. */
    record Asset(Body body, String etag) {
        static Asset of(String type, byte[] bytes) {
            return new Asset(Body.of(type, bytes), "\"" + sha256(bytes).substring(0, 20) + "\"");
        }
    }

    private final String folder;
    private final Map<String, Optional<Asset>> loaded = new ConcurrentHashMap<>();

    /** Files under {@code folder} on the classpath, e.g. {@code "/web/static/"}. */
    Assets(String folder) {
        this.folder = folder;
    }

    /** The file called {@code name} in the folder, if there is one of a served type. */
    Optional<Asset> find(String name) {
        if (name == null || name.length() > 200 || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return loaded.computeIfAbsent(name, this::load);
    }

    /** The file called {@code name}, which must be there: for the files an app cannot work without. */
    Asset require(String name) {
        return find(name).orElseThrow(() -> new IllegalStateException("missing resource " + folder + name));
    }

    /** Answers with the file {@code name}, or a 404 (a page, as for any unknown address). */
    void serve(Context ctx, String name) {
        serve(ctx, find(name).orElseThrow(NotFoundResponse::new));
    }

    /** Answers with {@code asset}, or with a 304 when the browser already has these bytes. */
    static void serve(Context ctx, Asset asset) {
        ctx.header(Header.CACHE_CONTROL, "no-cache").header(Header.ETAG, asset.etag());
        if (asset.etag().equals(ctx.header(Header.IF_NONE_MATCH))) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        asset.body().send(ctx);
    }

    private Optional<Asset> load(String name) {
        String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
        if (type == null) {
            return Optional.empty();
        }
        try (InputStream in = Assets.class.getResourceAsStream(folder + name)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] bytes = in.readAllBytes();
            return Optional.of(Asset.of(type, bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
