package dev.mosaik.output;

import dev.mosaik.config.BaseUrl;
import dev.mosaik.site.Page;
import dev.mosaik.site.Site;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code sitemap.xml} with {@code xhtml:link} alternates, so search engines pair the translations of a page,
 * and {@code robots.txt} pointing at it. Untranslated fallback pages are left out: they repeat another
 * language's text and name that page as canonical. The protocol allows 50,000 addresses and 50 MB per file;
 * a larger site gets {@code sitemap-1.xml}, {@code sitemap-2.xml}, … and {@code sitemap.xml} becomes their
 * index, so robots.txt and search consoles keep the one address.
 */
public final class Sitemap {

    /** The sitemaps.org limits per file. */
    static final int MAX_URLS = 50_000;

    static final int MAX_BYTES = 50 * 1024 * 1024;

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String URLSET =
            "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
    private static final String URLSET_END = "</urlset>\n";

    private final int maxUrls;
    private final int maxBytes;

    public Sitemap() {
        this(MAX_URLS, MAX_BYTES);
    }

    Sitemap(int maxUrls, int maxBytes) {
        this.maxUrls = maxUrls;
        this.maxBytes = maxBytes;
    }

    /** The sitemap files by name, {@code sitemap.xml} first: the sitemap itself, or the index of its parts. */
    public Map<String, byte[]> files(Site site) {
        BaseUrl base = site.config().baseUrl();
        List<StringBuilder> parts = new ArrayList<>();
        StringBuilder part = null;
        int urls = 0;
        int fixed = (HEAD + URLSET + URLSET_END).length();
        for (Page page : site.pages()) {
            if (page.isFallback()) {
                continue;
            }
            String entry = entry(site, base, page);
            // Characters, not bytes: an address may hold Arabic letters (two bytes each), so the cut leaves room.
            if (part == null || urls == maxUrls || (fixed + part.length() + entry.length()) * 3L > maxBytes) {
                part = new StringBuilder();
                parts.add(part);
                urls = 0;
            }
            part.append(entry);
            urls++;
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (parts.size() <= 1) {
            files.put("sitemap.xml", urlset(parts.isEmpty() ? "" : parts.get(0)));
            return files;
        }
        StringBuilder index = new StringBuilder(HEAD)
                .append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (int i = 1; i <= parts.size(); i++) {
            index.append("  <sitemap>\n    <loc>")
                    .append(escape(base.absolute(base.path()) + partName(i)))
                    .append("</loc>\n  </sitemap>\n");
        }
        files.put("sitemap.xml", index.append("</sitemapindex>\n").toString().getBytes(StandardCharsets.UTF_8));
        for (int i = 1; i <= parts.size(); i++) {
            files.put(partName(i), urlset(parts.get(i - 1)));
        }
        return files;
    }

    static String partName(int number) {
        return "sitemap-" + number + ".xml";
    }

    private static byte[] urlset(CharSequence entries) {
        return new StringBuilder(HEAD)
                .append(URLSET)
                .append(entries)
                .append(URLSET_END)
                .toString()
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String entry(Site site, BaseUrl base, Page page) {
        StringBuilder xml = new StringBuilder("  <url>\n    <loc>")
                .append(escape(page.path().absoluteUrl(base)))
                .append("</loc>\n");
        page.frontMatter()
                .lastChange()
                .ifPresent(date -> xml.append("    <lastmod>").append(date).append("</lastmod>\n"));
        List<Page> translations = site.translations(page).stream()
                .filter(p -> !p.isFallback() && site.carriesHreflang(p.language()))
                .toList();
        if (translations.size() > 1 && site.carriesHreflang(page.language())) {
            for (Page translation : translations) {
                xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"")
                        .append(translation.language().htmlLang())
                        .append("\" href=\"")
                        .append(escape(translation.path().absoluteUrl(base)))
                        .append("\"/>\n");
            }
        }
        return xml.append("  </url>\n").toString();
    }

    public byte[] robots(Site site) {
        BaseUrl base = site.config().baseUrl();
        return ("User-agent: *\nAllow: /\n\nSitemap: " + base.absolute(base.path()) + "sitemap.xml\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** XML escaping: only the five predefined entities, never HTML names such as {@code &nbsp;}. */
    private static final org.jsoup.nodes.Document.OutputSettings XML =
            new org.jsoup.nodes.Document.OutputSettings().escapeMode(org.jsoup.nodes.Entities.EscapeMode.xhtml);

    private static String escape(String text) {
        return org.jsoup.nodes.Entities.escape(text, XML);
    }
}
