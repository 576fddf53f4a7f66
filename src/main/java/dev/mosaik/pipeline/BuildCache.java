package dev.mosaik.pipeline;

import dev.mosaik.config.SiteConfigReader;
import dev.mosaik.i18n.I18n;
import dev.mosaik.output.cache.CacheFolder;
import dev.mosaik.output.cache.CacheStamp;
import dev.mosaik.render.Templates;
import java.util.List;
import java.util.Optional;

/**
 * Whether a builder keeps results in the site's build cache ({@code .mosaik-cache/}) and takes them from there:
 * {@code mosaik build} does unless told {@code --no-cache}; checks, tests and the preview (which keeps its own
 * results in memory) do not.
 */
public final class BuildCache {

    /** Neither reads nor writes a cache (and creates no folder). */
    public static final BuildCache NONE = new BuildCache(false, Optional.empty(), false);

    /**
     * The cache folder in the site folder; a build whose input and output folder are those of the build before it
     * has nothing to do ({@link UpToDate}).
     */
    public static final BuildCache IN_SITE = new BuildCache(true, Optional.empty(), true);

    /** What every result depends on besides its own input, below the site folder. */
    private static final List<String> SITE_FILES =
            List.of(SiteConfigReader.FILE_NAME, I18n.I18N_DIR, Templates.THEME_DIR);

    private final boolean used;
    private final Optional<String> code;
    private final boolean skipsUnchanged;

    private BuildCache(boolean used, Optional<String> code, boolean skipsUnchanged) {
        this.used = used;
        this.code = code;
        this.skipsUnchanged = skipsUnchanged;
    }

    /** The cache in the site folder as another build of mosaik, whose code has the fingerprint {@code code}. */
    static BuildCache playingCode(String code) {
        return new BuildCache(true, Optional.of(code), true);
    }

    /**
     * This cache, but every build runs all its stages even when nothing changed since the one before
     * ({@code mosaik build --rebuild}); unchanged results still come from the cache.
     */
    public BuildCache rebuilding() {
        return new BuildCache(used, code, false);
    }

    /** Whether a build that finds its input and output as the build before it left them skips its stages. */
    boolean skipsUnchanged() {
        return skipsUnchanged;
    }

    /**
     * The cache in the site folder {@code site} for the PDFs the preview prints when asked; empty when the folder there
     * is not mosaik's. (Each PDF's key holds its whole HTML, so an edit while the preview runs needs no new stamp.)
     */
    public static Optional<CacheFolder> forPreviewPdfs(java.nio.file.Path site) {
        return CacheFolder.open(site, CacheStamp.of(site, SITE_FILES, "preview"));
    }

    /**
     * The cache of a build with {@code options}: only a publishing build, which writes a whole new site, uses one.
     * Asked only once the pipeline has loaded the site without error, so that a place that is no site or an output
     * folder {@link dev.mosaik.output.OutputSafety#refusal refused} gets no cache folder (the one check is the
     * pipeline's).
     */
    Optional<CacheFolder> open(BuildOptions options) {
        if (!used || !options.write() || options.inPlace()) {
            return Optional.empty();
        }
        // The base URL given on the command line changes every link: results for another one are not these.
        String extra = "baseUrl " + options.baseUrl().map(Object::toString).orElse("");
        String stamp = code.map(c -> CacheStamp.of(c, options.source(), SITE_FILES, extra))
                .orElseGet(() -> CacheStamp.of(options.source(), SITE_FILES, extra));
        return CacheFolder.open(options.source(), stamp);
    }
}
