package dev.mosaik.serve;

import java.util.List;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.server.Response;

/**
 * The headers every answer of the preview carries. A class of its own so that the handlers that answer apart from
 * {@link PreviewHandler} ({@link LiveReload}, {@link HostGuard}, {@link PreviewErrors}) need not refer to it.
 */
final class SecurityHeaders {

    /**
     * The policy every page carries in its {@code <meta>} (the theme's layout); the header adds what only a header
     * can say: no other site may frame the preview.
     */
    static final String SITE_POLICY =
            "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self' mailto:";

    private static final String POLICY = SITE_POLICY + "; frame-ancestors 'none'";

    /** The headers of {@link #add}, for answers written without a response (Jetty's own, {@link PreviewErrors}). */
    static final List<HttpField> ALL = List.of(
            new HttpField("X-Content-Type-Options", "nosniff"),
            new HttpField("Referrer-Policy", "no-referrer"),
            new HttpField("X-Frame-Options", "DENY"),
            new HttpField("Content-Security-Policy", POLICY));

    private SecurityHeaders() {}

    /** Adds each header the response does not set itself. */
    static void add(Response response) {
        for (HttpField header : ALL) {
            if (!response.getHeaders().contains(header.getName())) {
                response.getHeaders().put(header);
            }
        }
    }
}
