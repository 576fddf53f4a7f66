package dev.mosaik.site;

import dev.mosaik.config.BaseUrl;
import java.util.Locale;
import java.util.Objects;

/**
 * A place in the published site, relative to its root: {@code ""} for the root, {@code de/} for a
 * language's home, {@code de/projekte/kulturfest/} for a page, {@code css/site.css} for a file. Folders
 * end in {@code /} and are written as {@code index.html}.
 */
public record SitePath(String value) implements Comparable<SitePath> {

    public static final SitePath ROOT = new SitePath("");
    /** Characters of a segment made from a name: 60 four-byte characters still fit the usual 255-byte limit. */
    private static final int MAX_SEGMENT = 60;

    public SitePath {
        Objects.requireNonNull(value, "value");
        if (value.startsWith("/") || value.contains("//") || value.contains("\\")) {
            throw new IllegalArgumentException("not a site path: '" + value + "'");
        }
        for (String segment : value.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                throw new IllegalArgumentException("site paths may not contain '" + segment + "': '" + value + "'");
            }
        }
    }

    /** A URL segment for a name (a tag, a district): lower case, German umlauts spelt out, other scripts kept. */
    public static String segmentOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT)
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ß", "ss");
        String decomposed = java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{Mn}+", "");
        // Composed again: NFKD also splits Hangul syllables into jamo, which would give Korean terms odd addresses.
        String slug = java.text.Normalizer.normalize(
                decomposed.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", ""),
                java.text.Normalizer.Form.NFC);
        // A folder name must fit the file system; terms that share a long beginning are told apart by the caller.
        int codePoints = slug.codePointCount(0, slug.length());
        if (codePoints > MAX_SEGMENT) {
            slug = slug.substring(0, slug.offsetByCodePoints(0, MAX_SEGMENT)).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "begriff" : slug;
    }

    /**
     * A word of the site's own vocabulary as a segment ({@code slug.tags: "رعاية الأطفال"} → {@code رعاية-الأطفال}):
     * unlike {@link #segmentOf}, which makes ASCII-near addresses of editors' terms, it keeps every letter with
     * its marks, so that Russian "район" keeps its "й" and Arabic "أرشيف" its hamza; only what is no letter,
     * mark or digit becomes a hyphen. A word with nothing left is made a segment the usual way.
     */
    public static String wordSegment(String word) {
        String lower = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT);
        String slug = lower.replaceAll("[^\\p{L}\\p{M}\\p{N}]+", "-").replaceAll("^[-\\p{M}]+|-+$", "");
        return slug.isEmpty() || slug.codePointCount(0, slug.length()) > MAX_SEGMENT ? segmentOf(word) : slug;
    }

    /** {@code child} below this folder: {@code de/} + {@code projekte} → {@code de/projekte/}. */
    public SitePath folder(String child) {
        return new SitePath(value + child + "/");
    }

    public boolean isFolder() {
        return value.isEmpty() || value.endsWith("/");
    }

    /** The file that holds this path: folders become their {@code index.html}. */
    public String outputFile() {
        return isFolder() ? value + "index.html" : value;
    }

    /** The root-relative link, including the base URL's path: {@code /integration/de/kontakt/}. */
    public String href(BaseUrl base) {
        return base.path() + value;
    }

    public String absoluteUrl(BaseUrl base) {
        return base.absolute(href(base));
    }

    /** The form used to find paths that clash on case-insensitive file systems and CDNs. */
    public String folded() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public int compareTo(SitePath other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return "/" + value;
    }
}
