package dev.mosaik.content;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For {@code import-jbake}: links in a JBake page to another page's JBake address ({@code about.html},
 * {@code ../2013/post.html#part}, {@code /blog/2013/post.html}, {@code http://jbake.org/about.html}) become links to
 * the page's imported source file ({@code /about.html}, {@code /blog/2013/post.md#part}, {@code /blog/2013/post.adoc}),
 * which the build checks. Rewritten are link positions only: Markdown {@code [text](…)} and reference definitions,
 * HTML {@code href}/{@code src}, AsciiDoc {@code link:…[]} and {@code xref:…[]}; addresses that name no imported page
 * (files, other sites) stay as they are.
 */
final class JBakeLinks {

    private static final Pattern LINK = Pattern.compile(
            "(\\]\\(\\s*<?|^\\s*\\[[^\\]]+\\]:\\s+<?|\\b(?:href|src)\\s*=\\s*[\"']?|\\b(?:link|xref):)([^\\s\"'()<>\\[\\]]+)",
            Pattern.MULTILINE);

    /** JBake address ({@code /blog/2013/post.html}) → the source link of the page imported from it. */
    private final Map<String, String> pages;
    /** {@code site.host} with a final slash: absolute links to the old site are links inside it. */
    private final String host;

    JBakeLinks(Map<String, String> pages, String host) {
        this.pages = Map.copyOf(pages);
        this.host = host.endsWith("/") ? host : host + "/";
    }

    /** {@code body} with every link to a page's JBake address replaced by the page's source link. */
    String rewrite(String body, String folder) {
        Matcher matcher = LINK.matcher(body);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String url = matcher.group(2);
            String replaced = target(url, folder).orElse(url);
            matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + replaced));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The source link for {@code url} seen from a page in {@code folder} (below content/, no slashes around), if it names a page. */
    Optional<String> target(String url, String folder) {
        String path = url;
        if (path.regionMatches(true, 0, host, 0, host.length())) {
            path = "/" + path.substring(host.length());
        }
        int hash = path.indexOf('#');
        String fragment = hash < 0 ? "" : path.substring(hash);
        path = hash < 0 ? path : path.substring(0, hash);
        if (!path.endsWith(".html") || path.startsWith("//") || path.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return Optional.empty();
        }
        String joined = path.startsWith("/") ? path.substring(1) : (folder.isEmpty() ? "" : folder + "/") + path;
        return TranslationKey.normalise(joined).map(p -> pages.get("/" + p)).map(source -> source + fragment);
    }
}
