package dev.mosaik.output.offline;

import dev.mosaik.config.BaseUrl;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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

    OfflinePack(BaseUrl base, Instant stamp) {
        this.base = base;
        this.links = new PackLinks(base);
        this.stamp = LocalDateTime.ofInstant(stamp, ZoneOffset.UTC);
    }

    byte[] zip(LanguageFiles files, Path folder) {
        Map<String, byte[]> entries = new TreeMap<>();
        try {
            for (String file : files.files()) {
                byte[] bytes = Files.readAllBytes(folder.resolve(file));
                if (file.endsWith(".html")) {
                    bytes = page(file, bytes, files);
                } else if (isSearchIndex(files, file)) {
                    entries.put(file + SCRIPT_SUFFIX, script(file.substring(file.lastIndexOf('/') + 1), bytes));
                }
                entries.put(file, bytes);
            }
            entries.putIfAbsent("index.html", entryPage(files));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                zip.setLevel(Deflater.BEST_COMPRESSION);
                for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                    ZipEntry zipEntry = new ZipEntry(entry.getKey());
                    // Local time without a zone: the same bytes wherever the build runs.
                    zipEntry.setTimeLocal(stamp);
                    zip.putNextEntry(zipEntry);
                    zip.write(entry.getValue());
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the offline pack of " + files.prefix(), e);
        }
    }

    private static boolean isSearchIndex(LanguageFiles files, String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return file.startsWith(files.prefix() + "/") && name.startsWith("search") && name.endsWith(".json");
    }

    /** The page with its links made relative (or absolute, to the website, where they leave the pack). */
    private byte[] page(String file, byte[] bytes, LanguageFiles files) {
        Document page = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "");
        page.outputSettings().prettyPrint(false);
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
            // search.js makes the index's page addresses relative with these.
            search.attr("data-pack-root", PackLinks.relative(file, "index.html").replaceFirst("index\\.html$", ""));
            search.attr("data-pack-base", base.path());
        }
        PackLinks.rewrite(
                page,
                link -> links.target(link)
                        .map(target -> files.holds(target.file())
                                ? PackLinks.relative(file, target.file()) + target.rest()
                                : base.absolute(link))
                        .orElse(link));
        return page.outerHtml().getBytes(StandardCharsets.UTF_8);
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
