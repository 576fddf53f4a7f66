package dev.mosaik.translate.xliff;

import dev.mosaik.config.Language;
import dev.mosaik.config.SiteConfig;
import dev.mosaik.content.ContentScanner;
import dev.mosaik.content.Segment;
import dev.mosaik.content.SegmentAssembler;
import dev.mosaik.content.SegmentedPage;
import dev.mosaik.content.Segmenter;
import dev.mosaik.content.TranslationText;
import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * {@code mosaik translate --import FILE.xlf…}: reads filled XLIFF files and writes the translations, labelled
 * {@code translation: human} with the original's {@code sourceHash}, typed pages with their prose keys only. Every
 * file is checked before anything is written — every segment translated, inline codes as exported, the target
 * language one of the site's, the original unchanged since the export — and any mistake, at {@code FILE.xlf:LINE},
 * means that no file is written at all.
 */
public final class XliffImport {

    private final Segmenter segmenter = new Segmenter();

    /** A file ready to be written. */
    private record Result(Path file, String relative, String text) {}

    /** What a unit of the file says. */
    private record Unit(String id, int line, String source, Optional<String> target, int targetLine) {}

    /** A read XLIFF file. */
    private record Document(
            String original, String trgLang, int fileLine, Optional<String> sourceHash, List<Unit> units) {}

    /**
     * @param expected the language given on the command line ({@code --to}), if any
     * @return the translation files written, relative to the site root; empty when anything was wrong
     */
    public List<String> importFiles(
            Path siteRoot, SiteConfig config, List<Path> files, Optional<Language> expected, Problems problems) {
        List<Result> results = new ArrayList<>();
        long errorsBefore = problems.errorCount();
        for (Path file : files) {
            String name = file.toString().replace('\\', '/');
            read(file, name, problems)
                    .flatMap(document -> check(siteRoot, config, name, document, expected, problems))
                    .ifPresent(results::add);
        }
        if (problems.errorCount() > errorsBefore) {
            return List.of();
        }
        List<String> written = new ArrayList<>();
        for (Result result : results) {
            try {
                Path temporary = Files.createTempFile(result.file().getParent(), ".import", ".tmp");
                Files.writeString(temporary, result.text(), StandardCharsets.UTF_8);
                Files.move(
                        temporary, result.file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                written.add(result.relative());
            } catch (IOException e) {
                problems.error(SourcePosition.file(result.relative()), "cannot write the file: " + e.getMessage());
            }
        }
        return written;
    }

    private Optional<Result> check(
            Path siteRoot,
            SiteConfig config,
            String name,
            Document document,
            Optional<Language> expected,
            Problems problems) {
        SourcePosition fileAt = new SourcePosition(name, document.fileLine());
        Optional<Language> target = config.languages().stream()
                .filter(l -> !l.equals(config.defaultLanguage()))
                .filter(l -> l.htmlLang().equalsIgnoreCase(document.trgLang())
                        || l.code().equalsIgnoreCase(document.trgLang()))
                .findFirst();
        if (target.isEmpty()) {
            problems.error(
                    new SourcePosition(name, 2),
                    "target language '" + document.trgLang() + "' is not one the site translates into");
            return Optional.empty();
        }
        if (expected.isPresent() && !expected.get().equals(target.get())) {
            problems.error(
                    new SourcePosition(name, 2),
                    "this file translates into " + target.get().name() + " (trgLang '" + document.trgLang() + "'), not "
                            + expected.get().name(),
                    Optional.of("import it without --to, or with --to "
                            + target.get().code()));
            return Optional.empty();
        }
        Problems reading = new Problems();
        Optional<XliffExport.Original> original =
                XliffExport.Original.read(siteRoot, config, document.original(), reading);
        if (original.isEmpty()) {
            problems.error(
                    fileAt,
                    "its original '" + document.original() + "' cannot be read: "
                            + reading.all().stream()
                                    .map(p -> p.message())
                                    .findFirst()
                                    .orElse("unknown"));
            return Optional.empty();
        }
        if (document.sourceHash().isPresent()
                && !document.sourceHash().get().equals(original.get().source().hash())) {
            problems.error(
                    fileAt,
                    "the original " + original.get().relative() + " has changed since the export (sourceHash "
                            + document.sourceHash().get() + ", now "
                            + original.get().source().hash() + ")",
                    Optional.of("export it again and carry the translations over; nothing was written"));
        }
        SegmentedPage page =
                segmenter.segment(original.get().relative(), original.get().text());
        Map<String, Unit> units = new LinkedHashMap<>();
        document.units().forEach(u -> units.put(u.id(), u));
        Map<String, String> translations = new LinkedHashMap<>();
        for (Segment segment : page.segments()) {
            Unit unit = units.remove(segment.id());
            String what = segment.kind() + " of " + original.get().relative() + ":" + segment.line();
            if (unit == null) {
                problems.error(
                        fileAt,
                        "the segment '" + segment.id() + "' (" + what + ") is missing",
                        Optional.of("every segment of the export must come back, translated"));
                continue;
            }
            if (!unit.source().equals(segment.text())) {
                problems.error(
                        new SourcePosition(name, unit.line()),
                        "the source of '" + segment.id() + "' differs from " + what
                                + ": the original changed since the export, or the source was edited",
                        Optional.of("export the page again"));
                continue;
            }
            if (unit.target().isEmpty() || unit.target().get().isBlank()) {
                problems.error(
                        new SourcePosition(name, unit.line()),
                        "the segment '" + segment.id() + "' (" + what + ") has no translation");
                continue;
            }
            Optional<String> codes =
                    InlineCodes.compare(segment.text(), unit.target().get());
            if (codes.isPresent()) {
                problems.error(
                        new SourcePosition(name, unit.targetLine()),
                        "the translation of '" + segment.id() + "' " + codes.get(),
                        Optional.of(
                                "keep every inline code of the source, once, in the translation; move them, never edit them"));
                continue;
            }
            translations.put(segment.id(), unit.target().get());
        }
        units.values()
                .forEach(u -> problems.error(
                        new SourcePosition(name, u.line()),
                        "unit '" + u.id() + "' is not a segment of "
                                + original.get().relative()));
        Problems assembling = new Problems();
        Optional<String> text = new SegmentAssembler().reassemble(page, translations, assembling);
        assembling.all().forEach(p -> problems.error(fileAt, p.message()));
        String relative = ContentScanner.CONTENT_DIR + "/" + original.get().key() + "."
                + target.get().code() + ".md";
        return text.flatMap(t -> TranslationText.of(
                        t, original.get().type(), "human", original.get().source()))
                .map(t -> new Result(siteRoot.resolve(relative), relative, t));
    }

    /** Reads the file, reporting what is not XLIFF 2 at its line. */
    private static Optional<Document> read(Path file, String name, Problems problems) {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = Xliff.inputFactory().createXMLStreamReader(in, "UTF-8");
            try {
                return XliffParser.parse(xml, name, problems);
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

    /** The pieces of {@link XliffImport} that walk the XML. */
    static final class XliffParser {

        private XliffParser() {}

        static Optional<Document> parse(XMLStreamReader xml, String name, Problems problems) throws XMLStreamException {
            String original = null;
            String trgLang = null;
            int fileLine = 1;
            Optional<String> sourceHash = Optional.empty();
            List<Unit> units = new ArrayList<>();
            String unitId = null;
            int unitLine = 0;
            String source = null;
            Optional<String> target = Optional.empty();
            int targetLine = 0;
            String noteCategory = null;
            boolean inUnit = false;
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
                int line = xml.getLocation().getLineNumber();
                if (event == XMLStreamReader.END_ELEMENT) {
                    if (local.equals("unit") && unitId != null) {
                        units.add(new Unit(unitId, unitLine, source == null ? "" : source, target, targetLine));
                        unitId = null;
                        inUnit = false;
                    }
                    continue;
                }
                switch (local) {
                    case "xliff" -> {
                        String version = xml.getAttributeValue(null, "version");
                        trgLang = xml.getAttributeValue(null, "trgLang");
                        if (version == null || !version.startsWith("2.")) {
                            problems.error(new SourcePosition(name, line), "not XLIFF 2 (version '" + version + "')");
                            return Optional.empty();
                        }
                        if (trgLang == null) {
                            problems.error(new SourcePosition(name, line), "the target language (trgLang) is missing");
                            return Optional.empty();
                        }
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
                        noteCategory = xml.getAttributeValue(null, "category");
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
            }
            if (original == null) {
                problems.error(
                        new SourcePosition(name, fileLine),
                        "the file names no original (<file original=\"content/….de.md\">)");
                return Optional.empty();
            }
            return Optional.of(new Document(original, trgLang, fileLine, sourceHash, units));
        }
    }
}
