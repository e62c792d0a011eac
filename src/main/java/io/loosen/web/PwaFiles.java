package io.loosen.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The web app manifest, the service worker and the PNG icons, served from the root so the worker's scope
 * is the whole app. Read once from the classpath; each is revalidated on every use (no-cache with an
 * ETag), so a new service worker is picked up at the next page load.
 */
final class PwaFiles {
    private static final String DIRECTORY = "/web/pwa/";

    /** One file: where it is served, its bytes and type, and an ETag from its content. */
    private record File(String path, String type, byte[] bytes, String etag) {
        static File load(String name, String type) {
            try (InputStream in = PwaFiles.class.getResourceAsStream(DIRECTORY + name)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + DIRECTORY + name);
                }
                byte[] bytes = in.readAllBytes();
                return new File("/" + name, type, bytes, "\"" + sha256(bytes).substring(0, 20) + "\"");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final List<File> files;

    PwaFiles() {
        this.files = List.of(
                File.load("sw.js", "text/javascript; charset=utf-8"),
                File.load("manifest.webmanifest", "application/manifest+json; charset=utf-8"),
                File.load("icon-192.png", "image/png"),
                File.load("icon-512.png", "image/png"),
                File.load("icon-maskable-512.png", "image/png"));
    }

    void register(RoutesConfig routes) {
        for (File file : files) {
            routes.get(file.path(), ctx -> serve(ctx, file));
        }
    }

    private static void serve(Context ctx, File file) {
        ctx.header(Header.CACHE_CONTROL, "no-cache").header(Header.ETAG, file.etag());
        if (file.etag().equals(ctx.header(Header.IF_NONE_MATCH))) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(file.type()).result(file.bytes());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
