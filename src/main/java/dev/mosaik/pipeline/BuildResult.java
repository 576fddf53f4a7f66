package dev.mosaik.pipeline;

import dev.mosaik.diag.Problem;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a build.
 *
 * @param pages     pages rendered (over all languages)
 * @param published whether the output folder now holds this build
 * @param stages       when each named stage ran, how long it took and how busy it kept the processors, in order
 * @param translations the translation status, when the build got as far as rendering
 * @param site         the assembled site, for checks that look at the whole of it
 * @param changed      the output files this build wrote anew or deleted
 * @param rendered     the output files an in-place build (the preview) rendered again, whether or not their bytes
 *                     changed; the others were unaffected by the edit. Empty for a staged build, which renders all.
 * @param cache        per kind of entry, what the build found in its build cache and what it stored there; empty for a
 *                     build without cache
 */
public record BuildResult(
        List<Problem> problems,
        int pages,
        int languages,
        boolean published,
        Map<String, StageTime> stages,
        java.util.Optional<TranslationReport> translations,
        java.util.Optional<dev.mosaik.site.Site> site,
        List<String> changed,
        List<String> rendered,
        List<dev.mosaik.output.cache.CacheUse> cache) {

    public BuildResult {
        cache = List.copyOf(cache);
        problems = List.copyOf(problems);
        rendered = List.copyOf(rendered);
        stages = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stages));
    }

    /** The outcome of a build that used no build cache (the preview keeps its results in memory). */
    public BuildResult(
            List<Problem> problems,
            int pages,
            int languages,
            boolean published,
            Map<String, StageTime> stages,
            java.util.Optional<TranslationReport> translations,
            java.util.Optional<dev.mosaik.site.Site> site,
            List<String> changed,
            List<String> rendered) {
        this(problems, pages, languages, published, stages, translations, site, changed, rendered, List.of());
    }

    /** A build that stopped before publishing anything. */
    static BuildResult failed(List<Problem> problems, int languages, Map<String, StageTime> stages) {
        return new BuildResult(
                problems,
                0,
                languages,
                false,
                stages,
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                List.of(),
                List.of(),
                List.of());
    }

    /**
     * Whether the build found its output folder up to date and wrote nothing: the only published build that
     * assembled no site (it took an earlier build's record instead, see {@code BuildRun.unchanged}).
     */
    public boolean upToDate() {
        return published && site.isEmpty();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public Duration elapsed() {
        return stages.values().stream().map(StageTime::wall).reduce(Duration.ZERO, Duration::plus);
    }
}
