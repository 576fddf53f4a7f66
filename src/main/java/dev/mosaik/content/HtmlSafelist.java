package dev.mosaik.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * What rendered Markdown may contain when a site does not allow raw HTML: everything Markdown itself
 * produces (with ids, classes, language and direction), and nothing that runs script: no {@code <script>},
 * no {@code on…} attributes, no {@code javascript:} links, no frames, forms or styles.
 */
final class HtmlSafelist {

    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags(
                    "bdi",
                    "bdo",
                    "abbr",
                    "dfn",
                    "kbd",
                    "mark",
                    "s",
                    "samp",
                    "small",
                    "time",
                    "var",
                    "figure",
                    "figcaption",
                    "hr")
            .addAttributes(":all", "id", "class", "lang", "dir", "title")
            .addAttributes("a", "hreflang", "rel")
            .addAttributes("time", "datetime")
            .addAttributes("th", "scope")
            .addAttributes("ol", "start")
            .addProtocols("a", "href", "http", "https", "mailto", "tel")
            .addProtocols("img", "src", "http", "https")
            .preserveRelativeLinks(true);

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private HtmlSafelist() {}

    /** The HTML with everything outside the safelist removed. */
    static String clean(String html) {
        return Jsoup.clean(html, "https://mosaik.invalid/", SAFELIST, OUTPUT);
    }

    /** Whether cleaning would change anything: used to tell editors that something was removed. */
    static boolean isSafe(String html) {
        return Jsoup.isValid(html, SAFELIST);
    }
}
