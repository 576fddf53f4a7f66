package dev.mosaik.cli;

import dev.mosaik.check.TranslationMatrixReport;
import dev.mosaik.pipeline.BuildOptions;
import dev.mosaik.pipeline.BuildResult;
import dev.mosaik.pipeline.SiteBuilder;
import dev.mosaik.site.TranslationMatrix;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code mosaik translations}: pages × languages, what readers of each language get, and coverage for CI. */
@Command(
        name = "translations",
        mixinStandardHelpOptions = true,
        description =
                "Shows every page against every language (original, own, machine, reviewed, outdated, fallback) and the"
                        + " coverage per language. Exit 1 when a language covers less than --fail-under percent of its pages.")
final class TranslationsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SiteOptions site;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json or html")
    String format = "text";

    @Option(
            names = "--fail-under",
            paramLabel = "PERCENT",
            description = "Exit 1 if a language has translated less than PERCENT of the pages it sets out to translate"
                    + " (all pages, or its scope in site.yaml's translation section).")
    Integer failUnder;

    @Override
    public Integer call() {
        if (!List.of("text", "json", "html").contains(format)) {
            throw new ParameterException(
                    spec.commandLine(), "--format must be text, json or html, not '" + format + "'");
        }
        if (failUnder != null && (failUnder < 0 || failUnder > 100)) {
            throw new ParameterException(
                    spec.commandLine(), "--fail-under must be a percentage from 0 to 100, not " + failUnder);
        }
        BuildOptions options = site.options(site.source.resolve("public")).withPdf(false);
        BuildResult result = new SiteBuilder().build(options.dryRun(), (file, bytes) -> {});
        if (result.hasErrors() || result.site().isEmpty()) {
            ProblemReport.print(result.problems(), spec, "report.afterTranslations");
            return ExitCodes.CONTENT_ERRORS;
        }
        TranslationMatrixReport report =
                new TranslationMatrixReport(TranslationMatrix.of(result.site().get()));
        PrintWriter out = spec.commandLine().getOut();
        out.print(
                switch (format) {
                    case "json" -> report.json();
                    case "html" -> report.html();
                    default -> report.text();
                });
        out.flush();
        if (failUnder != null) {
            List<TranslationMatrix.Coverage> below = report.below(failUnder);
            below.forEach(c -> spec.commandLine()
                    .getErr()
                    .printf(
                            "%s (%s): %d %% translated (%d of %d pages), below %d %%%n",
                            c.language().name(),
                            c.language().code(),
                            c.percent(),
                            c.translated(),
                            c.total(),
                            failUnder));
            spec.commandLine().getErr().flush();
            return below.isEmpty() ? ExitCodes.OK : ExitCodes.CONTENT_ERRORS;
        }
        return ExitCodes.OK;
    }
}
