package io.loosen.web;

import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import java.util.Set;

/**
 * Runs before every request that would change something (POST, PUT, PATCH, DELETE), whatever route it is
 * for, now or added later: another site's page cannot make the browser send one (CSRF), and the body is
 * read up front within {@link WebApp#MAX_BODY_BYTES}, so an oversized one is refused with a 413.
 */
final class RequestGuard {
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    private RequestGuard() {
    }

    static void check(Context ctx) {
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

    /** The origin the browser is talking to: the scheme and the Host it sent. */
    private static String ownOrigin(Context ctx) {
        return ctx.scheme() + "://" + ctx.host();
    }
}
