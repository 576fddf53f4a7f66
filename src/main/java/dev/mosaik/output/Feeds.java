package dev.mosaik.output;

import dev.mosaik.config.BaseUrl;
import dev.mosaik.config.Language;
import dev.mosaik.content.Newsletter;
import dev.mosaik.render.PageSink;
import dev.mosaik.site.FeedFiles;
import dev.mosaik.site.OutputFiles;
import dev.mosaik.site.Page;
import dev.mosaik.site.Site;
import dev.mosaik.site.SitePath;
import dev.mosaik.site.Taxonomy;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Atom (RFC 4287) and JSON Feed 1.1 files per language, each entry with its whole text ({@link FeedContent}): the newsletter's issues in each newsletter section,
 * and the language's dated pages ("news") in its home folder. Every other section, tag and district has an Atom
 * feed of the pages it lists, newest change first, with each page's summary (the whole texts of every listing
 * would repeat the site many times over); an untranslated page is listed in the text readers see, marked with
 * its own {@code xml:lang}. Ids are tag URIs built from the page's key and
 * first date, so they survive a change of address; every date comes from content, none from the clock.
 */
public final class Feeds {

    private static final int NEWS_ENTRIES = 30;
    /** A listing's feed names its latest pages; the listing itself has them all. */
    private static final int LISTING_ENTRIES = 50;

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final JsonFactory JSON = new JsonFactory();

    public void write(Site site, PageSink sink) {
        for (Language language : site.languages()) {
            List<Page> tree = site.pagesIn(language);
            site.home(language).ifPresent(home -> {
                List<Page> news = tree.stream()
                        .filter(p -> p.frontMatter().publishing().date().isPresent())
                        .sorted(Comparator.comparing(
                                        (Page p) -> p.frontMatter().lastChange().orElseThrow())
                                .reversed()
                                .thenComparing(Page::key))
                        .limit(NEWS_ENTRIES)
                        .toList();
                String title = language.title();
                sink.write(home.path().value() + OutputFiles.ATOM_FEED, atom(site, home, title, news));
                sink.write(home.path().value() + OutputFiles.JSON_FEED, json(site, home, title, news));
            });
            for (Page section : tree) {
                List<Page> issues = site.children(section).stream()
                        .filter(p -> p.data().orElse(null) instanceof Newsletter)
                        .sorted(Comparator.comparingInt(
                                        (Page p) -> ((Newsletter) p.data().orElseThrow()).number())
                                .reversed())
                        .toList();
                if (!issues.isEmpty()) {
                    String title = section.title() + " – " + language.title();
                    sink.write(section.path().value() + OutputFiles.ATOM_FEED, atom(site, section, title, issues));
                    sink.write(section.path().value() + OutputFiles.JSON_FEED, json(site, section, title, issues));
                } else if (FeedFiles.hasAtom(section)) {
                    sink.write(
                            section.path().value() + FeedFiles.ATOM,
                            atom(
                                    site,
                                    section.path(),
                                    language,
                                    section.title() + " – " + language.title(),
                                    newest(site.children(section)),
                                    false));
                }
            }
            for (Taxonomy.Index index : site.taxonomies()) {
                if (!index.language().equals(language)) {
                    continue;
                }
                for (Taxonomy.Term term : index.terms()) {
                    sink.write(
                            term.path().value() + FeedFiles.ATOM,
                            atom(
                                    site,
                                    term.path(),
                                    language,
                                    term.name() + " – " + language.title(),
                                    newest(term.pages()),
                                    false));
                }
            }
        }
    }

    /** The most recently changed pages first, as feed readers expect; the key breaks ties, so the order is the same in every build. */
    private static List<Page> newest(List<Page> pages) {
        return pages.stream()
                .sorted(Comparator.comparing(
                                (Page p) -> p.frontMatter().lastChange().orElse(LocalDate.EPOCH))
                        .reversed()
                        .thenComparing(Page::key))
                .limit(LISTING_ENTRIES)
                .toList();
    }

    byte[] atom(Site site, Page where, String title, List<Page> entries) {
        return atom(site, where.path(), where.language(), title, entries, true);
    }

    /** @param wholeText whether entries carry their whole text, or their summary and link only */
    byte[] atom(Site site, SitePath where, Language language, String title, List<Page> entries, boolean wholeText) {
        BaseUrl base = site.config().baseUrl();
        String self = where.absoluteUrl(base) + OutputFiles.ATOM_FEED;
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("utf-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml:lang", language.htmlLang());
            element(xml, 1, "id", self);
            element(xml, 1, "title", title);
            element(
                    xml,
                    1,
                    "updated",
                    timestamp(
                            site,
                            entries.stream()
                                    .map(p -> p.frontMatter().lastChange().orElse(LocalDate.EPOCH))
                                    .max(Comparator.naturalOrder())
                                    .orElse(LocalDate.EPOCH)));
            link(xml, 1, "self", "application/atom+xml", self);
            link(xml, 1, "alternate", "text/html", where.absoluteUrl(base));
            indent(xml, 1);
            xml.writeStartElement("author");
            xml.writeStartElement("name");
            xml.writeCharacters(site.config().params().getOrDefault("organisation", title));
            xml.writeEndElement();
            xml.writeEndElement();
            element(xml, 1, "generator", "mosaik");
            for (Page page : entries) {
                indent(xml, 1);
                xml.writeStartElement("entry");
                xml.writeAttribute("xml:lang", page.contentLanguage().htmlLang());
                element(xml, 2, "id", id(site, page));
                element(xml, 2, "title", page.title());
                link(xml, 2, "alternate", "text/html", page.path().absoluteUrl(base));
                Optional<LocalDate> published = page.frontMatter().publishing().date();
                if (published.isPresent()) {
                    element(xml, 2, "published", timestamp(site, published.get()));
                }
                element(
                        xml,
                        2,
                        "updated",
                        timestamp(site, page.frontMatter().lastChange().orElse(LocalDate.EPOCH)));
                Optional<String> summary = FeedContent.summary(page);
                if (summary.isPresent()) {
                    element(xml, 2, "summary", summary.get());
                }
                if (wholeText) {
                    indent(xml, 2);
                    xml.writeStartElement("content");
                    xml.writeAttribute("type", "html");
                    xml.writeCharacters(FeedContent.html(site, page));
                    xml.writeEndElement();
                }
                indent(xml, 1);
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the JDK's XML writer failed on a string writer", e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    private static void element(XMLStreamWriter xml, int depth, String name, String text) throws XMLStreamException {
        indent(xml, depth);
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, int depth, String rel, String type, String href)
            throws XMLStreamException {
        indent(xml, depth);
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    /**
     * JSON Feed 1.1: every item carries its whole text as {@code content_html} (the specification requires
     * {@code content_html} or {@code content_text}), and its summary where it has one.
     */
    byte[] json(Site site, Page where, String title, List<Page> entries) {
        BaseUrl base = site.config().baseUrl();
        java.io.StringWriter out = new java.io.StringWriter();
        try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
            json.writeStartObject();
            json.writeStringProperty("version", "https://jsonfeed.org/version/1.1");
            json.writeStringProperty("title", title);
            json.writeStringProperty("home_page_url", where.path().absoluteUrl(base));
            json.writeStringProperty("feed_url", where.path().absoluteUrl(base) + OutputFiles.JSON_FEED);
            json.writeStringProperty("language", where.language().htmlLang());
            json.writeArrayPropertyStart("authors");
            json.writeStartObject();
            json.writeStringProperty("name", site.config().params().getOrDefault("organisation", title));
            json.writeEndObject();
            json.writeEndArray();
            json.writeArrayPropertyStart("items");
            for (Page page : entries) {
                json.writeStartObject();
                json.writeStringProperty("id", id(site, page));
                json.writeStringProperty("url", page.path().absoluteUrl(base));
                json.writeStringProperty("title", page.title());
                json.writeStringProperty("language", page.contentLanguage().htmlLang());
                json.writeStringProperty("content_html", FeedContent.html(site, page));
                FeedContent.summary(page).ifPresent(s -> json.writeStringProperty("summary", s));
                page.frontMatter()
                        .publishing()
                        .date()
                        .ifPresent(d -> json.writeStringProperty("date_published", timestamp(site, d)));
                page.frontMatter()
                        .publishing()
                        .updated()
                        .ifPresent(d -> json.writeStringProperty("date_modified", timestamp(site, d)));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return (out + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** {@code tag:integration.wetzlar.de,2026-11-01:newsletter/ausgabe-4/de} */
    private static String id(Site site, Page page) {
        return "tag:" + site.config().baseUrl().uri().getHost() + ","
                + page.frontMatter().publishing().date().orElse(LocalDate.EPOCH) + ":"
                + page.key().value() + "/" + page.language().code();
    }

    /** The start of the day in the site's time zone. */
    private static String timestamp(Site site, LocalDate date) {
        return date.atStartOfDay(site.config().timeZone()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
