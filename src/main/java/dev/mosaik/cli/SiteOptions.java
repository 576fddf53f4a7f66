package dev.mosaik.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options every command that reads a site shares. */
final class SiteOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(
            names = "--source",
            paramLabel = "DIR",
            description = "The site folder (with site.yaml). Default: the current folder.")
    Path source = Path.of(".");

    @Option(names = "--drafts", description = "Include pages marked 'draft: true'.")
    boolean drafts;

    @Option(
            names = "--build-date",
            paramLabel = "YYYY-MM-DD",
            description =
                    "The date the build treats as today (splits events into upcoming and past). Default: SOURCE_DATE_EPOCH, else today.")
    java.time.LocalDate buildDate;

    /** The options for a build of this site into {@code output}; a malformed {@code SOURCE_DATE_EPOCH} is a usage error. */
    dev.mosaik.pipeline.BuildOptions options(java.nio.file.Path output) {
        dev.mosaik.pipeline.BuildOptions options;
        try {
            options = dev.mosaik.pipeline.BuildOptions.of(source, output).withDrafts(drafts);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        return buildDate == null ? options : options.withToday(buildDate);
    }
}
