package dev.mosaik.output.offline;

import dev.mosaik.config.BaseUrl;
import dev.mosaik.config.Language;
import dev.mosaik.config.SiteConfig;
import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import dev.mosaik.output.OutputTarget;
import dev.mosaik.output.cache.CacheFolder;
import dev.mosaik.render.SiteRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Predicate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The last stage of a published build: reads back the finished pages and writes, per language, the offline pack
 * ({@code offline.zip}, then its size into the footers that offer it) and the service worker's manifest
 * ({@code offline.json}, every file with its size); then the worker ({@code sw.js}), whose cache is named by a
 * hash of everything else, so that a changed site replaces the readers' saved copies.
 */
public final class OfflineSite {

    public static final String PACK = SiteRenderer.OFFLINE_PACK;
    public static final String MANIFEST = SiteRenderer.OFFLINE_MANIFEST;
    public static final String WORKER = SiteRenderer.OFFLINE_WORKER;
    private static final JsonFactory JSON = new JsonFactory();

    /** What one language's offline copy weighs. */
    public record Weight(String language, long manifestBytes, long packBytes) {}

    private final SiteConfig config;
    private final Instant stamp;

    /** @param stamp the build's moment, the date of every entry of the packs */
    public OfflineSite(SiteConfig config, Instant stamp) {
        this.config = config;
        this.stamp = stamp;
    }

    /**
     * @param folder the folder the build has written so far
     * @param output where the offline files go (the same folder)
     * @param guess  how the pages were written: with the size their pack had in the published version, or a marker
     * @param claim  claims an address for these files; false when something else has it (reported by the claims)
     * @param pool   where the pages and files are read, rewritten and deflated
     * @param cache  the build cache, which keeps the packs' entries
     */
    public List<Weight> write(
            Path folder,
            OutputTarget output,
            PackSizeGuess guess,
            Predicate<String> claim,
            ForkJoinPool pool,
            Optional<CacheFolder> cache,
            Problems problems) {
        List<String> all = OutputFiles.list(folder);
        ReadBack read = ReadBack.of(folder, all, guess, pool);
        LanguagePacks packer = new LanguagePacks(config, stamp, cache, pool);
        LanguagePacks.Output written = new LanguagePacks.Output(folder, all, read, output, guess);
        Map<String, Long> packs = new TreeMap<>();
        // In the order of the languages' folders, as the warnings and weights are listed.
        Map<String, LanguageFiles> trees = new TreeMap<>();
        for (Language language : config.languages()) {
            boolean claimed = claim.test(language.urlPrefix() + "/" + PACK);
            trees.put(language.urlPrefix(), packer.pack(language, claimed, written, packs));
        }
        Map<Language, byte[]> texts = sizeTexts(packs);
        Map<String, Long> sizes = read.finished() && guess.rightFor(texts)
                ? read.lengths()
                : FinalPass.fill(
                        folder, all, file -> texts.get(PackSizeText.languageOf(config, file)), guess, output, pool);
        FinalPass last = new FinalPass(FinalPass.version(all, read.digests(), texts), sizes);
        List<Weight> weights = new ArrayList<>();
        for (LanguageFiles files : trees.values()) {
            weights.add(manifest(files, last, packs.getOrDefault(files.prefix(), 0L), output, claim, problems));
        }
        if (claim.test(WORKER)) {
            output.write(WORKER, worker(last.version()));
        }
        return weights;
    }

    private Weight manifest(
            LanguageFiles files,
            FinalPass last,
            long packBytes,
            OutputTarget output,
            Predicate<String> claim,
            Problems problems) {
        String manifest = files.prefix() + "/" + MANIFEST;
        long bytes = manifestBytes(files, last.sizes());
        if (claim.test(manifest)) {
            output.write(manifest, manifest(files, last, config.baseUrl()));
        }
        if (bytes > config.editions().offlineBudget()) {
            problems.warning(
                    SourcePosition.file("site.yaml"),
                    String.format(
                            java.util.Locale.ROOT,
                            "the offline copy of '%s' holds %.1f MB, more than the budget of %.1f MB (publish.offlineBudgetKB)",
                            files.language().code(),
                            bytes / 1e6,
                            config.editions().offlineBudget() / 1e6),
                    Optional.of("make pictures smaller, or raise publish.offlineBudgetKB"));
        }
        return new Weight(files.language().code(), bytes, packBytes);
    }

    /** For each language, the text of its pack's size in the language's words. */
    private Map<Language, byte[]> sizeTexts(Map<String, Long> packs) {
        Map<Language, byte[]> texts = new HashMap<>();
        for (Language language : config.languages()) {
            texts.put(language, PackSizeText.of(packs.getOrDefault(language.urlPrefix(), 0L), language));
        }
        return texts;
    }

    /** See {@link PackSizeText#size}. */
    static String size(long exact, Language language) {
        return PackSizeText.size(exact, language);
    }

    private static long manifestBytes(LanguageFiles files, Map<String, Long> sizes) {
        long sum = 0;
        for (String file : files.files()) {
            sum += sizes.get(file);
        }
        return sum;
    }

    /** {@code {"version": …, "language": …, "bytes": …, "files": [{"url": "/ar/", "size": 12345}, …]}} */
    private static byte[] manifest(LanguageFiles files, FinalPass last, BaseUrl base) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
            json.writeStartObject();
            json.writeStringProperty("version", last.version());
            json.writeStringProperty("language", files.language().htmlLang());
            json.writeNumberProperty("bytes", manifestBytes(files, last.sizes()));
            json.writeName("files");
            json.writeStartArray();
            for (String file : files.files()) {
                json.writeStartObject();
                // A page is asked for by its folder's address, as links name it.
                String address = file.endsWith("/index.html") || file.equals("index.html")
                        ? file.substring(0, file.length() - "index.html".length())
                        : file;
                json.writeStringProperty("url", base.path() + address);
                json.writeNumberProperty("size", last.sizes().get(file));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static byte[] worker(String version) {
        try (InputStream in = OfflineSite.class.getResourceAsStream("sw.js")) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return script.replace("@@VERSION@@", version).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("mosaik's service worker is missing", e);
        }
    }
}
