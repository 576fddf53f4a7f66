package dev.mosaik.shipped;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * No request to any host but the site's own, no cookies, maps only as links: over every file the build
 * writes. (The browser test watches the requests Chromium really makes.)
 */
class PrivacyTest {

    private static final String OWN = "https://integration.wetzlar.de/";

    /**
     * Another host may appear only where the reader decides to go there: in a link's {@code href}, and the
     * site's own address in canonical and alternate links. Anything else with an address of another host —
     * a script, stylesheet, font, image, frame, form, object — would make the browser contact it.
     */
    @Test
    void noPageNamesAnotherHostExceptInLinksTheReaderFollows() {
        List<String> found = new ArrayList<>();
        for (String path : ShippedSite.htmlFiles()) {
            Document document = ShippedSite.page(path);
            for (Element element : document.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    String value = attribute.getValue().strip();
                    boolean foreign = value.matches("(?is).*(^|[\\s,(])(https?:)?//.*") && !value.startsWith(OWN);
                    boolean followed =
                            element.tagName().equals("a") && attribute.getKey().equals("href");
                    boolean meta = element.tagName().equals("meta")
                                    && !attribute.getKey().equals("http-equiv")
                            || attribute.getKey().startsWith("xmlns");
                    if (foreign && !followed && !meta) {
                        found.add(path + ": <" + element.tagName() + " " + attribute.getKey() + "=\"" + value + "\">");
                    }
                }
                if (element.tagName().matches("iframe|frame|frameset|object|embed|portal")) {
                    found.add(path + ": " + element.tagName() + " (maps and videos are linked, never embedded)");
                }
                if (element.tagName().equals("style") || element.hasAttr("style")) {
                    String css = element.tagName().equals("style") ? element.data() : element.attr("style");
                    if (css.matches("(?is).*(url\\(\\s*[\"']?(https?:)?//|@import).*")) {
                        found.add(path + ": inline CSS loads from another host");
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void noStylesheetOrScriptLoadsFromAnotherHostOrTouchesCookies() throws IOException {
        List<String> found = new ArrayList<>();
        Path root = ShippedSite.output();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file :
                    walk.filter(p -> p.toString().matches(".*\\.(css|js)$")).toList()) {
                String name = root.relativize(file).toString();
                // The one request a script may make: the search page's script fetches its index and the index's chunks,
                // files in the folder of the index the page names (a same-origin address, which the policy's
                // default-src 'self' also enforces).
                // The service worker (sw.js) fetches the site's files for reading offline, through one function that
                // refuses any other origin.
                String text = Files.readString(file)
                        .replace("fetch(folder + file,", "")
                        .replace("return fetch(request, init);", "");
                if (text.matches("(?is).*(url\\(\\s*[\"']?(https?:)?//|@import).*")) {
                    found.add(name + ": loads from another host");
                }
                if (text.matches(
                        "(?is).*(document\\.cookie|fetch\\(|XMLHttpRequest|sendBeacon|WebSocket|EventSource|import\\().*")) {
                    found.add(name + ": cookies or network access");
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void everyPageCarriesAContentSecurityPolicyThatAllowsOnlyTheSiteItself() {
        List<String> missing = new ArrayList<>();
        for (String path : ShippedSite.htmlFiles()) {
            Document document = ShippedSite.page(path);
            if (path.startsWith("/infoblaetter/") || path.endsWith("/email.html")) {
                continue; // print sheets and e-mail editions carry no scripts or stylesheets to restrict
            }
            Element policy = document.selectFirst("meta[http-equiv=Content-Security-Policy]");
            if (policy == null
                    || !policy.attr("content").startsWith("default-src 'self';")
                    || policy.attr("content").contains("unsafe-")) {
                missing.add(path);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void mapsAreLinksNotEmbeds() {
        List<String> embedded = new ArrayList<>();
        for (String path : ShippedSite.htmlFiles()) {
            for (Element element :
                    ShippedSite.page(path).select("[src*=map]:not([src^=data:]), [data*=map], [srcdoc]")) {
                embedded.add(path + ": " + element.outerHtml());
            }
        }
        assertThat(embedded).isEmpty();
    }
}
