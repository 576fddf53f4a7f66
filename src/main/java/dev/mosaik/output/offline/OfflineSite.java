package dev.mosaik.output.offline;

import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.Precision;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import dev.mosaik.config.BaseUrl;
import dev.mosaik.config.Language;
import dev.mosaik.config.SiteConfig;
import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import dev.mosaik.render.PageSink;
import dev.mosaik.render.SiteRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
    private static final byte[] MARKER = SiteRenderer.OFFLINE_SIZE_MARKER.getBytes(StandardCharsets.UTF_8);
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
     * @param sink   where the offline files go (the same folder)
     * @param claim  claims an address for these files; false when something else has it (reported by the claims)
     */
    public List<Weight> write(Path folder, PageSink sink, Predicate<String> claim, Problems problems) {
        try {
            List<String> all = files(folder);
            Set<String> prefixes = new HashSet<>(
                    config.languages().stream().map(Language::urlPrefix).toList());
            BaseUrl base = config.baseUrl();
            OfflinePack packer = new OfflinePack(base, stamp);
            Map<String, LanguageFiles> trees = new TreeMap<>();
            Map<String, Long> packs = new TreeMap<>();
            for (Language language : config.languages()) {
                Set<String> others = new HashSet<>(prefixes);
                others.remove(language.urlPrefix());
                LanguageFiles files = LanguageFiles.of(language, all, referenced(folder, all, language, base), others);
                trees.put(language.urlPrefix(), files);
                String pack = language.urlPrefix() + "/" + PACK;
                if (claim.test(pack)) {
                    byte[] zip = packer.zip(files, folder);
                    sink.write(pack, zip);
                    packs.put(language.urlPrefix(), (long) zip.length);
                }
            }
            fillInSizes(folder, all, sink, packs);
            String version = version(folder, all);
            List<Weight> weights = new ArrayList<>();
            for (LanguageFiles files : trees.values()) {
                String manifest = files.prefix() + "/" + MANIFEST;
                long bytes = manifestBytes(folder, files);
                if (claim.test(manifest)) {
                    sink.write(manifest, manifest(folder, files, version, base));
                }
                weights.add(new Weight(files.language().code(), bytes, packs.getOrDefault(files.prefix(), 0L)));
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
            }
            if (claim.test(WORKER)) {
                sink.write(WORKER, worker(version));
            }
            return weights;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back the output for the offline copies", e);
        }
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    /** The site's files that the language's pages link to or load. */
    private static Set<String> referenced(Path folder, List<String> all, Language language, BaseUrl base)
            throws IOException {
        PackLinks links = new PackLinks(base);
        Set<String> files = new HashSet<>();
        for (String file : all) {
            if (file.startsWith(language.urlPrefix() + "/") && file.endsWith(".html")) {
                Document page = Jsoup.parse(Files.readString(folder.resolve(file)), "");
                files.addAll(links.files(page));
            }
        }
        return files;
    }

    /** Puts each pack's size, in the language's words, where the pages of its language offer it. */
    private void fillInSizes(Path folder, List<String> all, PageSink sink, Map<String, Long> packs) throws IOException {
        for (String file : all) {
            if (!file.endsWith(".html")) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(folder.resolve(file));
            if (indexOf(bytes, MARKER, 0) < 0) {
                continue;
            }
            Language language = languageOf(file);
            String size = size(packs.getOrDefault(language.urlPrefix(), 0L), language);
            // Isolated, so that a size with Latin letters ("624 kB") keeps its place in a right-to-left sentence.
            String html = new String(bytes, StandardCharsets.UTF_8)
                    .replace(
                            SiteRenderer.OFFLINE_SIZE_MARKER,
                            "<bdi>" + org.jsoup.nodes.Entities.escape(size) + "</bdi>");
            // The file may be a hard link to the published version's: a new file, never a write through the link.
            Files.delete(folder.resolve(file));
            sink.write(file, html.getBytes(StandardCharsets.UTF_8));
        }
    }

    private Language languageOf(String file) {
        int slash = file.indexOf('/');
        String first = slash < 0 ? "" : file.substring(0, slash);
        return config.languages().stream()
                .filter(l -> l.urlPrefix().equals(first))
                .findFirst()
                .orElse(config.defaultLanguage());
    }

    /**
     * "1,5 MB", "١٫٥ م.ب", "900 kB": in the language's digits and words, rounded up to the next 100 kB (the next
     * 0.5 MB from 1 MB on). Every page of a language shows it, so an exact figure would change every page at each
     * edit, and a deployment (rsync, a CDN) would send the whole language again for one changed paragraph.
     */
    static String size(long exact, Language language) {
        ULocale locale = ULocale.forLanguageTag(language.locale());
        long step = exact >= 1_000_000 ? 500_000 : 100_000;
        long bytes = Math.max(step, (exact + step - 1) / step * step);
        boolean mega = bytes >= 1_000_000;
        return NumberFormatter.withLocale(locale)
                .unit(mega ? MeasureUnit.MEGABYTE : MeasureUnit.KILOBYTE)
                .precision(mega ? Precision.maxFraction(1) : Precision.integer())
                .format(mega ? bytes / 1e6 : Math.max(1, Math.round(bytes / 1e3)))
                .toString();
    }

    private static long manifestBytes(Path folder, LanguageFiles files) throws IOException {
        long sum = 0;
        for (String file : files.files()) {
            sum += Files.size(folder.resolve(file));
        }
        return sum;
    }

    /** {@code {"version": …, "language": …, "bytes": …, "files": [{"url": "/ar/", "size": 12345}, …]}} */
    private static byte[] manifest(Path folder, LanguageFiles files, String version, BaseUrl base) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
            json.writeStartObject();
            json.writeStringProperty("version", version);
            json.writeStringProperty("language", files.language().htmlLang());
            json.writeNumberProperty("bytes", manifestBytes(folder, files));
            json.writeName("files");
            json.writeStartArray();
            for (String file : files.files()) {
                json.writeStartObject();
                // A page is asked for by its folder's address, as links name it.
                String address = file.endsWith("/index.html") || file.equals("index.html")
                        ? file.substring(0, file.length() - "index.html".length())
                        : file;
                json.writeStringProperty("url", base.path() + address);
                json.writeNumberProperty("size", Files.size(folder.resolve(file)));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
        return out.toByteArray();
    }

    /** A hash over every file's path and bytes (the offline files but the packs excluded, which repeat the pages). */
    private static String version(Path folder, List<String> all) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String file : all) {
                digest.update(file.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(folder.resolve(file)));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(Arrays.copyOf(digest.digest(), 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static byte[] worker(String version) throws IOException {
        try (InputStream in = OfflineSite.class.getResourceAsStream("sw.js")) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return script.replace("@@VERSION@@", version).getBytes(StandardCharsets.UTF_8);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
