package dev.mosaik.translate.xliff;

import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a filled XLIFF 2 file for {@link XliffImport}: its original, target language, source hash and units, each with
 * its line; what is not XLIFF 2 is reported at its line. One reader per file: it collects as it walks the XML.
 */
final class XliffReader {

    /** What a unit of the file says. */
    record Unit(String id, int line, String source, Optional<String> target, int targetLine) {}

    /** A read XLIFF file. */
    record Document(String original, String trgLang, int fileLine, Optional<String> sourceHash, List<Unit> units) {}

    private final String name;
    private final Problems problems;
    private String original;
    private String trgLang;
    private int fileLine = 1;
    private Optional<String> sourceHash = Optional.empty();
    private final List<Unit> units = new ArrayList<>();
    // The unit being read.
    private String unitId;
    private int unitLine;
    private String source;
    private Optional<String> target = Optional.empty();
    private int targetLine;
    private boolean inUnit;

    private XliffReader(String name, Problems problems) {
        this.name = name;
        this.problems = problems;
    }

    /** Reads the file, reporting what is not XLIFF 2 at its line. */
    static Optional<Document> read(Path file, String name, Problems problems) {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = Xliff.inputFactory().createXMLStreamReader(in, "UTF-8");
            try {
                return new XliffReader(name, problems).parse(xml);
            } finally {
                xml.close();
            }
        } catch (IOException e) {
            problems.error(SourcePosition.file(name), "cannot read the file: " + e.getMessage());
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
            problems.error(new SourcePosition(name, line), "not well-formed XML: " + firstLine(e.getMessage()));
        }
        return Optional.empty();
    }

    private static String firstLine(String message) {
        String text = message == null
                ? "unreadable"
                : message.replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).strip();
    }

    private Optional<Document> parse(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event != XMLStreamReader.START_ELEMENT && event != XMLStreamReader.END_ELEMENT) {
                continue;
            }
            String local = xml.getLocalName();
            if (event == XMLStreamReader.START_ELEMENT && !Xliff.NS.equals(xml.getNamespaceURI())) {
                if (local.equals("xliff")) {
                    problems.error(
                            new SourcePosition(name, xml.getLocation().getLineNumber()),
                            "not XLIFF 2: the namespace must be " + Xliff.NS);
                    return Optional.empty();
                }
                continue;
            }
            if (event == XMLStreamReader.END_ELEMENT) {
                endElement(local);
            } else if (!startElement(xml, local, xml.getLocation().getLineNumber())) {
                return Optional.empty();
            }
        }
        if (original == null) {
            problems.error(
                    new SourcePosition(name, fileLine),
                    "the file names no original (<file original=\"content/….de.md\">)");
            return Optional.empty();
        }
        return Optional.of(new Document(original, trgLang, fileLine, sourceHash, units));
    }

    private void endElement(String local) {
        if (local.equals("unit") && unitId != null) {
            units.add(new Unit(unitId, unitLine, source == null ? "" : source, target, targetLine));
            unitId = null;
            inUnit = false;
        }
    }

    /** Takes what an element of XLIFF says; false when the file is not one mosaik can import (reported). */
    private boolean startElement(XMLStreamReader xml, String local, int line) throws XMLStreamException {
        switch (local) {
            case "xliff" -> {
                return readRoot(xml, line);
            }
            case "file" -> {
                original = xml.getAttributeValue(null, "original");
                fileLine = line;
            }
            case "unit" -> {
                unitId = xml.getAttributeValue(null, "id");
                unitLine = line;
                source = null;
                target = Optional.empty();
                inUnit = true;
            }
            case "note" -> {
                String noteCategory = xml.getAttributeValue(null, "category");
                String text = xml.getElementText();
                if (!inUnit && Xliff.NOTE_SOURCE_HASH.equals(noteCategory)) {
                    sourceHash = Optional.of(text.strip());
                }
            }
            case "source" -> source = InlineCodes.read(xml);
            case "target" -> {
                targetLine = line;
                target = Optional.of(InlineCodes.read(xml));
            }
            default -> {
                // segment, notes, ignorable, metadata of other tools: nothing to take
            }
        }
        return true;
    }

    private boolean readRoot(XMLStreamReader xml, int line) {
        String version = xml.getAttributeValue(null, "version");
        trgLang = xml.getAttributeValue(null, "trgLang");
        if (version == null || !version.startsWith("2.")) {
            problems.error(new SourcePosition(name, line), "not XLIFF 2 (version '" + version + "')");
            return false;
        }
        if (trgLang == null) {
            problems.error(new SourcePosition(name, line), "the target language (trgLang) is missing");
            return false;
        }
        return true;
    }
}
