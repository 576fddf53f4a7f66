package dev.mosaik.cli;

import dev.mosaik.pipeline.BuildOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mosaik check}: runs the whole build without writing and reports every problem. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description =
                "Checks content, configuration and templates without writing anything. Exit 1 on errors, 0 when only warnings remain.")
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SiteOptions site;

    @picocli.CommandLine.Option(
            names = "--translations",
            description = "List the missing, outdated and machine-translated pages and UI strings of every language.")
    boolean translationDetails;

    @picocli.CommandLine.Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json")
    String format = "text";

    @picocli.CommandLine.Option(
            names = "--external",
            description = "Also request every external link (with a timeout) and report those that fail.")
    boolean external;

    @picocli.CommandLine.Option(
            names = "--stale-months",
            paramLabel = "N",
            description =
                    "Warn about pages not updated for N months. Default: check.staleMonths in site.yaml, else 24.")
    Integer staleMonths;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), EditorLanguage.messages(spec).format("usage.checkFormat", format));
        }
        BuildOptions options = site.options(site.source.resolve("public")).withPdf(false);
        dev.mosaik.check.SiteCheck.Report report =
                new dev.mosaik.check.SiteCheck(java.util.Optional.ofNullable(staleMonths)).run(options, external);
        if (format.equals("json")) {
            spec.commandLine().getOut().print(report.json());
            spec.commandLine().getOut().flush();
            return report.hasErrors() ? ExitCodes.CONTENT_ERRORS : ExitCodes.OK;
        }
        ProblemReport.print(report.problems(), spec, "report.afterCheck");
        report.translations().ifPresent(t -> spec.commandLine().getOut().print(t.table(translationDetails)));
        if (!report.externalLinks().isEmpty()) {
            spec.commandLine()
                    .getOut()
                    .println(System.lineSeparator()
                            + EditorLanguage.messages(spec)
                                    .format(
                                            "cli.externalLinks",
                                            report.externalLinks().size(),
                                            external ? "requested" : "listed"));
            report.externalLinks().forEach(link -> spec.commandLine().getOut().println("  " + link));
        }
        if (report.hasErrors()) {
            return ExitCodes.CONTENT_ERRORS;
        }
        spec.commandLine()
                .getOut()
                .println(EditorLanguage.messages(spec)
                        .format("cli.checked", report.pages(), report.problems().isEmpty() ? "none" : "warnings"));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
