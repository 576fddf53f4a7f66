package dev.mosaik.pipeline;

import dev.mosaik.content.SourceFile;
import dev.mosaik.content.SourceFormat;
import dev.mosaik.content.StaticFile;
import dev.mosaik.output.cache.BuildRecord;
import dev.mosaik.output.cache.CacheFolder;
import dev.mosaik.output.cache.CacheKey;
import dev.mosaik.output.cache.OutputManifest;
import dev.mosaik.pipeline.Stages.Loaded;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;

/**
 * Whether a publishing build has anything to do: a build whose input is, byte for byte, that of an earlier build
 * (the same sources, assets, configuration, theme, UI strings and mosaik; the same options and build date) and whose
 * output folder still holds exactly what that build wrote, would write the same bytes again. It reports the earlier
 * build's problems instead and leaves the folder as it is, as {@code make} or Gradle skip a task that is up to date.
 *
 * <p>The record of a build is kept in the build cache under the address of its input ({@link BuildRecord}); every
 * build that publishes stores its own, and pruning drops the older ones.
 *
 * @param key the address of the build's input
 */
record UpToDate(CacheFolder cache, String key) {

    /**
     * The input of a build with {@code options} of the site {@code loaded}: empty when it cannot be known, so that
     * the build runs — sources mosaik reads with a converter outside its own code (AsciiDoc), whose version the
     * cache's stamp does not cover, or a source that cannot be read now.
     */
    static Optional<UpToDate> of(CacheFolder cache, BuildOptions options, Loaded loaded, ForkJoinPool pool) {
        List<SourceFile> sources = loaded.scan().sources();
        if (sources.stream().anyMatch(s -> s.format() == SourceFormat.ASCIIDOC)) {
            return Optional.empty();
        }
        ZoneId zone = loaded.config().timeZone();
        // The cache's stamp holds mosaik's code, site.yaml, i18n/, the theme and the base URL given; the rest is here.
        CacheKey key = cache.key(BuildRecord.KIND)
                .add(options.output().toAbsolutePath().normalize().toString())
                .add(options.drafts() ? "drafts" : "no drafts")
                .add(options.pdf() ? "pdf" : "no pdf")
                .add(options.day().today(zone).toString())
                .add(options.day().stamp(zone).toString())
                .add(Runtime.version().toString());
        try {
            List<byte[]> hashes = pool.submit(() -> hashes(sources, loaded)).join();
            hashes.forEach(key::add);
        } catch (UncheckedIOException e) {
            return Optional.empty();
        }
        return Optional.of(new UpToDate(cache, key.hex()));
    }

    /** Each source's, static file's and asset's name and bytes hashed, in the scan's order: read in parallel. */
    private static List<byte[]> hashes(List<SourceFile> sources, Loaded loaded) {
        List<Named> files = new java.util.ArrayList<>();
        sources.forEach(s -> files.add(new Named("source " + s.relative(), s.path())));
        for (StaticFile file : loaded.scan().staticFiles()) {
            files.add(new Named("static " + file.sitePath(), file.path()));
        }
        for (StaticFile file : loaded.scan().assets()) {
            files.add(new Named("asset " + file.sitePath(), file.path()));
        }
        return files.parallelStream().map(Named::hash).toList();
    }

    private record Named(String name, Path path) {
        byte[] hash() {
            try {
                return CacheKey.of(name).add(Files.readAllBytes(path)).digest();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The earlier build's record, when the output folder still holds what that build wrote; empty when this build
     * has work to do.
     */
    Optional<BuildRecord> earlier(Path output) {
        return BuildRecord.read(cache, key).filter(r -> r.output().matches(output));
    }

    /** Keeps this input's record, which {@link #keep} writes after pruning, from being pruned as unused. */
    void spare() {
        cache.keep(BuildRecord.KIND, key);
    }

    /** Keeps the record of a build that just published {@code pages} into {@code output}, with its problems. */
    void keep(int pages, int languages, List<dev.mosaik.diag.Problem> problems, Path output) {
        OutputManifest.of(output)
                .ifPresent(manifest -> new BuildRecord(pages, languages, problems, manifest).write(cache, key));
    }
}
