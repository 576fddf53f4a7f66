package dev.mosaik.build;

import dev.mosaik.diag.Problem;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a build.
 *
 * @param pages     pages rendered (over all languages)
 * @param published whether the output folder now holds this build
 * @param stages       how long each named stage took, in order
 * @param translations the translation status, when the build got as far as rendering
 * @param site         the assembled site, for checks that look at the whole of it
 * @param changed      the output files this build wrote anew or deleted
 */
public record BuildResult(List<Problem> problems, int pages, int languages, boolean published, Map<String, Duration> stages,
        java.util.Optional<TranslationReport> translations, java.util.Optional<dev.mosaik.site.Site> site, List<String> changed) {

    public BuildResult {
        problems = List.copyOf(problems);
        stages = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stages));
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public Duration elapsed() {
        return stages.values().stream().reduce(Duration.ZERO, Duration::plus);
    }
}
