package dev.mosaik.cli;

import dev.mosaik.config.SiteConfig;
import dev.mosaik.config.SiteConfigReader;
import dev.mosaik.diag.Problems;
import dev.mosaik.diag.UiMessages;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import picocli.CommandLine.Model.CommandSpec;

/** What {@code new} and {@code translate} share: read the site, create one file, report it or the problems. */
final class FileCreation {

    private FileCreation() {}

    /**
     * @param create  writes the file and returns its path, or reports why not
     * @param nextStep the key of what the editor does next, shown after the path
     */
    static int run(
            CommandSpec spec, Path source, BiFunction<SiteConfig, Problems, Optional<String>> create, String nextStep) {
        Problems problems = new Problems();
        Optional<SiteConfig> config = new SiteConfigReader().read(source, problems);
        Optional<String> written = config.flatMap(c -> create.apply(c, problems));
        ProblemReport.print(problems.all(), spec, "report.afterCreate");
        if (written.isEmpty()) {
            return ExitCodes.CONTENT_ERRORS;
        }
        UiMessages ui = EditorLanguage.messages(spec);
        spec.commandLine().getOut().println(ui.format("cli.created", written.get(), ui.format(nextStep)));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
