package dev.mosaik.output;

import dev.mosaik.config.BaseUrl;
import dev.mosaik.site.Page;
import dev.mosaik.site.Site;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code sitemap.xml} with {@code xhtml:link} alternates, so search engines pair the translations of a page,
 * and {@code robots.txt} pointing at it. Untranslated fallback pages are left out: they repeat another
 * language's text and name that page as canonical.
 */
public final class Sitemap {

    public byte[] sitemap(Site site) {
        BaseUrl base = site.config().baseUrl();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (Page page : site.pages()) {
            if (page.isFallback()) {
                continue;
            }
            xml.append("  <url>\n    <loc>").append(escape(page.path().absoluteUrl(base))).append("</loc>\n");
            page.frontMatter().lastChange().ifPresent(date -> xml.append("    <lastmod>").append(date).append("</lastmod>\n"));
            List<Page> translations = site.translations(page).stream()
                    .filter(p -> !p.isFallback() && site.carriesHreflang(p.language())).toList();
            if (translations.size() > 1 && site.carriesHreflang(page.language())) {
                for (Page translation : translations) {
                    xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(translation.language().htmlLang())
                            .append("\" href=\"").append(escape(translation.path().absoluteUrl(base))).append("\"/>\n");
                }
            }
            xml.append("  </url>\n");
        }
        return xml.append("</urlset>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] robots(Site site) {
        BaseUrl base = site.config().baseUrl();
        return ("User-agent: *\nAllow: /\n\nSitemap: " + base.absolute(base.path()) + "sitemap.xml\n").getBytes(StandardCharsets.UTF_8);
    }

    /** XML escaping: only the five predefined entities, never HTML names such as {@code &nbsp;}. */
    private static final org.jsoup.nodes.Document.OutputSettings XML =
            new org.jsoup.nodes.Document.OutputSettings().escapeMode(org.jsoup.nodes.Entities.EscapeMode.xhtml);

    private static String escape(String text) {
        return org.jsoup.nodes.Entities.escape(text, XML);
    }
}
