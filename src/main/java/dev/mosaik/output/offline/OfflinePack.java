package dev.mosaik.output.offline;

import dev.mosaik.config.BaseUrl;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * A language's offline pack ({@code /<lang>/offline.zip}): its files with every page's links made relative
 * ({@code ../kontakt/index.html}), so that the unzipped folder works opened from disk; links out of the
 * language (other languages, the language chooser, the sheets' PDFs) lead to the website, and each page says
 * so where the footer offers the pack online. From {@code file://} a page may not fetch() the search index, so
 * each of its JSON files comes a second time as a script that hands it to search.js.
 * Deterministic: entries in name order, all dated with the build's stamp.
 */
final class OfflinePack {

    /** The script form of a search index file: {@code search.json} → {@code search.json.js}. */
    static final String SCRIPT_SUFFIX = ".js";

    private static final JsonFactory JSON = new JsonFactory();

    private final BaseUrl base;
    private final PackLinks links;
    private final LocalDateTime stamp;

    private final PackCache cache;

    /** Whether the pages' entries are kept in the build cache, where {@link #zip} can read them again. */
    boolean stores() {
        return cache.stores();
    }

    OfflinePack(BaseUrl base, Instant stamp, PackCache cache) {
        this.base = base;
        this.links = new PackLinks(base);
        this.stamp = LocalDateTime.ofInstant(stamp, ZoneOffset.UTC);
        this.cache = cache;
    }

    /**
     * The pack of {@code files}, its entries made on all cores.
     *
     * @param made    pages already made for this pack (by {@link #page}) and held in memory, by path; the others'
     *                entries are taken from the build cache or made again
     * @param read    a file of the site as it was rendered
     * @param digests every file's {@link PackCache#digest} as it was rendered, by path
     */
    void zip(
            LanguageFiles files,
            Map<String, PackEntry> made,
            Function<String, byte[]> read,
            Map<String, byte[]> digests,
            ForkJoinPool pool,
            OutputStream out)
            throws IOException {
        List<Named> named = pool.submit(() -> files.files().parallelStream()
                        .flatMap(file -> entries(file, files, made, read, digests).stream())
                        .toList())
                .join();
        SortedMap<String, PackEntry> entries = new TreeMap<>();
        // A file of the site wins over an entry made up for the pack (a search file's script, the entry page).
        named.stream().filter(n -> !n.real()).forEach(n -> entries.put(n.name(), n.entry()));
        named.stream().filter(Named::real).forEach(n -> entries.put(n.name(), n.entry()));
        entries.putIfAbsent("index.html", cache.file(entryPage(files)));
        PackZip.write(entries, stamp, out);
    }

    /** An entry of a pack by name; {@code real} when it is a file of the site. */
    private record Named(String name, PackEntry entry, boolean real) {}

    private List<Named> entries(
            String file,
            LanguageFiles files,
            Map<String, PackEntry> made,
            Function<String, byte[]> read,
            Map<String, byte[]> digests) {
        PackEntry page = made.get(file);
        if (page != null) {
            return List.of(new Named(file, page, true));
        }
        if (file.endsWith(".html")) {
            return List.of(new Named(
                    file,
                    page(file, () -> read.apply(file), digests.get(file), files::holds)
                            .entry(),
                    true));
        }
        byte[] bytes = read.apply(file);
        Named real = new Named(file, cache.file(bytes), true);
        if (isSearchIndex(files, file)) {
            String name = file.substring(file.lastIndexOf('/') + 1);
            return List.of(new Named(file + SCRIPT_SUFFIX, cache.file(script(name, bytes)), false), real);
        }
        return List.of(real);
    }

    private static boolean isSearchIndex(LanguageFiles files, String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return file.startsWith(files.prefix() + "/") && name.startsWith("search") && name.endsWith(".json");
    }

    /**
     * A page read once: the files it links to, and its entry with its links made relative (or absolute, to the
     * website, where they leave the pack) — from the build cache where it holds the page for such a pack.
     *
     * @param digest the {@link PackCache#digest} of {@code bytes}
     * @param holds  whether the pack holds a file the page links to
     */
    PackedPage page(String file, Supplier<byte[]> bytes, byte[] digest, Predicate<String> holds) {
        return cache.page(
                file,
                base,
                digest,
                holds,
                () -> made(file, new String(bytes.get(), StandardCharsets.UTF_8), holds, true));
    }

    /**
     * A page made ready for its pack: in one pass over its text ({@link PackPageText}) where {@code fast} and that
     * reads it, else through jsoup's tree.
     */
    PackedPage made(String file, String html, Predicate<String> holds, boolean fast) {
        Map<String, Boolean> answers = new HashMap<>();
        Predicate<String> asked = target -> answers.computeIfAbsent(target, holds::test);
        Optional<PackPageText.Result> text = fast ? PackPageText.rewrite(html, edits(file, asked)) : Optional.empty();
        if (text.isPresent()) {
            List<String> targets = new ArrayList<>(new LinkedHashSet<>(text.get().targets().stream()
                    .flatMap(link -> links.target(link).map(PackLinks.Target::file).stream())
                    .toList()));
            return new PackedPage(
                    targets, answers, PackEntry.of(text.get().html().getBytes(StandardCharsets.UTF_8)));
        }
        Document page = Jsoup.parse(html, "");
        page.outputSettings().prettyPrint(false);
        List<String> targets = new ArrayList<>(new LinkedHashSet<>(links.files(page)));
        byte[] rewritten = rewrite(file, page, asked).getBytes(StandardCharsets.UTF_8);
        return new PackedPage(targets, answers, PackEntry.of(rewritten));
    }

    /** What {@link PackPageText} changes in {@code file}: what {@link #rewrite} changes. */
    private PackEdits edits(String file, Predicate<String> holds) {
        return new PackEdits() {
            @Override
            public String change(String link) {
                return changed(file, link, holds);
            }

            @Override
            public String packRoot() {
                return packRootOf(file);
            }

            @Override
            public String packBase() {
                return base.path();
            }

            @Override
            public String website() {
                return base.toString();
            }
        };
    }

    /** A link of {@code file} as its pack holds it: relative where the pack holds its target, else to the website. */
    private String changed(String file, String link, Predicate<String> holds) {
        return links.target(link)
                .map(target -> holds.test(target.file())
                        ? PackLinks.relative(file, target.file()) + target.rest()
                        : base.absolute(link))
                .orElse(link);
    }

    /** search.js makes the index's page addresses relative with this. */
    private static String packRootOf(String file) {
        return PackLinks.relative(file, "index.html").replaceFirst("index\\.html$", "");
    }

    private String rewrite(String file, Document page, Predicate<String> holds) {
        Element offline = page.selectFirst("div.offline");
        if (offline != null) {
            Element canonical = page.selectFirst("link[rel=canonical]");
            String online = canonical != null ? canonical.attr("href") : base.toString();
            Element note = new Element("p").addClass("offline-pack-note").text(offline.attr("data-pack-note") + " ");
            note.appendElement("a").attr("href", online).text(online);
            offline.replaceWith(note);
        }
        Element search = page.selectFirst("form.search-form");
        if (search != null) {
            search.attr("data-pack-root", packRootOf(file));
            search.attr("data-pack-base", base.path());
        }
        PackLinks.rewrite(page, link -> changed(file, link, holds));
        return page.outerHtml();
    }

    /** {@code mosaikSearchFile("search.json", {…});} — what search.js reads from disk, where it may not fetch(). */
    private static byte[] script(String name, byte[] json) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length + 64);
        try (JsonGenerator string = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
            out.writeBytes("mosaikSearchFile(".getBytes(StandardCharsets.UTF_8));
            string.writeString(name);
        }
        out.writeBytes(", ".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(json);
        out.writeBytes(");\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** The pack's first page, at its top: leads to the language's home page. */
    private static byte[] entryPage(LanguageFiles files) {
        String home = PackLinks.relative("index.html", files.prefix() + "/index.html");
        Document page = Document.createShell("");
        page.outputSettings().prettyPrint(false);
        Element html = page.selectFirst("html");
        html.attr("lang", files.language().htmlLang())
                .attr("dir", files.language().direction().attribute());
        page.head().appendElement("meta").attr("charset", "utf-8");
        page.head().appendElement("meta").attr("http-equiv", "refresh").attr("content", "0; url=" + home);
        page.head().appendElement("title").text(files.language().title());
        page.body()
                .appendElement("p")
                .appendElement("a")
                .attr("href", home)
                .text(files.language().title());
        return ("<!DOCTYPE html>\n" + page.outerHtml()).getBytes(StandardCharsets.UTF_8);
    }
}
