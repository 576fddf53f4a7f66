package dev.mosaik.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JBakeLinksTest {

    private final JBakeLinks links = new JBakeLinks(
            Map.of(
                    "/about.html",
                    "/about.html",
                    "/blog/2020/post.html",
                    "/blog/2020/post.md",
                    "/blog/2020/notes.html",
                    "/blog/2020/notes.adoc"),
            "https://old.example.org");

    @Test
    void relativeAbsoluteAndOldHostAddressesOfPagesBecomeSourceLinksKeepingTheirAnchors() {
        assertThat(links.target("post.html#part", "blog/2020")).contains("/blog/2020/post.md#part");
        assertThat(links.target("../../about.html", "blog/2020")).contains("/about.html");
        assertThat(links.target("./notes.html", "blog/2020")).contains("/blog/2020/notes.adoc");
        assertThat(links.target("/blog/2020/notes.html", "")).contains("/blog/2020/notes.adoc");
        assertThat(links.target("https://old.example.org/blog/2020/post.html#x", ""))
                .contains("/blog/2020/post.md#x");
    }

    @Test
    void addressesOfNoImportedPageStayAsTheyAre() {
        assertThat(links.target("https://elsewhere.example/about.html", "")).isEmpty();
        assertThat(links.target("//elsewhere.example/about.html", "")).isEmpty();
        assertThat(links.target("missing.html", "")).isEmpty();
        assertThat(links.target("flyer.pdf", "")).isEmpty();
        assertThat(links.target("../../../about.html", "blog/2020"))
                .as("past the root")
                .isEmpty();
        assertThat(links.target("mailto:a@example.org", "")).isEmpty();
    }

    @Test
    void onlyLinkPositionsAreRewrittenNotText() {
        String body = "See [x](post.html) and <a href=\"notes.html\">n</a>, link:post.html[p], xref:notes.html[n].\n"
                + "[r]: ../../about.html\nThe file post.html is named in text.\n";
        assertThat(links.rewrite(body, "blog/2020"))
                .isEqualTo(
                        "See [x](/blog/2020/post.md) and <a href=\"/blog/2020/notes.adoc\">n</a>, link:/blog/2020/post.md[p], "
                                + "xref:/blog/2020/notes.adoc[n].\n[r]: /about.html\nThe file post.html is named in text.\n");
    }
}
