package dev.mosaik.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * The public address of the site, always ending in {@code /}. Pages link to each other with root-relative
 * paths that start with {@link #path()}, so a site can live below a sub-path of a city's server.
 */
public record BaseUrl(URI uri) {

    public BaseUrl {
        String text = uri.toString();
        if (!text.endsWith("/")) {
            uri = URI.create(text + "/");
        }
    }

    /** Parses an absolute http(s) URL, or returns empty. */
    public static Optional<BaseUrl> parse(String text) {
        try {
            URI uri = new URI(text.trim());
            if (!uri.isAbsolute()
                    || uri.getHost() == null
                    || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    || uri.getQuery() != null
                    || uri.getFragment() != null) {
                return Optional.empty();
            }
            return Optional.of(new BaseUrl(uri));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The path part, e.g. {@code /} or {@code /integration/}. */
    public String path() {
        String path = uri.getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    /** Makes a root-relative site path absolute: {@code /de/kontakt/} → {@code https://host/de/kontakt/}. */
    public String absolute(String sitePath) {
        String origin = uri.getScheme() + "://" + uri.getRawAuthority();
        return origin + sitePath;
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
