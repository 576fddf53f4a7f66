package dev.mosaik.output;

import dev.mosaik.config.BaseUrl;
import dev.mosaik.config.Language;
import dev.mosaik.site.OutputFiles;
import dev.mosaik.site.Page;
import dev.mosaik.site.Site;
import dev.mosaik.site.SitePath;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * One Atom (RFC 4287) file, written through the JDK's streaming XML writer (which escapes): the feed's head, then
 * one entry per page, indented by hand since the writer does not indent.
 */
final class AtomFeed {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeed() {}

    /** @param wholeText whether entries carry their whole text, or their summary and link only */
    static byte[] of(
            FeedRun run, SitePath where, Language language, String title, List<Page> entries, boolean wholeText) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = run.xml().createXMLStreamWriter(out);
            head(xml, run, where, language, title, entries);
            for (Page page : entries) {
                entry(xml, run, page, wholeText);
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

    /** The feed element up to its first entry: where it is, what it is called, when it last changed, whose it is. */
    private static void head(
            XMLStreamWriter xml, FeedRun run, SitePath where, Language language, String title, List<Page> entries)
            throws XMLStreamException {
        Site site = run.site();
        BaseUrl base = site.config().baseUrl();
        String self = where.absoluteUrl(base) + OutputFiles.ATOM_FEED;
        xml.writeStartDocument("utf-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        xml.writeAttribute("xml:lang", language.htmlLang());
        element(xml, 1, "id", self);
        element(xml, 1, "title", title);
        LocalDate updated = entries.stream()
                .map(FeedStamps::lastChange)
                .max(Comparator.naturalOrder())
                .orElse(LocalDate.EPOCH);
        element(xml, 1, "updated", run.timestamp(updated));
        link(xml, 1, "self", "application/atom+xml", self);
        link(xml, 1, "alternate", "text/html", where.absoluteUrl(base));
        indent(xml, 1);
        xml.writeStartElement("author");
        xml.writeStartElement("name");
        xml.writeCharacters(site.config().params().getOrDefault("organisation", title));
        xml.writeEndElement();
        xml.writeEndElement();
        element(xml, 1, "generator", "mosaik");
    }

    /** One page's entry, in the language its text is in (an untranslated page says so by its own xml:lang). */
    private static void entry(XMLStreamWriter xml, FeedRun run, Page page, boolean wholeText)
            throws XMLStreamException {
        Site site = run.site();
        indent(xml, 1);
        xml.writeStartElement("entry");
        xml.writeAttribute("xml:lang", page.contentLanguage().htmlLang());
        element(xml, 2, "id", FeedStamps.id(site, page));
        element(xml, 2, "title", page.title());
        link(
                xml,
                2,
                "alternate",
                "text/html",
                page.path().absoluteUrl(site.config().baseUrl()));
        Optional<LocalDate> published = page.frontMatter().publishing().date();
        if (published.isPresent()) {
            element(xml, 2, "published", run.timestamp(published.get()));
        }
        element(xml, 2, "updated", run.timestamp(FeedStamps.lastChange(page)));
        Optional<String> summary = FeedContent.summary(page);
        if (summary.isPresent()) {
            element(xml, 2, "summary", summary.get());
        }
        if (wholeText) {
            indent(xml, 2);
            xml.writeStartElement("content");
            xml.writeAttribute("type", "html");
            xml.writeCharacters(run.html(page));
            xml.writeEndElement();
        }
        indent(xml, 1);
        xml.writeEndElement();
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
}
