package dev.mosaik.translate;

import dev.mosaik.check.Readability;
import dev.mosaik.config.Language;
import dev.mosaik.config.SiteConfig;
import dev.mosaik.content.ContentReader;
import dev.mosaik.content.ContentScanner;
import dev.mosaik.content.Scaffolder;
import dev.mosaik.content.Segment;
import dev.mosaik.content.SegmentAssembler;
import dev.mosaik.content.SegmentedPage;
import dev.mosaik.content.Segmenter;
import dev.mosaik.content.SourceDocument;
import dev.mosaik.content.SourceFile;
import dev.mosaik.content.SourceFingerprint;
import dev.mosaik.content.TranslationKey;
import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import dev.mosaik.diag.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code mosaik translate --machine}: one original into one language with a {@link MachineTranslator}. Only prose
 * is sent (segments with placeholders), a translation that broke markup is refused, and the result is written
 * all at once (a temporary file moved into place) or not at all. A translation a person made or checked is never
 * overwritten; with {@code update}, blocks whose German text is unchanged keep their translation, edits included.
 */
public final class MachineTranslation {

    /** What happened to one file. */
    public enum Outcome {
        WRITTEN,
        UNCHANGED,
        SKIPPED,
        FAILED
    }

    /** @param update re-translate only changed blocks; @param force translate a German text below the reading-ease gate */
    public record Options(boolean update, boolean force) {}

    /** The outcome and the file it concerns (relative to the site root), with a line for the editor. */
    public record Result(Outcome outcome, String file, String note) {}

    private final Segmenter segmenter = new Segmenter();
    private final SegmentAssembler assembler = new SegmentAssembler();

    public Result translate(
            Path siteRoot,
            SiteConfig config,
            String relative,
            Language target,
            MachineTranslator translator,
            Options options,
            Problems problems) {
        SourcePosition here = SourcePosition.file(relative);
        String suffix = "." + config.defaultLanguage().code() + ".md";
        if (!relative.startsWith(ContentScanner.CONTENT_DIR + "/") || !relative.endsWith(suffix)) {
            problems.error(
                    here,
                    "translate starts from a " + config.defaultLanguage().name()
                            + " file below content/, such as content/kontakt" + suffix);
            return new Result(Outcome.FAILED, relative, "");
        }
        String key = relative.substring(ContentScanner.CONTENT_DIR.length() + 1, relative.length() - suffix.length());
        String targetRelative = ContentScanner.CONTENT_DIR + "/" + key + "." + target.code() + ".md";
        if (target.htmlLang().equals(config.defaultLanguage().htmlLang())) {
            problems.error(
                    here,
                    target.name() + " is written by people, not by a machine: translate --machine does not write "
                            + targetRelative);
            return new Result(Outcome.FAILED, targetRelative, "");
        }
        Optional<String> text = SourceText.read(siteRoot.resolve(relative), relative, "page", problems);
        SourceFile file =
                new SourceFile(siteRoot.resolve(relative), relative, new TranslationKey(key), config.defaultLanguage());
        Optional<SourceDocument> document = text.flatMap(t -> new ContentReader().read(file, problems));
        if (document.isEmpty()) {
            return new Result(Outcome.FAILED, relative, "");
        }
        if (!text.get().startsWith("---\n")) {
            problems.error(
                    here.atLine(1), "translate --machine needs a file with YAML front matter between '---' lines");
            return new Result(Outcome.FAILED, relative, "");
        }
        Path targetFile = siteRoot.resolve(targetRelative);
        Optional<SegmentedPage> existing = Optional.empty();
        if (Files.exists(targetFile)) {
            Problems local = new Problems();
            SourceFile translationFile = new SourceFile(targetFile, targetRelative, new TranslationKey(key), target);
            Optional<String> current = SourceText.read(targetFile, targetRelative, "page", local);
            Optional<SourceDocument> translation =
                    current.flatMap(t -> new ContentReader().read(translationFile, local));
            if (translation.isEmpty()
                    || translation
                            .get()
                            .frontMatter()
                            .translation()
                            .filter(t -> t.isMachine())
                            .isEmpty()) {
                return new Result(
                        Outcome.SKIPPED,
                        targetRelative,
                        "skipped: it is not 'translation: machine' (a person wrote or checked it; "
                                + "translate --machine never overwrites that)");
            }
            existing = Optional.of(segmenter.segment(targetRelative, current.get()));
        }
        SegmentedPage page = segmenter.segment(relative, text.get());
        if (!options.force() && !readable(page, config.translation().minReadingEase(), problems)) {
            return new Result(Outcome.FAILED, relative, "");
        }
        Path memoryFile = siteRoot.resolve(".mosaik/tm/" + key + "." + target.code() + ".json");
        Optional<TranslationMemory> memory = options.update() && Files.exists(memoryFile)
                ? read(memoryFile).flatMap(TranslationMemory::parse)
                : Optional.empty();
        Map<String, String> current = new LinkedHashMap<>();
        existing.ifPresent(e -> e.segments().forEach(s -> current.put(s.id(), s.text())));
        Map<String, String> translations = new LinkedHashMap<>();
        Map<String, TranslationMemory.Entry> remembered = new LinkedHashMap<>();
        List<Segment> toTranslate = new ArrayList<>();
        for (Segment segment : page.segments()) {
            String fingerprint = TranslationMemory.fingerprint(segment.text());
            Optional<TranslationMemory.Entry> before =
                    memory.map(m -> m.segments().get(segment.id()));
            if (before.isPresent() && before.get().source().equals(fingerprint) && current.containsKey(segment.id())) {
                // German unchanged: keep what the page says now, whether the machine wrote it or a person edited it.
                translations.put(segment.id(), current.get(segment.id()));
                remembered.put(segment.id(), before.get());
            } else {
                toTranslate.add(segment);
            }
        }
        if (toTranslate.isEmpty() && existing.isPresent()) {
            return new Result(Outcome.UNCHANGED, targetRelative, "unchanged: no block of the original changed");
        }
        List<String> machine;
        try {
            machine = translator.translate(
                    toTranslate.stream().map(Segment::text).toList(),
                    config.defaultLanguage().code(),
                    target.code());
        } catch (TranslationFailure e) {
            problems.error(here, "not translated into " + target.name() + ": " + e.getMessage());
            return new Result(Outcome.FAILED, targetRelative, "");
        }
        for (int i = 0; i < toTranslate.size(); i++) {
            Segment segment = toTranslate.get(i);
            translations.put(segment.id(), machine.get(i));
            remembered.put(
                    segment.id(),
                    new TranslationMemory.Entry(TranslationMemory.fingerprint(segment.text()), machine.get(i)));
        }
        Optional<String> translated = assembler.reassemble(page, translations, problems);
        if (translated.isEmpty()) {
            return new Result(Outcome.FAILED, targetRelative, "");
        }
        String result = Scaffolder.machineTranslation(
                translated.get(), document.get().frontMatter().type(), SourceFingerprint.of(document.get(), segmenter));
        String memoryJson = new TranslationMemory(remembered)
                .json(page.segments().stream().map(Segment::id).toList());
        try {
            write(targetFile, result);
            write(memoryFile, memoryJson);
        } catch (IOException e) {
            problems.error(SourcePosition.file(targetRelative), "cannot write the file: " + e.getMessage());
            return new Result(Outcome.FAILED, targetRelative, "");
        }
        return new Result(
                Outcome.WRITTEN,
                targetRelative,
                "machine-translated: " + toTranslate.size() + " of "
                        + page.segments().size() + " blocks sent to the service");
    }

    /**
     * Amstad's reading ease of the page's prose against the gate; a page below it is reported with its score and
     * its three hardest sentences, each at its line: rewriting those helps every reader, and the machine too.
     */
    private static boolean readable(SegmentedPage page, int minimum, Problems problems) {
        record Sentence(String text, int line, double ease) {}
        StringBuilder prose = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        for (Segment segment : page.segments()) {
            if (segment.yaml()
                    || segment.kind().equals("heading")
                    || segment.kind().equals("table cell")) {
                continue;
            }
            prose.append(segment.plainText()).append('\n');
            for (String sentence : Readability.sentences(segment.plainText())) {
                if (Readability.words(sentence).size() >= 3) {
                    sentences.add(new Sentence(
                            sentence,
                            segment.line(),
                            Readability.score(sentence).flesch()));
                }
            }
        }
        Readability.Score score = Readability.score(prose.toString());
        if (score.words() == 0 || score.flesch() >= minimum) {
            return true;
        }
        problems.error(
                SourcePosition.file(page.path()).atLine(1),
                String.format(
                        java.util.Locale.ROOT,
                        "the German text is hard to read (reading ease %.0f, below translation.minReadingEase %d); a machine translates hard text badly",
                        score.flesch(),
                        minimum),
                Optional.of("simplify the hardest sentences below, or translate anyway with --force"));
        sentences.stream()
                .sorted(Comparator.comparingDouble(Sentence::ease))
                .limit(3)
                .forEach(s -> problems.warning(
                        SourcePosition.file(page.path()).atLine(s.line()),
                        String.format(
                                java.util.Locale.ROOT,
                                "hard sentence (reading ease %.0f): %s",
                                s.ease(),
                                s.text().length() > 160 ? s.text().substring(0, 160) + "…" : s.text())));
        return false;
    }

    private static Optional<String> read(Path file) {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Writes to a temporary file beside the target and moves it into place: a reader never sees half a file. */
    private static void write(Path target, String text) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path temporary = Files.createTempFile(target.toAbsolutePath().getParent(), ".mosaik-", ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
