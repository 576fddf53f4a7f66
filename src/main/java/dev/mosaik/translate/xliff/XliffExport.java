package dev.mosaik.translate.xliff;

import dev.mosaik.config.Language;
import dev.mosaik.config.SiteConfig;
import dev.mosaik.content.ContentReader;
import dev.mosaik.content.ContentScanner;
import dev.mosaik.content.ContentTypes;
import dev.mosaik.content.Segment;
import dev.mosaik.content.SegmentedPage;
import dev.mosaik.content.Segmenter;
import dev.mosaik.content.SourceDocument;
import dev.mosaik.content.SourceFile;
import dev.mosaik.content.SourceFingerprint;
import dev.mosaik.content.TranslationKey;
import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import dev.mosaik.i18n.Glossary;
import dev.mosaik.i18n.GlossaryEntry;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code mosaik translate --export xliff}: writes one XLIFF 2.1 file per original, {@code <key>.<lang>.xlf} (slashes of
 * the key as {@code --}), with a unit per segment. Inline markup becomes {@code <ph id/>} (kept whole) or
 * {@code <pc id>…</pc>} (around text) so that a translation tool shows it as a code the translator moves but cannot
 * edit; each unit notes where it comes from and the glossary's terms that occur in it; the file notes the page
 * address and the original's {@code sourceHash}, which the import compares.
 */
public final class XliffExport {

    private final Segmenter segmenter = new Segmenter();
    private final ContentTypes types;

    /** For mosaik's own content types (a test, or where no type comes from the class path). */
    public XliffExport() {
        this(ContentTypes.shipped());
    }

    /** @param types the content types the site's pages may have: mosaik's own and those found on the class path */
    public XliffExport(ContentTypes types) {
        this.types = types;
    }

    /**
     * @param paths originals ({@code content/kontakt.de.md}); all originals of the site when empty
     * @return the files written
     */
    public List<Path> export(
            Path siteRoot,
            SiteConfig config,
            Glossary glossary,
            List<String> paths,
            Language target,
            Path output,
            Problems problems) {
        List<String> originals = paths.isEmpty() ? allOriginals(siteRoot, config, problems) : paths;
        List<Path> written = new ArrayList<>();
        for (String path : originals) {
            Optional<Original> original = Original.read(types, siteRoot, config, path, problems);
            if (original.isEmpty()) {
                continue;
            }
            SegmentedPage page =
                    segmenter.segment(original.get().relative(), original.get().text());
            String xml;
            try {
                xml = write(page, original.get(), config.defaultLanguage(), target, glossary.entriesFor(target));
            } catch (XMLStreamException e) {
                throw new IllegalStateException("writing XML to a string failed", e);
            }
            Path file = output.resolve(original.get().key().replace('/', '-') + "." + target.code() + ".xlf");
            try {
                Files.createDirectories(output);
                Path temporary = Files.createTempFile(output, ".export", ".tmp");
                Files.writeString(temporary, xml, StandardCharsets.UTF_8);
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                written.add(file);
            } catch (IOException e) {
                problems.error(SourcePosition.file(file.toString()), "cannot write the file: " + e.getMessage());
            }
        }
        return written;
    }

    private static List<String> allOriginals(Path siteRoot, SiteConfig config, Problems problems) {
        String suffix = "." + config.defaultLanguage().code() + ".md";
        Path content = siteRoot.resolve(ContentScanner.CONTENT_DIR);
        try (var walk = Files.walk(content)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(suffix))
                    .map(p -> siteRoot.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.error(
                    SourcePosition.file(ContentScanner.CONTENT_DIR), "cannot read the folder: " + e.getMessage());
            return List.of();
        }
    }

    static String write(
            SegmentedPage page, Original original, Language source, Language target, List<GlossaryEntry> glossary)
            throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = Xliff.outputFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.setDefaultNamespace(Xliff.NS);
        xml.writeStartElement(Xliff.NS, "xliff");
        xml.writeDefaultNamespace(Xliff.NS);
        xml.writeAttribute("version", Xliff.VERSION);
        xml.writeAttribute("srcLang", source.htmlLang());
        xml.writeAttribute("trgLang", target.htmlLang());
        xml.writeCharacters("\n  ");
        xml.writeStartElement(Xliff.NS, "file");
        xml.writeAttribute("id", "f1");
        xml.writeAttribute("original", original.relative());
        xml.writeCharacters("\n    ");
        xml.writeStartElement(Xliff.NS, "notes");
        note(xml, "      ", Xliff.NOTE_ADDRESS, original.address());
        note(xml, "      ", Xliff.NOTE_SOURCE_HASH, original.source().hash());
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
        for (Segment segment : page.segments()) {
            writeUnit(xml, segment, original, glossary);
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.close();
        return out.toString();
    }

    /** One segment as a unit: where it is and the glossary terms it uses as notes, its words as the source. */
    private static void writeUnit(XMLStreamWriter xml, Segment segment, Original original, List<GlossaryEntry> glossary)
            throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement(Xliff.NS, "unit");
        xml.writeAttribute("id", segment.id());
        xml.writeAttribute("name", segment.kind());
        xml.writeCharacters("\n      ");
        xml.writeStartElement(Xliff.NS, "notes");
        note(
                xml,
                "        ",
                Xliff.NOTE_LOCATION,
                original.address() + " – " + segment.kind() + ", " + original.relative() + ":" + segment.line());
        String plain = segment.plainText();
        for (GlossaryEntry entry : glossary) {
            if (entry.occursIn(plain)) {
                note(xml, "        ", Xliff.NOTE_GLOSSARY, glossaryNote(entry));
            }
        }
        xml.writeCharacters("\n      ");
        xml.writeEndElement();
        xml.writeCharacters("\n      ");
        xml.writeStartElement(Xliff.NS, "segment");
        xml.writeCharacters("\n        ");
        xml.writeStartElement(Xliff.NS, "source");
        inline(xml, segment.parts());
        xml.writeEndElement();
        xml.writeCharacters("\n      ");
        xml.writeEndElement();
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
    }

    private static String glossaryNote(GlossaryEntry entry) {
        StringBuilder note = new StringBuilder(entry.term()).append(" → ");
        if (entry.keep()) {
            note.append("keep the German word")
                    .append(entry.rendering()
                            .map(r -> ", explained at its first mention: " + r)
                            .orElse(""));
        } else {
            note.append(entry.rendering().orElseThrow());
        }
        entry.note().ifPresent(n -> note.append(" (").append(n).append(')'));
        return note.toString();
    }

    private static void note(XMLStreamWriter xml, String indent, String category, String text)
            throws XMLStreamException {
        xml.writeCharacters("\n" + indent);
        xml.writeStartElement(Xliff.NS, "note");
        xml.writeAttribute("category", category);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** The segment's words as text, its markup as inline codes; a line break inside a paragraph is a space. */
    static void inline(XMLStreamWriter xml, List<Segment.Part> parts) throws XMLStreamException {
        for (Segment.Part part : parts) {
            if (part instanceof Segment.Text text) {
                xml.writeCharacters(text.raw());
            } else if (part instanceof Segment.Break) {
                xml.writeCharacters(" ");
            } else if (part instanceof Segment.Code code) {
                xml.writeEmptyElement(Xliff.NS, "ph");
                xml.writeAttribute("id", Integer.toString(code.id()));
                xml.writeAttribute("disp", code.label());
            } else if (part instanceof Segment.Open open) {
                xml.writeStartElement(Xliff.NS, "pc");
                xml.writeAttribute("id", Integer.toString(open.id()));
                xml.writeAttribute("dispStart", open.label());
            } else {
                xml.writeEndElement();
            }
        }
    }

    /** An original with what the export and the import need to know of it. */
    record Original(
            String relative, String key, String text, SourceFingerprint source, String address, Optional<String> type) {

        static Optional<Original> read(
                ContentTypes types, Path siteRoot, SiteConfig config, String path, Problems problems) {
            String relative = path.replace('\\', '/').replaceFirst("^\\./", "");
            Path absolute = Path.of(relative).isAbsolute() ? Path.of(relative) : siteRoot.resolve(relative);
            relative = siteRoot.toAbsolutePath()
                    .normalize()
                    .relativize(absolute.toAbsolutePath().normalize())
                    .toString()
                    .replace('\\', '/');
            String suffix = "." + config.defaultLanguage().code() + ".md";
            if (!relative.startsWith(ContentScanner.CONTENT_DIR + "/") || !relative.endsWith(suffix)) {
                problems.error(
                        SourcePosition.file(path),
                        "XLIFF starts from a " + config.defaultLanguage().name()
                                + " file below content/, such as content/kontakt" + suffix);
                return Optional.empty();
            }
            String key =
                    relative.substring(ContentScanner.CONTENT_DIR.length() + 1, relative.length() - suffix.length());
            SourceFile file = new SourceFile(relative, siteRoot, new TranslationKey(key), config.defaultLanguage());
            Optional<SourceDocument> document = new ContentReader(types, false).read(file, problems);
            if (document.isEmpty()) {
                return Optional.empty();
            }
            String text;
            try {
                text = Files.readString(absolute, StandardCharsets.UTF_8).replace("\r\n", "\n");
            } catch (IOException e) {
                problems.error(SourcePosition.file(relative), "cannot read the file: " + e.getMessage());
                return Optional.empty();
            }
            return Optional.of(new Original(
                    relative,
                    key,
                    text,
                    SourceFingerprint.of(document.get(), new Segmenter()),
                    "/" + key + ".md",
                    document.get().frontMatter().type()));
        }
    }
}
