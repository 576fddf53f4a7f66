package dev.mosaik.config;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which fixed menu addresses a site may publish: web pages ({@code http}, {@code https}), {@code mailto} and
 * {@code tel} links, and paths of the site. Everything else is refused, above all {@code javascript:} and
 * {@code data:}, which would run code from every page's menu; an allow-list, since browsers know more schemes
 * than a deny-list would.
 */
final class MenuUrls {

    /** A scheme as RFC 3986 writes it, before the first {@code :}. */
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

    private MenuUrls() {}

    static boolean isAllowed(String url) {
        // Browsers drop control characters and spaces anywhere in a scheme ("java\tscript:"); so does this check.
        String compact = url.strip().replaceAll("[\\x00-\\x20\\x7f]", "");
        if (compact.isEmpty() || !compact.equals(url.strip())) {
            return false;
        }
        var scheme = SCHEME.matcher(compact);
        if (scheme.find()) {
            return switch (scheme.group(1).toLowerCase(Locale.ROOT)) {
                case "http", "https" -> compact.length() > scheme.end() + 2 && compact.startsWith("//", scheme.end());
                case "mailto", "tel" -> true;
                default -> false;
            };
        }
        // Without a scheme: a path of the site ("/de/kontakt/", "kontakt/") or a fragment; not "//host" (another
        // site, scheme-relative) nor a backslash, which browsers read as a slash.
        return !compact.startsWith("//") && !compact.contains("\\");
    }
}
