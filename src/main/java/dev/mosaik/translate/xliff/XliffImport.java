package dev.mosaik.translate.xliff;

import dev.mosaik.config.Language;
import dev.mosaik.config.SiteConfig;
import dev.mosaik.content.ContentScanner;
import dev.mosaik.content.ContentTypes;
import dev.mosaik.content.SegmentAssembler;
import dev.mosaik.content.SegmentedPage;
import dev.mosaik.content.Segmenter;
import dev.mosaik.content.TranslationText;
import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import dev.mosaik.translate.xliff.XliffReader.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code mosaik translate --import FILE.xlf…}: reads filled XLIFF files and writes the translations, labelled
 * {@code translation: human} with the original's {@code sourceHash}, typed pages with their prose keys only. Every
 * file is checked before anything is written — every segment translated, inline codes as exported, the target
 * language one of the site's, the original unchanged since the export — and any mistake, at {@code FILE.xlf:LINE},
 * means that no file is written at all.
 */
public final class XliffImport {

    private final Segmenter segmenter = new Segmenter();
    private final ContentTypes types;

    /** For mosaik's own content types (a test, or where no type comes from the class path). */
    public XliffImport() {
        this(ContentTypes.shipped());
    }

    /** @param types the content types the site's pages may have: mosaik's own and those found on the class path */
    public XliffImport(ContentTypes types) {
        this.types = types;
    }

    /** A file ready to be written. */
    private record Result(Path file, String relative, String text) {}

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
            XliffReader.read(file, name, problems)
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

    /** The file checked against the site and its original, translated and ready to write; empty on any mistake. */
    private Optional<Result> check(
            Path siteRoot,
            SiteConfig config,
            String name,
            Document document,
            Optional<Language> expected,
            Problems problems) {
        SourcePosition fileAt = new SourcePosition(name, document.fileLine());
        Optional<Language> target = targetLanguage(config, name, document, expected, problems);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        Problems reading = new Problems();
        Optional<XliffExport.Original> original =
                XliffExport.Original.read(types, siteRoot, config, document.original(), reading);
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
        Map<String, String> translations = new UnitCheck(
                        name, document.fileLine(), original.get().relative(), problems)
                .translations(page, document.units());
        Problems assembling = new Problems();
        Optional<String> text = new SegmentAssembler().reassemble(page, translations, assembling);
        assembling.all().forEach(p -> problems.error(fileAt, p.message()));
        String relative = ContentScanner.CONTENT_DIR + "/" + original.get().key() + "."
                + target.get().code() + ".md";
        return text.flatMap(t -> TranslationText.of(
                        t, original.get().type(), "human", original.get().source()))
                .map(t -> new Result(siteRoot.resolve(relative), relative, t));
    }

    /** The site's language the file translates into, if it is one and the one asked for ({@code --to}). */
    private static Optional<Language> targetLanguage(
            SiteConfig config, String name, Document document, Optional<Language> expected, Problems problems) {
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
        return target;
    }
}
