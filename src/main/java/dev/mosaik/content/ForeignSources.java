package dev.mosaik.content;

import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Raw HTML in Markdown that makes readers' browsers load something from another server: {@code <img>},
 * {@code <source>}, {@code <video>}, {@code <audio>}, {@code <track>}, {@code <iframe>}, {@code <embed>},
 * {@code <object>} or {@code <input type=image>} whose {@code src}, {@code srcset}, {@code poster} or
 * {@code data} names another host. The Markdown image syntax refuses such addresses already; raw HTML passed the
 * safelist (which allows http(s) images) and only the Content-Security-Policy stopped the request. An error at
 * the line of the element, whether or not the site lets raw HTML through.
 */
final class ForeignSources {

    private static final Set<String> ELEMENTS = Set.of(
            "img", "source", "video", "audio", "track", "iframe", "embed", "object", "input", "picture", "image");
    private static final Set<String> ATTRIBUTES = Set.of("src", "srcset", "poster", "data");
    /**
     * An address with a host: {@code scheme://…}, protocol-relative {@code //…} (browsers read {@code \} as {@code /}),
     * or a web scheme without slashes, which browsers complete ({@code https:evil.example}).
     */
    private static final Pattern OTHER_HOST = Pattern.compile("(?i)^(?:[a-z][a-z0-9+.-]*:)?//|^(?:https?|ftp|wss?):");

    private static final Pattern LEADING_JUNK = Pattern.compile("^[\\s\\x00-\\x20]+");

    private ForeignSources() {}

    /**
     * Reports every element of {@code html} that loads from another server.
     *
     * @param first the position of the HTML's first line
     */
    static void check(String html, SourcePosition first, Problems problems) {
        if (!html.contains("//") && !html.contains("\\") && !html.contains(":")) {
            return;
        }
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document document = parser.parseInput(html, "");
        for (Element element : document.getAllElements()) {
            if (!ELEMENTS.contains(element.normalName())) {
                continue;
            }
            for (String attribute : ATTRIBUTES) {
                if (!element.hasAttr(attribute)) {
                    continue;
                }
                String value = element.attr(attribute);
                for (String address : attribute.equals("srcset") ? candidates(value) : new String[] {value}) {
                    String normal =
                            LEADING_JUNK.matcher(address).replaceFirst("").replace('\\', '/');
                    if (OTHER_HOST.matcher(normal).find()) {
                        int line = first.line()
                                + Math.max(0, element.sourceRange().start().lineNumber() - 1);
                        problems.error(
                                first.atLine(line),
                                "<" + element.normalName() + "> " + attribute + " '" + address.strip()
                                        + "' is on another server; readers' browsers would contact it",
                                Optional.of("save the file in the site, next to the page, and link it by file name"));
                    }
                }
            }
        }
    }

    /** The addresses of a {@code srcset}: comma-separated candidates, each an address and an optional size. */
    private static String[] candidates(String srcset) {
        return java.util.Arrays.stream(srcset.split(","))
                .map(String::strip)
                .map(c -> c.split("\\s+")[0])
                .toArray(String[]::new);
    }
}
