package dev.mosaik.output;

import dev.mosaik.config.BaseUrl;
import dev.mosaik.config.Language;
import dev.mosaik.content.Newsletter;
import dev.mosaik.render.PageSink;
import dev.mosaik.render.SiteRenderer;
import dev.mosaik.site.Page;
import dev.mosaik.site.Site;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Atom (RFC 4287) and JSON Feed 1.1 files per language: the newsletter's issues in each newsletter section,
 * and the language's dated pages ("news") in its home folder. Ids are tag URIs built from the page's key and
 * first date, so they survive a change of address; every date comes from content, none from the clock.
 */
public final class Feeds {

    private static final int NEWS_ENTRIES = 30;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    public void write(Site site, PageSink sink) {
        for (Language language : site.languages()) {
            List<Page> tree = site.pagesIn(language);
            site.home(language).ifPresent(home -> {
                List<Page> news = tree.stream().filter(p -> p.frontMatter().date().isPresent())
                        .sorted(Comparator.comparing((Page p) -> p.frontMatter().lastChange().orElseThrow()).reversed()
                                .thenComparing(Page::key))
                        .limit(NEWS_ENTRIES).toList();
                String title = language.title();
                sink.write(home.path().value() + SiteRenderer.ATOM_FEED, atom(site, home, title, news));
                sink.write(home.path().value() + SiteRenderer.JSON_FEED, json(site, home, title, news));
            });
            for (Page section : tree) {
                List<Page> issues = site.children(section).stream().filter(p -> p.data().orElse(null) instanceof Newsletter)
                        .sorted(Comparator.comparingInt((Page p) -> ((Newsletter) p.data().orElseThrow()).number()).reversed()).toList();
                if (!issues.isEmpty()) {
                    String title = section.title() + " – " + language.title();
                    sink.write(section.path().value() + SiteRenderer.ATOM_FEED, atom(site, section, title, issues));
                    sink.write(section.path().value() + SiteRenderer.JSON_FEED, json(site, section, title, issues));
                }
            }
        }
    }

    byte[] atom(Site site, Page where, String title, List<Page> entries) {
        BaseUrl base = site.config().baseUrl();
        String self = where.path().absoluteUrl(base) + SiteRenderer.ATOM_FEED;
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        xml.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(where.language().htmlLang()).append("\">\n");
        xml.append("  <id>").append(escape(self)).append("</id>\n");
        xml.append("  <title>").append(escape(title)).append("</title>\n");
        xml.append("  <updated>").append(timestamp(entries.stream().map(p -> p.frontMatter().lastChange().orElse(LocalDate.EPOCH))
                .max(Comparator.naturalOrder()).orElse(LocalDate.EPOCH))).append("</updated>\n");
        xml.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(escape(self)).append("\"/>\n");
        xml.append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(escape(where.path().absoluteUrl(base))).append("\"/>\n");
        xml.append("  <author><name>").append(escape(site.config().params().getOrDefault("organisation", title))).append("</name></author>\n");
        xml.append("  <generator>mosaik</generator>\n");
        for (Page page : entries) {
            xml.append("  <entry xml:lang=\"").append(page.contentLanguage().htmlLang()).append("\">\n");
            xml.append("    <id>").append(escape(id(site, page))).append("</id>\n");
            xml.append("    <title>").append(escape(page.title())).append("</title>\n");
            xml.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(escape(page.path().absoluteUrl(base))).append("\"/>\n");
            page.frontMatter().date().ifPresent(d -> xml.append("    <published>").append(timestamp(d)).append("</published>\n"));
            xml.append("    <updated>").append(timestamp(page.frontMatter().lastChange().orElse(LocalDate.EPOCH))).append("</updated>\n");
            summary(page).ifPresent(s -> xml.append("    <summary>").append(escape(s)).append("</summary>\n"));
            xml.append("  </entry>\n");
        }
        return xml.append("</feed>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    byte[] json(Site site, Page where, String title, List<Page> entries) {
        BaseUrl base = site.config().baseUrl();
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"version\": \"https://jsonfeed.org/version/1.1\",\n");
        json.append("  \"title\": ").append(StatusExport.string(title)).append(",\n");
        json.append("  \"home_page_url\": ").append(StatusExport.string(where.path().absoluteUrl(base))).append(",\n");
        json.append("  \"feed_url\": ").append(StatusExport.string(where.path().absoluteUrl(base) + SiteRenderer.JSON_FEED)).append(",\n");
        json.append("  \"language\": ").append(StatusExport.string(where.language().htmlLang())).append(",\n");
        json.append("  \"items\": [");
        for (int i = 0; i < entries.size(); i++) {
            Page page = entries.get(i);
            json.append(i == 0 ? "\n" : ",\n").append("    {\"id\": ").append(StatusExport.string(id(site, page)))
                    .append(", \"url\": ").append(StatusExport.string(page.path().absoluteUrl(base)))
                    .append(", \"title\": ").append(StatusExport.string(page.title()))
                    .append(", \"language\": ").append(StatusExport.string(page.contentLanguage().htmlLang()));
            summary(page).ifPresent(s -> json.append(", \"summary\": ").append(StatusExport.string(s)));
            page.frontMatter().date().ifPresent(d -> json.append(", \"date_published\": ").append(StatusExport.string(timestamp(d))));
            page.frontMatter().updated().ifPresent(d -> json.append(", \"date_modified\": ").append(StatusExport.string(timestamp(d))));
            json.append('}');
        }
        json.append(entries.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Optional<String> summary(Page page) {
        if (page.data().orElse(null) instanceof Newsletter issue && issue.intro().isPresent()) {
            return issue.intro();
        }
        return page.frontMatter().summary();
    }

    /** {@code tag:integration.wetzlar.de,2026-11-01:newsletter/ausgabe-4/de} */
    private static String id(Site site, Page page) {
        return "tag:" + site.config().baseUrl().uri().getHost() + "," + page.frontMatter().date().orElse(LocalDate.EPOCH) + ":"
                + page.key().value() + "/" + page.language().code();
    }

    private static String timestamp(LocalDate date) {
        return date.atStartOfDay(BERLIN).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
