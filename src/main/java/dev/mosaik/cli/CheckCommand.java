package dev.mosaik.cli;

import dev.mosaik.build.BuildOptions;
import dev.mosaik.build.BuildResult;
import dev.mosaik.build.SiteBuilder;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mosaik check}: runs the whole build without writing and reports every problem. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks content, configuration and templates without writing anything. Exit 1 on errors, 0 when only warnings remain.")
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SiteOptions site;

    @picocli.CommandLine.Option(names = "--translations", description = "List the missing, outdated and machine-translated pages and UI strings of every language.")
    boolean translationDetails;

    @Override
    public Integer call() {
        BuildOptions options = site.options(site.source.resolve("public")).dryRun();
        BuildResult result = new SiteBuilder().build(options);
        ProblemReport.print(result.problems(), spec.commandLine().getErr());
        result.translations().ifPresent(report -> spec.commandLine().getOut().print(report.table(translationDetails)));
        if (result.hasErrors()) {
            return ExitCodes.CONTENT_ERRORS;
        }
        spec.commandLine().getOut().printf("Checked %d pages in %d languages: %s%n", result.pages(), result.languages(),
                result.problems().isEmpty() ? "no problems" : "no errors");
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
