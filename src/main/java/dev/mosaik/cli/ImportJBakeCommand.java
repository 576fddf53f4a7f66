package dev.mosaik.cli;

import dev.mosaik.content.JBakeImporter;
import dev.mosaik.diag.Problems;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mosaik import-jbake DIR --to TARGET}: converts a JBake project into a mosaik site. */
@Command(
        name = "import-jbake",
        mixinStandardHelpOptions = true,
        description = "Converts a JBake project (jbake.properties, content/, assets/) into a mosaik site.")
final class ImportJBakeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The JBake project.")
    Path jbake;

    @Option(names = "--to", required = true, paramLabel = "TARGET", description = "A new folder for the mosaik site.")
    Path target;

    @Option(
            names = "--lang",
            paramLabel = "CODE",
            description = "The language of the content. Default: ${DEFAULT-VALUE}.")
    String language = "en";

    @Override
    public Integer call() throws IOException {
        if (!language.matches("[a-z]{2,3}(-[a-z0-9]{2,8})*")) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(),
                    "--lang must be a language code of lowercase letters like 'en' or 'de-ls', not '" + language + "'");
        }
        Problems problems = new Problems();
        JBakeImporter.Result result = new JBakeImporter().importSite(jbake, target, language, problems);
        ProblemReport.print(problems.all(), spec, "report.afterJBake");
        if (problems.hasErrors()) {
            return ExitCodes.CONTENT_ERRORS;
        }
        spec.commandLine()
                .getOut()
                .printf("Imported %d pages and %d files into %s%n", result.pages(), result.files(), target);
        result.skipped().forEach(s -> spec.commandLine().getOut().println("  not converted: " + s));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
