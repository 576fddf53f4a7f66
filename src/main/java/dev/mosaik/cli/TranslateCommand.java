package dev.mosaik.cli;

import dev.mosaik.config.Language;
import dev.mosaik.config.SiteConfig;
import dev.mosaik.config.SiteConfigReader;
import dev.mosaik.content.Scaffolder;
import dev.mosaik.diag.Problems;
import dev.mosaik.i18n.Glossary;
import dev.mosaik.translate.xliff.XliffExport;
import dev.mosaik.translate.xliff.XliffImport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mosaik translate PATH --to CODE}: starts a translation that remembers what it was made from;
 * {@code --export xliff} writes XLIFF 2.1 files for translators, {@code --import FILE.xlf…} writes their work back.
 */
@Command(name = "translate", mixinStandardHelpOptions = true,
        description = {"Creates the translation of a page, as a draft with the original's text and its fingerprint (sourceHash).",
                "With --export xliff: writes one XLIFF 2.1 file per page for a translator (all pages when no PATH is given).",
                "With --import: reads filled XLIFF files and writes the translations (translation: human); any mistake, and nothing is written."})
final class TranslateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Originals, e.g. content/kontakt.de.md")
    List<String> paths = new ArrayList<>();

    @Option(names = "--to", paramLabel = "CODE", description = "The language to translate into, e.g. ar")
    String target;

    @Option(names = "--export", paramLabel = "FORMAT", description = "Write files for translators instead: xliff")
    String export;

    @Option(names = "--output", paramLabel = "DIR", description = "Where --export writes its files")
    Path output;

    @Option(names = "--import", paramLabel = "FILE", arity = "1..*", description = "Filled XLIFF files to write back")
    List<Path> imports = new ArrayList<>();

    @Option(names = "--source", paramLabel = "DIR", description = "The site folder (with site.yaml). Default: the current folder.")
    Path source = Path.of(".");

    @Override
    public Integer call() {
        if (!imports.isEmpty()) {
            if (export != null || !paths.isEmpty()) {
                return usage("--import takes XLIFF files only, without PATH or --export");
            }
            return importXliff();
        }
        if (target == null) {
            return usage("--to CODE is required");
        }
        if (export != null) {
            if (!export.equals("xliff")) {
                return usage("--export knows one format: xliff");
            }
            if (output == null) {
                return usage("--export needs --output DIR");
            }
            return exportXliff();
        }
        if (paths.size() != 1) {
            return usage("give one original to translate, e.g. content/kontakt.de.md");
        }
        return FileCreation.run(spec, source, (config, problems) -> new Scaffolder().translate(source, config, paths.get(0), target, problems),
                "a draft: translate it, then set 'draft: false'");
    }

    private int exportXliff() {
        Problems problems = new Problems();
        Optional<SiteConfig> config = new SiteConfigReader().read(source, problems);
        Optional<Language> language = config.flatMap(c -> language(c, problems));
        List<Path> written = List.of();
        if (language.isPresent()) {
            Glossary glossary = Glossary.load(source, config.get(), problems);
            if (!problems.hasErrors()) {
                written = new XliffExport().export(source, config.get(), glossary, paths, language.get(), output, problems);
            }
        }
        ProblemReport.print(problems.all(), spec.commandLine().getErr(), "no file was exported");
        written.forEach(file -> spec.commandLine().getOut().println("Exported " + file.toString().replace('\\', '/')));
        spec.commandLine().getOut().flush();
        return problems.hasErrors() ? ExitCodes.CONTENT_ERRORS : ExitCodes.OK;
    }

    private int importXliff() {
        Problems problems = new Problems();
        Optional<SiteConfig> config = new SiteConfigReader().read(source, problems);
        List<String> written = List.of();
        if (config.isPresent()) {
            Optional<Language> expected = target == null ? Optional.empty() : language(config.get(), problems);
            if (!problems.hasErrors()) {
                written = new XliffImport().importFiles(source, config.get(), imports, expected, problems);
            }
        }
        ProblemReport.print(problems.all(), spec.commandLine().getErr(), "nothing was imported");
        written.forEach(file -> spec.commandLine().getOut().println("Imported " + file + " (translation: human)"));
        spec.commandLine().getOut().flush();
        return problems.hasErrors() ? ExitCodes.CONTENT_ERRORS : ExitCodes.OK;
    }

    private Optional<Language> language(SiteConfig config, Problems problems) {
        Optional<Language> language = config.language(target).filter(l -> !l.equals(config.defaultLanguage()));
        if (language.isEmpty()) {
            List<String> codes = config.languages().stream().filter(l -> !l.equals(config.defaultLanguage())).map(Language::code).toList();
            problems.error(dev.mosaik.diag.SourcePosition.file("site.yaml"), "unknown target language '" + target + "'; site.yaml translates into "
                    + String.join(", ", codes), dev.mosaik.diag.DidYouMean.hint(target, codes));
        }
        return language;
    }

    private int usage(String message) {
        spec.commandLine().getErr().println(message);
        spec.commandLine().getErr().flush();
        return ExitCodes.USAGE;
    }
}
