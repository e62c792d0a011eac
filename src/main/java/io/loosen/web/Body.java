package io.loosen.web;

import io.javalin.http.Context;
import io.javalin.http.Header;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * A response body known in full before it is asked for (the exercise list, bundled scripts and styles,
 * figures): sent in one piece with its length, and compressed once instead of on every request.
 *
 * <p>Through Javalin's result stream the same bytes went out chunked, in several writes, and gzip-compressed
 * again for every browser. Written whole with a {@code Content-Length}, the server sends the headers and the
 * body together (BENCHMARKS.md, "Web app: the exercise list against nginx"). A body that carries its own
 * {@code Content-Encoding} is left alone by Javalin's compression, and one sent plain goes only to a client
 * that did not ask for gzip, which Javalin would not compress for either.
 */
final class Body {
    private final String type;
    private final byte[] plain;
    private volatile byte[] gzipped;

    private Body(String type, byte[] plain) {
        this.type = type;
        this.plain = plain;
    }

    static Body of(String type, byte[] bytes) {
        return new Body(type, bytes);
    }

    String type() {
        return type;
    }

    byte[] plain() {
        return plain;
    }

    /** Answers with these bytes, gzip-compressed when the client accepts it. */
    void send(Context ctx) {
        boolean gzip = acceptsGzip(ctx.header(Header.ACCEPT_ENCODING));
        byte[] bytes = gzip ? gzipped() : plain;
        ctx.header(Header.VARY, Header.ACCEPT_ENCODING);
        if (gzip) {
            ctx.header(Header.CONTENT_ENCODING, "gzip");
        }
        ctx.contentType(type);
        ctx.res().setContentLength(bytes.length);
        try {
            ctx.res().getOutputStream().write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the client went away; Jetty has already closed the exchange
        }
    }

    /** Whether an {@code Accept-Encoding} header lists gzip (or any coding) without refusing it ({@code q=0}). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip().toLowerCase(Locale.ROOT);
            if (name.equals("gzip") || name.equals("x-gzip") || name.equals("*")) {
                return !refused(parts);
            }
        }
        return false;
    }

    private static boolean refused(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String p = parameters[i].strip().toLowerCase(Locale.ROOT);
            if (p.startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2)) <= 0;
                } catch (NumberFormatException e) {
                    return true; // a weight that cannot be read is not a yes
                }
            }
        }
        return false;
    }

    private byte[] gzipped() {
        byte[] made = gzipped;
        if (made == null) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 4 + 64);
            try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                gzip.write(plain);
            } catch (IOException impossible) {
                throw new UncheckedIOException(impossible);
            }
            made = out.toByteArray();
            gzipped = made;
        }
        return made;
    }
}
