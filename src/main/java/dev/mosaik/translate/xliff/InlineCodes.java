package dev.mosaik.translate.xliff;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * XLIFF's inline codes and the segmenter's placeholders are the same thing written twice: {@code <ph id="N"/>} is
 * {@code <x id="N"/>}, {@code <pc id="N">…</pc>} is {@code <g id="N">…</g>}. Reading a source or target turns it
 * into the segment's text form, so that it can be compared with the original's segment and reassembled.
 */
final class InlineCodes {

    private static final Pattern CODE = Pattern.compile("<x id=\"(\\d+)\"/>|<g id=\"(\\d+)\">|</g>");

    private InlineCodes() {}

    /** The content of the current element (source or target) in segment text form; leaves the reader at its end. */
    static String read(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            switch (event) {
                case XMLStreamReader.CHARACTERS, XMLStreamReader.CDATA, XMLStreamReader.SPACE ->
                    text.append(xml.getText()
                            .replace("&", "&amp;")
                            .replace("<", "&lt;")
                            .replace(">", "&gt;"));
                case XMLStreamReader.START_ELEMENT -> {
                    depth++;
                    String id = xml.getAttributeValue(null, "id");
                    switch (xml.getLocalName()) {
                        case "ph" -> text.append("<x id=\"").append(id).append("\"/>");
                        case "pc" -> text.append("<g id=\"").append(id).append("\">");
                        // Anything else (sc/ec, mrk) is not what the export wrote: a marker the comparison will refuse.
                        default ->
                            text.append("<")
                                    .append(xml.getLocalName())
                                    .append(" id=\"")
                                    .append(id)
                                    .append("\">");
                    }
                }
                case XMLStreamReader.END_ELEMENT -> {
                    depth--;
                    if (depth > 0) {
                        switch (xml.getLocalName()) {
                            case "ph" -> {}
                            case "pc" -> text.append("</g>");
                            default ->
                                text.append("</").append(xml.getLocalName()).append(">");
                        }
                    }
                }
                default -> {}
            }
        }
        return text.toString();
    }

    /** What is wrong with the inline codes of {@code target} against {@code source}, or empty when they match. */
    static java.util.Optional<String> compare(String source, String target) {
        List<String> expected = codes(source);
        List<String> found = codes(target);
        if (target.matches("(?s).*<(?!x id|g id|/g>)[a-z]+ id=.*")) {
            return java.util.Optional.of(
                    "has inline markup the export did not write (only <ph/> and <pc> of the source may appear)");
        }
        List<String> missing = new ArrayList<>(expected);
        found.forEach(missing::remove);
        List<String> extra = new ArrayList<>(found);
        expected.forEach(extra::remove);
        if (!missing.isEmpty()) {
            return java.util.Optional.of(
                    "lost the inline code" + (missing.size() > 1 ? "s " : " ") + describe(missing));
        }
        if (!extra.isEmpty()) {
            return java.util.Optional.of("has inline code" + (extra.size() > 1 ? "s " : " ") + describe(extra)
                    + " that the source has not, or twice");
        }
        return java.util.Optional.empty();
    }

    private static List<String> codes(String text) {
        List<String> codes = new ArrayList<>();
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) {
                codes.add("ph " + m.group(1));
            } else if (m.group(2) != null) {
                codes.add("pc " + m.group(2));
            }
        }
        return codes;
    }

    private static String describe(List<String> codes) {
        return String.join(
                ", ",
                codes.stream()
                        .map(c -> c.startsWith("ph")
                                ? "<ph id=\"" + c.substring(3) + "\"/>"
                                : "<pc id=\"" + c.substring(3) + "\">")
                        .toList());
    }
}
