package dev.mosaik.content;

import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Whether an SVG drawing is passive: opened from the site, an SVG is a document of the site's own address, and
 * a script, event handler or link in it runs or leads on from there. Rather than rewrite drawings (a sanitiser
 * that misses a trick publishes it, and one that changes a drawing surprises its author), mosaik refuses an SVG
 * with anything active at its line and publishes a clean one byte for byte.
 *
 * <p>Refused: {@code <script>}, {@code <foreignObject>}, HTML elements, {@code <a>}, {@code <iframe>} and the
 * like, every {@code on…} attribute, {@code href}/{@code xlink:href} to anything but a {@code #fragment} of the
 * drawing (or, on {@code <image>}, an embedded picture), {@code url(…)} and {@code @import} to other files,
 * {@code javascript:} anywhere, animations that set a link or a handler, {@code <?xml-stylesheet?>}, and any
 * DOCTYPE (its entities could expand or fetch files: the parser neither reads DTDs nor resolves external entities).
 */
final class SvgCheck {

    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    private static final Set<String> ACTIVE_ELEMENTS = Set.of(
            "script",
            "foreignobject",
            "a",
            "iframe",
            "embed",
            "object",
            "handler",
            "listener",
            "audio",
            "video",
            "html",
            "body");
    private static final Set<String> ANIMATIONS =
            Set.of("set", "animate", "animatemotion", "animatetransform", "animatecolor", "discard");
    /** {@code url(} not followed by a fragment of the same drawing. */
    private static final Pattern FOREIGN_URL = Pattern.compile("(?i)url\\(\\s*['\"]?\\s*(?!#)");

    private static final Pattern EMBEDDED_PICTURE =
            Pattern.compile("(?i)data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\\s]*");
    private static final Pattern SPACE = Pattern.compile("[\\s\\x00-\\x1f]+");

    private SvgCheck() {}

    /** Reports what makes the drawing at {@code file} active; nothing when it is passive. */
    static void check(Path file, String shown, Problems problems) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            try {
                check(reader, shown, problems);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
            problems.error(
                    new SourcePosition(shown, line),
                    "is not a well-formed SVG drawing: " + firstLine(e.getMessage()),
                    Optional.of("open it in a drawing program and save it again as plain SVG"));
        } catch (IOException e) {
            problems.error(SourcePosition.file(shown), "cannot be read: " + e.getMessage());
        }
    }

    private static void check(XMLStreamReader reader, String shown, Problems problems) throws XMLStreamException {
        boolean root = true;
        StringBuilder style = null;
        int styleLine = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            int line = Math.max(0, reader.getLocation().getLineNumber());
            SourcePosition at = new SourcePosition(shown, line);
            switch (event) {
                case XMLStreamConstants.DTD -> refuse(at, "a DOCTYPE", problems);
                case XMLStreamConstants.ENTITY_REFERENCE ->
                    refuse(at, "the entity '&" + reader.getLocalName() + ";'", problems);
                case XMLStreamConstants.PROCESSING_INSTRUCTION ->
                    refuse(at, "the instruction <?" + reader.getPITarget() + "?>", problems);
                case XMLStreamConstants.START_ELEMENT -> {
                    element(reader, root, at, problems);
                    root = false;
                    if (reader.getLocalName().toLowerCase(Locale.ROOT).equals("style")) {
                        style = new StringBuilder();
                        styleLine = line;
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    if (style != null) {
                        style.append(reader.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (style != null && reader.getLocalName().equalsIgnoreCase("style")) {
                        css(style.toString(), "<style>", new SourcePosition(shown, styleLine), problems);
                        style = null;
                    }
                }
                default -> {}
            }
        }
    }

    /** An element: the first must be the SVG root; active elements and attributes are refused. */
    private static void element(XMLStreamReader reader, boolean root, SourcePosition at, Problems problems) {
        String name = reader.getLocalName();
        String lower = name.toLowerCase(Locale.ROOT);
        if (root && !(lower.equals("svg") && SVG_NAMESPACE.equals(reader.getNamespaceURI()))) {
            refuse(
                    at,
                    "<" + name + "> where the drawing's <svg xmlns=\"" + SVG_NAMESPACE + "\"> should begin",
                    problems);
        }
        if (ACTIVE_ELEMENTS.contains(lower) || "http://www.w3.org/1999/xhtml".equals(reader.getNamespaceURI())) {
            refuse(at, "<" + name + ">", problems);
        }
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            attribute(name, lower, reader.getAttributeLocalName(i), reader.getAttributeValue(i), at, problems);
        }
    }

    private static void attribute(
            String element, String lowerElement, String name, String value, SourcePosition at, Problems problems) {
        String lower = name.toLowerCase(Locale.ROOT);
        String compact = SPACE.matcher(value).replaceAll("").toLowerCase(Locale.ROOT);
        String shown = "<" + element + " " + name + "=\"" + abbreviate(value) + "\">";
        if (lower.startsWith("on")) {
            refuse(at, "the event handler " + shown, problems);
        } else if (compact.contains("javascript:") || compact.contains("vbscript:")) {
            refuse(at, shown, problems);
        } else if (lower.equals("href")
                && !value.strip().startsWith("#")
                && !(lowerElement.equals("image")
                        && EMBEDDED_PICTURE.matcher(value.strip()).matches())) {
            refuse(at, "the link " + shown + " to something outside the drawing", problems);
        } else if (ANIMATIONS.contains(lowerElement)
                && lower.equals("attributename")
                && (compact.endsWith("href") || compact.startsWith("on"))) {
            refuse(at, "the animation " + shown + ", which changes a link or handler", problems);
        } else if (lower.equals("style") || FOREIGN_URL.matcher(value).find()) {
            css(value, shown, at, problems);
        }
    }

    private static void css(String css, String where, SourcePosition at, Problems problems) {
        String compact = SPACE.matcher(css).replaceAll("").toLowerCase(Locale.ROOT);
        if (compact.contains("@import")
                || FOREIGN_URL.matcher(css).find()
                || compact.contains("javascript:")
                || compact.contains("expression(")) {
            refuse(at, "the style in " + where + " that loads other files", problems);
        }
    }

    private static void refuse(SourcePosition at, String what, Problems problems) {
        problems.error(
                at,
                "the SVG drawing contains " + what + ", which could run or load something in readers' browsers",
                Optional.of("remove it, or export the drawing again as a plain SVG; see docs/security.md"));
    }

    private static String abbreviate(String value) {
        String oneLine = SPACE.matcher(value).replaceAll(" ").strip();
        return oneLine.length() > 40 ? oneLine.substring(0, 40) + "…" : oneLine;
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message;
        int colon = text.indexOf("Message: ");
        return (colon >= 0 ? text.substring(colon + "Message: ".length()) : text)
                .lines()
                .findFirst()
                .orElse("")
                .strip();
    }
}
