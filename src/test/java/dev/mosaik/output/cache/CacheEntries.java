package dev.mosaik.output.cache;

import dev.mosaik.content.RenderedMarkdown;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** Reads and alters the entries of a site's build cache, so that tests can tell a cached result from a fresh one. */
public final class CacheEntries {

    private CacheEntries() {}

    /** The entry files of {@code kind} ({@code bodies}, {@code pages}, {@code terms}, {@code pdf}, {@code offline-pages}, {@code offline-files}) in the cache of {@code site}. */
    public static List<Path> of(Path site, String kind) {
        Path folder = site.resolve(CacheFolder.NAME).resolve(kind);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".entry")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rewrites every stored body's HTML with {@code html}, as a valid entry: a build that uses one shows it. */
    public static void rewriteBodies(Path site, UnaryOperator<String> html) {
        for (Path file : of(site, CachedBodies.KIND)) {
            try {
                BodyEntry entry = BodyEntry.decode(
                        CacheFolder.unframe(Files.readAllBytes(file)).orElseThrow());
                BodyEntry changed = new BodyEntry(
                        entry.questions(),
                        new RenderedMarkdown(
                                html.apply(entry.body().html()), entry.body().laterLinks()),
                        entry.warnings());
                Files.write(file, CacheFolder.frame(changed.encode().orElseThrow()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Rewrites every stored page with {@code html}, as a valid entry: a build that takes a page from the cache shows
     * the change, one that renders it anew does not.
     */
    public static void rewritePages(Path site, UnaryOperator<String> html) {
        for (Path file : of(site, CachedPages.KIND)) {
            try {
                dev.mosaik.render.StoredPages.Page page = CachedPages.decode(
                                CacheFolder.unframe(Files.readAllBytes(file)).orElseThrow())
                        .orElseThrow()
                        .page();
                byte[] changed = html.apply(new String(page.html(), StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8);
                Files.write(
                        file,
                        CacheFolder.frame(CachedPages.encode(new CachedPages.Entry(
                                new dev.mosaik.render.StoredPages.Page(changed, page.messageKeys()),
                                CacheKey.hash(changed)))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Rewrites the payload of every entry of {@code kind} with {@code payload}, as a valid entry. */
    public static void rewrite(Path site, String kind, UnaryOperator<byte[]> payload) {
        for (Path file : of(site, kind)) {
            rewrite(file, payload);
        }
    }

    /** Rewrites the payload of the entry {@code file} with {@code payload}, as a valid entry. */
    public static void rewrite(Path file, UnaryOperator<byte[]> payload) {
        try {
            byte[] stored = CacheFolder.unframe(Files.readAllBytes(file)).orElseThrow();
            Files.write(file, CacheFolder.frame(payload.apply(stored)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Damages every entry of the cache: some cut short, some with a byte changed, some emptied. */
    public static int damageAll(Path site) {
        int damaged = 0;
        for (String kind : List.of(
                CachedBodies.KIND,
                CachedPages.KIND,
                "terms",
                "pdf",
                "offline-pages",
                "offline-files",
                "search-index",
                "search-file")) {
            for (Path file : of(site, kind)) {
                try {
                    byte[] bytes = Files.readAllBytes(file);
                    switch (damaged++ % 3) {
                        case 0 -> Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
                        case 1 -> {
                            bytes[bytes.length / 2] ^= 0x20;
                            Files.write(file, bytes);
                        }
                        default -> Files.write(file, new byte[0]);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return damaged;
    }
}
