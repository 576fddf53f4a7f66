package dev.mosaik.output;

import dev.mosaik.config.BaseUrl;
import dev.mosaik.content.Newsletter;
import dev.mosaik.content.TranslationKey;
import dev.mosaik.site.Page;
import dev.mosaik.site.Site;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The whole text of a feed entry as HTML, the way a feed reader shows it away from the site: a newsletter issue's
 * introduction, its sections (with links to the pages they present) and its body; any other page's body. Every
 * link and image address is absolute, since a reader resolves root-relative ones against no site at all.
 */
final class FeedContent {

    private FeedContent() {}

    static String html(Site site, Page page) {
        BaseUrl base = site.config().baseUrl();
        String pageUrl = page.path().absoluteUrl(base);
        Document document = Jsoup.parseBodyFragment("", pageUrl);
        Element body = document.body();
        Site.dataOf(page, Newsletter.class).ifPresent(issue -> appendIssue(body, site, page, issue));
        body.append(page.contentHtml());
        for (Element link : body.select("[href]")) {
            link.attr("href", link.absUrl("href").isEmpty() ? link.attr("href") : link.absUrl("href"));
        }
        for (Element media : body.select("[src]")) {
            media.attr("src", media.absUrl("src").isEmpty() ? media.attr("src") : media.absUrl("src"));
        }
        // srcset lists several addresses; a feed reader falls back to src, which is absolute now.
        body.select("[srcset]").removeAttr("srcset");
        if (body.text().isBlank() && body.select("img").isEmpty()) {
            // A page of title and dates alone: the reader still gets a text to show, leading to the page.
            body.appendElement("p").appendElement("a").attr("href", pageUrl).text(page.title());
        }
        document.outputSettings().prettyPrint(false);
        return body.html();
    }

    /** An issue's introduction and sections, each section with the summary of and a link to the page it presents. */
    private static void appendIssue(Element body, Site site, Page page, Newsletter issue) {
        BaseUrl base = site.config().baseUrl();
        issue.intro().ifPresent(intro -> body.appendElement("p").text(intro));
        for (Newsletter.Section section : issue.sections()) {
            Optional<Page> presented = section.ref()
                    .flatMap(ref -> TranslationKey.ofLink(ref.endsWith(".md") ? ref : ref + ".md", page.key()))
                    .flatMap(key -> site.page(page.language(), key));
            Optional<String> title = section.title().or(() -> presented.map(Page::title));
            title.ifPresent(t -> body.appendElement("h2").text(t));
            section.text().ifPresent(text -> body.appendElement("p").text(text));
            presented.ifPresent(p -> {
                p.frontMatter()
                        .summary()
                        .ifPresent(summary -> body.appendElement("p").text(summary));
                body.appendElement("p")
                        .appendElement("a")
                        .attr("href", p.path().absoluteUrl(base))
                        .text(p.title());
            });
        }
    }

    /** The text a reader sees first: an issue's introduction, else the page's summary. */
    static Optional<String> summary(Page page) {
        return Site.dataOf(page, Newsletter.class)
                .flatMap(Newsletter::intro)
                .or(() -> page.frontMatter().summary());
    }
}
