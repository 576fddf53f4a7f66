package dev.mosaik.output.offline;

import dev.mosaik.config.Language;
import dev.mosaik.config.SiteConfig;
import dev.mosaik.output.OutputTarget;
import dev.mosaik.output.cache.CacheFolder;
import dev.mosaik.render.SiteRenderer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Predicate;

/**
 * Each language's offline pack: taken from the published folder where nothing it is made of changed (a warm build,
 * or one that changed only other languages), else put together from its entries and written.
 */
final class LanguagePacks {

    /** Where the packs come from and go: the output as written so far, read once ({@link ReadBack}). */
    record Output(Path folder, List<String> all, ReadBack read, OutputTarget target, PackSizeGuess guess) {}

    private final SiteConfig config;
    private final Instant stamp;
    private final Optional<CacheFolder> cache;
    private final KeptPacks kept;
    private final ForkJoinPool pool;

    LanguagePacks(SiteConfig config, Instant stamp, Optional<CacheFolder> cache, ForkJoinPool pool) {
        this.config = config;
        this.stamp = stamp;
        this.cache = cache;
        this.kept = new KeptPacks(cache, config.baseUrl(), stamp);
        this.pool = pool;
    }

    /**
     * The files of the language's copy; its pack written where {@code claimed}, with its length put into {@code packs}
     * by the language's folder.
     */
    LanguageFiles pack(Language language, boolean claimed, Output output, Map<String, Long> packs) {
        String prefix = language.urlPrefix();
        String pack = prefix + "/" + SiteRenderer.OFFLINE_PACK;
        Set<String> others = otherPrefixes(language);
        Optional<String> key =
                kept.key(prefix, others, output.all(), output.read().digests());
        Optional<KeptPacks.Kept> hit = claimed ? key.flatMap(kept::find) : Optional.empty();
        Optional<byte[]> published =
                hit.flatMap(k -> KeptPacks.published(k, output.target().published(), pack));
        if (published.isPresent()) {
            output.target().write(pack, published.get());
            packs.put(prefix, (long) published.get().length);
            kept.keep(hit.get());
            return new LanguageFiles(language, prefix, new TreeSet<>(hit.get().files()));
        }
        PackCache entries = new PackCache(cache);
        OfflinePack packer = new OfflinePack(config.baseUrl(), stamp, entries);
        ReadBack.Packed pages = pages(language, others, output, packer);
        LanguageFiles files = LanguageFiles.of(language, output.all(), pages.links(), others);
        if (claimed) {
            Path folder = output.folder();
            // The target opens the file; what passed into it gives the pack's hash and length.
            HashedOutput[] written = new HashedOutput[1];
            output.target().stream(pack, out -> {
                written[0] = new HashedOutput(out);
                packer.zip(
                        files,
                        pages.entries(),
                        file -> output.guess().unfilled(file, OutputFiles.read(folder, file)),
                        output.read().digests(),
                        pool,
                        written[0]);
            });
            packs.put(prefix, written[0].length());
            key.ifPresent(k -> kept.store(k, written[0].digest(), written[0].length(), files, entries));
        }
        return files;
    }

    /** The pages of the language's tree, each read for what it links to and made ready for the pack. */
    private ReadBack.Packed pages(Language language, Set<String> others, Output output, OfflinePack packer) {
        String prefix = language.urlPrefix();
        Set<String> existing = new HashSet<>(output.all());
        // Every target of the language's pages counts as referenced, so this is what its pack holds of them.
        Predicate<String> holds =
                file -> existing.contains(file) && LanguageFiles.belongs(prefix, others, file, f -> true);
        List<String> pages = output.all().stream()
                .filter(file -> file.endsWith(".html") && prefixOf(file).equals(prefix))
                .toList();
        return output.read().packed(output.folder(), pages, ReadBack.HELD, holds, packer, output.guess(), pool);
    }

    private static String prefixOf(String file) {
        int slash = file.indexOf('/');
        return slash < 0 ? "" : file.substring(0, slash);
    }

    private Set<String> otherPrefixes(Language language) {
        Set<String> others = new HashSet<>();
        config.languages().forEach(l -> others.add(l.urlPrefix()));
        others.remove(language.urlPrefix());
        return others;
    }
}
