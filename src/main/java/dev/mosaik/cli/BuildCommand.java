package dev.mosaik.cli;

import dev.mosaik.config.BaseUrl;
import dev.mosaik.pipeline.BuildCache;
import dev.mosaik.pipeline.BuildOptions;
import dev.mosaik.pipeline.BuildResult;
import dev.mosaik.pipeline.SiteBuilder;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code mosaik build}: writes the site to the output folder, or reports why not. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Builds the site into the output folder.")
final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SiteOptions site;

    @Option(
            names = "--output",
            paramLabel = "DIR",
            description = "Where to write the site. Default: public/ in the site folder.")
    Path output;

    @Option(
            names = "--base-url",
            paramLabel = "URL",
            description = "Overrides baseUrl from site.yaml, e.g. for a staging server.")
    String baseUrl;

    @Option(
            names = "--no-pdf",
            description = "Skip printing the course sheets to PDF (the HTML sheets are still written).")
    boolean noPdf;

    @Option(
            names = "--no-cache",
            description = "Neither read nor fill the build cache (.mosaik-cache/ in the site folder): everything is"
                    + " computed anew, and no cache folder is created.")
    boolean noCache;

    @Option(
            names = "--rebuild",
            description = "Run every stage even when nothing changed since the last build (which otherwise leaves the"
                    + " output folder as it is); unchanged pages still come from the build cache.")
    boolean rebuild;

    @Option(
            names = "--timings",
            description =
                    "Print when each stage of the build ran, how long it took and how many processor cores it kept busy.")
    boolean timings;

    @Override
    public Integer call() {
        BuildOptions options = site.options(output != null ? output : site.source.resolve("public"))
                .withPdf(!noPdf);
        if (baseUrl != null) {
            options = options.withBaseUrl(BaseUrl.parse(baseUrl)
                    .orElseThrow(() -> new ParameterException(
                            spec.commandLine(), "--base-url must be an absolute http(s) URL, not '" + baseUrl + "'")));
        }
        BuildCache cache = noCache ? BuildCache.NONE : rebuild ? BuildCache.IN_SITE.rebuilding() : BuildCache.IN_SITE;
        BuildResult result = new SiteBuilder(cache).build(options);
        ProblemReport.print(result.problems(), spec);
        if (!result.published()) {
            return ExitCodes.CONTENT_ERRORS;
        }
        spec.commandLine()
                .getOut()
                .println(EditorLanguage.messages(spec)
                        .format(
                                result.upToDate() ? "cli.upToDate" : "cli.built",
                                result.pages(),
                                result.languages(),
                                result.elapsed().toMillis(),
                                options.output().toAbsolutePath().normalize().toString()));
        if (timings) {
            StageTimeline.lines(
                            result.stages(), Runtime.getRuntime().availableProcessors(), EditorLanguage.messages(spec))
                    .forEach(spec.commandLine().getOut()::println);
            StageTimeline.cacheLines(result.cache(), EditorLanguage.messages(spec))
                    .forEach(spec.commandLine().getOut()::println);
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
