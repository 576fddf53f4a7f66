package dev.mosaik.cli;

import dev.mosaik.content.Scaffolder;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mosaik translate PATH --to CODE}: starts a translation that remembers what it was made from. */
@Command(name = "translate", mixinStandardHelpOptions = true,
        description = "Creates the translation of a page, as a draft with the original's text and its fingerprint (sourceHash).")
final class TranslateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PATH", description = "The original, e.g. content/kontakt.de.md")
    String path;

    @Option(names = "--to", required = true, paramLabel = "CODE", description = "The language to translate into, e.g. ar")
    String target;

    @Option(names = "--source", paramLabel = "DIR", description = "The site folder (with site.yaml). Default: the current folder.")
    Path source = Path.of(".");

    @Override
    public Integer call() {
        return FileCreation.run(spec, source, (config, problems) -> new Scaffolder().translate(source, config, path, target, problems),
                "a draft: translate it, then set 'draft: false'");
    }
}
