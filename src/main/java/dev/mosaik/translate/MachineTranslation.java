package dev.mosaik.translate;

import dev.mosaik.config.Language;
import dev.mosaik.config.SiteConfig;
import dev.mosaik.content.ContentReader;
import dev.mosaik.content.ContentScanner;
import dev.mosaik.content.ContentTypes;
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
    private final ContentTypes types;

    /** For mosaik's own content types (a test, or where no type comes from the class path). */
    public MachineTranslation() {
        this(ContentTypes.shipped());
    }

    /** @param types the content types the site's pages may have: mosaik's own and those found on the class path */
    public MachineTranslation(ContentTypes types) {
        this.types = types;
    }

    /** The original being translated and where its translation and translation memory go. */
    private record Job(
            Path siteRoot,
            String relative,
            String key,
            String targetRelative,
            Language source,
            Language target,
            SourceDocument document) {

        SourcePosition here() {
            return SourcePosition.file(relative);
        }

        Path targetFile() {
            return siteRoot.resolve(targetRelative);
        }

        Path memoryFile() {
            return siteRoot.resolve(".mosaik/tm/" + key + "." + target.code() + ".json");
        }
    }

    /**
     * What goes to the service and what stays: blocks whose German text is unchanged since the last run keep the
     * translation the page has now.
     */
    private record Plan(
            Map<String, String> translations,
            Map<String, TranslationMemory.Entry> remembered,
            List<Segment> toTranslate) {}

    public Result translate(
            Path siteRoot,
            SiteConfig config,
            String relative,
            Language target,
            MachineTranslator translator,
            Options options,
            Problems problems) {
        SourcePosition here = SourcePosition.file(relative);
        Language source = config.defaultLanguage();
        String suffix = "." + source.code() + ".md";
        if (!relative.startsWith(ContentScanner.CONTENT_DIR + "/") || !relative.endsWith(suffix)) {
            problems.error(
                    here,
                    "translate starts from a " + source.name() + " file below content/, such as content/kontakt"
                            + suffix);
            return new Result(Outcome.FAILED, relative, "");
        }
        String key = relative.substring(ContentScanner.CONTENT_DIR.length() + 1, relative.length() - suffix.length());
        String targetRelative = ContentScanner.CONTENT_DIR + "/" + key + "." + target.code() + ".md";
        if (target.htmlLang().equals(source.htmlLang())) {
            problems.error(
                    here,
                    target.name() + " is written by people, not by a machine: translate --machine does not write "
                            + targetRelative);
            return new Result(Outcome.FAILED, targetRelative, "");
        }
        Optional<String> text = SourceText.read(siteRoot.resolve(relative), relative, "page", problems);
        SourceFile file = new SourceFile(relative, siteRoot, new TranslationKey(key), source);
        Optional<SourceDocument> document = text.flatMap(t -> new ContentReader(types, false).read(file, problems));
        if (document.isEmpty()) {
            return new Result(Outcome.FAILED, relative, "");
        }
        if (!text.get().startsWith("---\n")) {
            problems.error(
                    here.atLine(1), "translate --machine needs a file with YAML front matter between '---' lines");
            return new Result(Outcome.FAILED, relative, "");
        }
        Job job = new Job(siteRoot, relative, key, targetRelative, source, target, document.get());
        return translate(
                job, text.get(), translator, options, config.translation().minReadingEase(), problems);
    }

    private Result translate(
            Job job,
            String text,
            MachineTranslator translator,
            Options options,
            int minReadingEase,
            Problems problems) {
        Optional<SegmentedPage> existing = Optional.empty();
        if (Files.exists(job.targetFile())) {
            existing = machineWritten(job);
            if (existing.isEmpty()) {
                return new Result(
                        Outcome.SKIPPED,
                        job.targetRelative(),
                        "skipped: it is not 'translation: machine' (a person wrote or checked it; "
                                + "translate --machine never overwrites that)");
            }
        }
        SegmentedPage page = segmenter.segment(job.relative(), text);
        if (!options.force() && !ReadingEaseGate.passes(page, minReadingEase, problems)) {
            return new Result(Outcome.FAILED, job.relative(), "");
        }
        Plan plan = plan(job, page, existing, options);
        if (plan.toTranslate().isEmpty() && existing.isPresent()) {
            return new Result(Outcome.UNCHANGED, job.targetRelative(), "unchanged: no block of the original changed");
        }
        try {
            send(job, plan, translator);
        } catch (TranslationFailure e) {
            problems.error(job.here(), "not translated into " + job.target().name() + ": " + e.getMessage());
            return new Result(Outcome.FAILED, job.targetRelative(), "");
        }
        Optional<String> translated = assembler.reassemble(page, plan.translations(), problems);
        if (translated.isEmpty() || !writeFiles(job, page, plan, translated.get(), problems)) {
            return new Result(Outcome.FAILED, job.targetRelative(), "");
        }
        return new Result(
                Outcome.WRITTEN,
                job.targetRelative(),
                "machine-translated: " + plan.toTranslate().size() + " of "
                        + page.segments().size() + " blocks sent to the service");
    }

    /** The translation there is now, segmented, if a machine wrote it; empty if a person wrote or checked it. */
    private Optional<SegmentedPage> machineWritten(Job job) {
        Problems local = new Problems();
        SourceFile translationFile =
                new SourceFile(job.targetRelative(), job.siteRoot(), new TranslationKey(job.key()), job.target());
        Optional<String> current = SourceText.read(job.targetFile(), job.targetRelative(), "page", local);
        Optional<SourceDocument> translation =
                current.flatMap(t -> new ContentReader(types, false).read(translationFile, local));
        if (translation.isEmpty()
                || translation
                        .get()
                        .frontMatter()
                        .translated()
                        .translation()
                        .filter(t -> t.isMachine())
                        .isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(segmenter.segment(job.targetRelative(), current.get()));
    }

    private static Plan plan(Job job, SegmentedPage page, Optional<SegmentedPage> existing, Options options) {
        Optional<TranslationMemory> memory = options.update() && Files.exists(job.memoryFile())
                ? read(job.memoryFile()).flatMap(TranslationMemory::parse)
                : Optional.empty();
        Map<String, String> current = new LinkedHashMap<>();
        existing.ifPresent(e -> e.segments().forEach(s -> current.put(s.id(), s.text())));
        Plan plan = new Plan(new LinkedHashMap<>(), new LinkedHashMap<>(), new ArrayList<>());
        for (Segment segment : page.segments()) {
            String fingerprint = TranslationMemory.fingerprint(segment.text());
            Optional<TranslationMemory.Entry> before =
                    memory.map(m -> m.segments().get(segment.id()));
            if (before.isPresent() && before.get().source().equals(fingerprint) && current.containsKey(segment.id())) {
                // German unchanged: keep what the page says now, whether the machine wrote it or a person edited it.
                plan.translations().put(segment.id(), current.get(segment.id()));
                plan.remembered().put(segment.id(), before.get());
            } else {
                plan.toTranslate().add(segment);
            }
        }
        return plan;
    }

    /** Sends the changed blocks to the service and adds what comes back to the plan's translations and memory. */
    private static void send(Job job, Plan plan, MachineTranslator translator) throws TranslationFailure {
        List<Segment> toTranslate = plan.toTranslate();
        List<String> machine = translator.translate(
                toTranslate.stream().map(Segment::text).toList(),
                job.source().code(),
                job.target().code());
        for (int i = 0; i < toTranslate.size(); i++) {
            Segment segment = toTranslate.get(i);
            plan.translations().put(segment.id(), machine.get(i));
            plan.remembered()
                    .put(
                            segment.id(),
                            new TranslationMemory.Entry(TranslationMemory.fingerprint(segment.text()), machine.get(i)));
        }
    }

    /** Writes the translation and its memory; false (with a problem) when a file cannot be written. */
    private boolean writeFiles(Job job, SegmentedPage page, Plan plan, String translated, Problems problems) {
        String result = Scaffolder.machineTranslation(
                translated, job.document().frontMatter().type(), SourceFingerprint.of(job.document(), segmenter));
        String memoryJson = new TranslationMemory(plan.remembered())
                .json(page.segments().stream().map(Segment::id).toList());
        try {
            write(job.targetFile(), result);
            write(job.memoryFile(), memoryJson);
            return true;
        } catch (IOException e) {
            problems.error(SourcePosition.file(job.targetRelative()), "cannot write the file: " + e.getMessage());
            return false;
        }
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
