package io.loosen.web;

import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Runs before every request that would change something (POST, PUT, PATCH, DELETE), whatever route it is
 * for, now or added later: another site's page cannot make the browser send one (CSRF), and the body is
 * read up front within {@link WebApp#MAX_BODY_BYTES}, so an oversized one is refused with a 413. Every
 * request to a server on this computer only must name it as localhost (no DNS rebinding).
 */
final class RequestGuard {
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");
    /** The port at the end of a Host header, compiled once: the check runs on every request. */
    private static final Pattern PORT = Pattern.compile(":\\d+$");

    private RequestGuard() {
    }

    static void check(Context ctx) {
        checkHost(ctx);
        if (!STATE_CHANGING.contains(ctx.method().name())) {
            return;
        }
        String origin = ctx.header(Header.ORIGIN);
        if (origin != null) {
            if (!origin.equals(ownOrigin(ctx))) {
                throw new ProblemException(HttpStatus.FORBIDDEN,
                        "Changes are only accepted from Loosen's own pages, not from another site.", null);
            }
        } else {
            // No Origin (an older browser): the Fetch metadata says where the request came from. Another
            // port of localhost is same-site but not same-origin, so only same-origin and none pass.
            String site = ctx.header("Sec-Fetch-Site");
            if (site != null && !site.equals("same-origin") && !site.equals("none")) {
                throw new ProblemException(HttpStatus.FORBIDDEN,
                        "Changes are only accepted from Loosen's own pages, not from another site.", null);
            }
        }
        // Reads the whole body now, within the configured limit (413 beyond it).
        ctx.bodyAsBytes();
    }

    /**
     * DNS rebinding: a page on evil.example whose name is made to resolve to 127.0.0.1 could read this
     * computer's Loosen as its own origin. Such a request arrives on the loopback interface naming another
     * host, so on loopback only loopback names are served. Behind a public address any Host passes.
     */
    private static void checkHost(Context ctx) {
        if (!isLoopback(ctx.req().getLocalAddr())) {
            return;
        }
        String host = ctx.host();
        String name = host == null ? "" : PORT.matcher(host).replaceFirst("");
        if (!LOOPBACK_NAMES.contains(name.toLowerCase(java.util.Locale.ROOT))) {
            throw new ProblemException(HttpStatus.MISDIRECTED_REQUEST, "This Loosen serves this computer only; "
                    + "open it as http://127.0.0.1 or http://localhost.", null);
        }
    }

    private static boolean isLoopback(String address) {
        return address != null && (address.startsWith("127.") || address.equals("0:0:0:0:0:0:0:1")
                || address.equals("::1") || address.equals("[::1]"));
    }

    /** The origin the browser is talking to: the scheme and the Host it sent. */
    private static String ownOrigin(Context ctx) {
        return ctx.scheme() + "://" + ctx.host();
    }
}
