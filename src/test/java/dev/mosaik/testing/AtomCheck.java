package dev.mosaik.testing;

import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Checks an Atom feed against RFC 4287's required elements, and that every entry names its language. */
public final class AtomCheck {

    public static final String ATOM = "http://www.w3.org/2005/Atom";
    /** RFC 3339 date-time, as RFC 4287 section 3.3 requires (with an upper-case T and Z, and seconds). */
    private static final Pattern RFC_3339 =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

    private AtomCheck() {}

    public static Document parse(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    /** Every way {@code bytes} break RFC 4287, prefixed with {@code file}; empty when none. */
    public static List<String> problems(String file, byte[] bytes) {
        List<String> problems = new ArrayList<>();
        Document document;
        try {
            document = parse(bytes);
        } catch (Exception e) {
            problems.add(file + ": not well-formed XML: " + e.getMessage());
            return problems;
        }
        Element feed = document.getDocumentElement();
        if (!ATOM.equals(feed.getNamespaceURI()) || !feed.getLocalName().equals("feed")) {
            problems.add(file + ": the root is not atom:feed");
            return problems;
        }
        one(file, "feed", feed, "id", problems);
        one(file, "feed", feed, "title", problems);
        date(file, "feed", one(file, "feed", feed, "updated", problems), problems);
        boolean feedAuthor = !children(feed, "author").isEmpty();
        children(feed, "author").forEach(a -> one(file, "feed author", a, "name", problems));
        if (children(feed, "link").stream().noneMatch(l -> l.getAttribute("rel").equals("self"))) {
            problems.add(file + ": no link rel=self");
        }
        Set<String> ids = new HashSet<>();
        for (Element entry : children(feed, "entry")) {
            String id = one(file, "entry", entry, "id", problems);
            if (id != null && (!ids.add(id) || !id.contains(":"))) {
                problems.add(file + ": entry id " + id + " is repeated or not an IRI");
            }
            one(file, "entry " + id, entry, "title", problems);
            date(file, "entry " + id, one(file, "entry " + id, entry, "updated", problems), problems);
            children(entry, "published").forEach(p -> date(file, "entry " + id, p.getTextContent(), problems));
            if (!feedAuthor && children(entry, "author").isEmpty()) {
                problems.add(file + ": entry " + id + " has no author, nor has the feed");
            }
            List<Element> alternates = children(entry, "link").stream()
                    .filter(l -> l.getAttribute("rel").isEmpty()
                            || l.getAttribute("rel").equals("alternate"))
                    .toList();
            if (children(entry, "content").isEmpty() && alternates.isEmpty()) {
                problems.add(file + ": entry " + id + " has neither content nor link rel=alternate");
            }
            if (entry.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")
                    .isEmpty()) {
                problems.add(file + ": entry " + id + " has no xml:lang");
            }
        }
        return problems;
    }

    private static String one(String file, String where, Element parent, String name, List<String> problems) {
        List<Element> found = children(parent, name);
        if (found.size() != 1) {
            problems.add(file + ": " + where + " has " + found.size() + " atom:" + name);
            return null;
        }
        return found.get(0).getTextContent();
    }

    private static void date(String file, String where, String value, List<String> problems) {
        if (value == null) {
            return;
        }
        try {
            OffsetDateTime.parse(value);
        } catch (RuntimeException e) {
            problems.add(file + ": " + where + ": " + value + " is no date-time");
            return;
        }
        if (!RFC_3339.matcher(value).matches()) {
            problems.add(file + ": " + where + ": " + value + " is not RFC 3339");
        }
    }

    public static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e
                    && ATOM.equals(e.getNamespaceURI())
                    && e.getLocalName().equals(name)) {
                result.add(e);
            }
        }
        return result;
    }
}
