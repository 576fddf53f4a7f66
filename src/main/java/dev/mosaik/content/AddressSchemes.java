package dev.mosaik.content;

import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Addresses with a scheme ({@code https:}, {@code mailto:}), or what looks like one to a browser or is a path on the
 * editor's own computer: the forms a link can take that are not a path of this site.
 */
final class AddressSchemes {

    static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    private static final Pattern WINDOWS_PATH = Pattern.compile("[a-zA-Z]:[\\\\/]|\\\\\\\\");

    private AddressSchemes() {}

    /** Links with a scheme: {@code javascript:} is refused, {@code mailto:} and {@code tel:} need an address or a number. */
    static String checked(SourcePosition position, String url, Problems problems) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("javascript:")) {
            problems.error(position, "links to 'javascript:' are not allowed");
            return "#";
        }
        if (lower.startsWith("mailto:")
                && !url.substring("mailto:".length()).split("\\?", 2)[0].contains("@")) {
            problems.error(
                    position,
                    "link target '" + url + "' has no e-mail address",
                    Optional.of("write mailto:name@example.org"));
        } else if (lower.startsWith("tel:") && !url.substring("tel:".length()).matches("\\+?[0-9][0-9 ()./-]*")) {
            problems.error(
                    position,
                    "link target '" + url + "' is not a telephone number",
                    Optional.of("write the number with digits only, the country code first: tel:+4964419900"));
        }
        return url;
    }

    /** {@code file:///…}, {@code C:\…}, {@code \\server\share}: pasted from the editor's file manager. */
    static boolean isOnThisComputer(String url) {
        return url.regionMatches(true, 0, "file:", 0, 5)
                || WINDOWS_PATH.matcher(url).lookingAt();
    }

    /** Whether the first segment has a colon a browser might take for a scheme's. */
    static boolean readsAsScheme(String url) {
        String head = url.split("[/?]", 2)[0];
        int hashInHead = head.indexOf('#');
        return head.indexOf(':') >= 0 && (hashInHead < 0 || head.indexOf(':') < hashInHead || head.contains("&"));
    }
}
