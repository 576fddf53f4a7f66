package dev.mosaik.cli;

import dev.mosaik.config.Language;
import dev.mosaik.config.SiteConfig;
import dev.mosaik.config.SiteConfigReader;
import dev.mosaik.diag.Problems;
import dev.mosaik.output.EmailMessage;
import dev.mosaik.pipeline.NewsletterEdition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mosaik newsletter export NUMBER --lang LANG}: an issue as an .eml file for any mailing tool. */
@Command(
        name = "newsletter",
        mixinStandardHelpOptions = true,
        description = "Works with newsletter issues.",
        subcommands = NewsletterCommand.Export.class)
final class NewsletterCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(), "Missing command: try 'mosaik newsletter export 4 --lang de'");
    }

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description =
                    "Writes an issue as a MIME multipart/alternative e-mail (.eml) with a text and an HTML part. mosaik sends no mail.")
    static final class Export implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        SiteOptions site;

        @Parameters(index = "0", paramLabel = "NUMBER", description = "The issue's number.")
        int number;

        @Option(
                names = "--lang",
                paramLabel = "CODE",
                description = "The language of the edition. Default: the site's default language.")
        String language;

        @Option(
                names = "--output",
                paramLabel = "FILE",
                description = "Where to write the .eml file. Default: newsletter-NUMBER-LANG.eml")
        Path output;

        @Override
        public Integer call() throws IOException {
            Problems problems = new Problems();
            Optional<SiteConfig> config = new SiteConfigReader().read(site.source, problems);
            if (config.isEmpty()) {
                ProblemReport.print(problems.all(), spec, "report.afterEmail");
                return ExitCodes.CONTENT_ERRORS;
            }
            Optional<Language> chosen = editionLanguage(config.get());
            if (chosen.isEmpty()) {
                return ExitCodes.USAGE;
            }
            Language lang = chosen.get();
            Path target = output != null ? output : Path.of("newsletter-" + number + "-" + lang.code() + ".eml");
            Optional<String> refusal = EmailMessage.refusal(target);
            if (refusal.isPresent()) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--output: " + refusal.get());
            }
            Optional<String> unsubscribe = config.get().editions().newsletter().unsubscribe();
            if (unsubscribe.isEmpty()) {
                reportNoUnsubscribe(config.get(), problems);
                return ExitCodes.CONTENT_ERRORS;
            }
            // Read and assembled, the one issue rendered: nothing is written but the .eml.
            Problems build = new Problems();
            Optional<NewsletterEdition> edition = NewsletterEdition.of(
                    site.options(site.source.resolve("public")).withPdf(false), number, lang, build);
            ProblemReport.print(build.all(), spec, "report.afterEmail");
            if (build.hasErrors()) {
                return ExitCodes.CONTENT_ERRORS;
            }
            if (edition.isEmpty()) {
                // Every language has an edition of every issue (an untranslated one shows the original with a notice).
                spec.commandLine()
                        .getErr()
                        .println("mosaik: " + EditorLanguage.messages(spec).format("newsletter.noIssue", number));
                return ExitCodes.CONTENT_ERRORS;
            }
            write(target, config.get(), lang, edition.get(), unsubscribe.get());
            return ExitCodes.OK;
        }

        /** The edition's language ({@code --lang}, else the site's default); empty when unknown (told on stderr). */
        private Optional<Language> editionLanguage(SiteConfig config) {
            if (language == null) {
                return Optional.of(config.defaultLanguage());
            }
            Optional<Language> found = config.language(language);
            if (found.isEmpty()) {
                spec.commandLine()
                        .getErr()
                        .println("mosaik: "
                                + EditorLanguage.messages(spec)
                                        .format(
                                                "new.unknownLanguage",
                                                language,
                                                String.join(
                                                        ", ",
                                                        config.languages().stream()
                                                                .map(Language::code)
                                                                .toList())));
                return Optional.empty();
            }
            return found;
        }

        private void reportNoUnsubscribe(SiteConfig config, Problems problems) {
            // Bulk mail without a way out is refused by large providers and is against the rules for such mail (§ 7
            // UWG).
            problems.error(
                    config.editions().newsletter().position(),
                    "the e-mail edition needs 'newsletter: unsubscribe:' in site.yaml:" + " where readers unsubscribe",
                    Optional.of(
                            "a mailto: address or an https: page, e.g. 'unsubscribe: mailto:newsletter@wetzlar.de?subject=Abbestellen'"
                                    + " in a 'newsletter:' section; it becomes the mail's unsubscribe link and List-Unsubscribe header"));
            ProblemReport.print(problems.all(), spec, "report.afterEmail");
        }

        /** The issue as an .eml file, from the site's newsletter address (or one made from its organisation). */
        private void write(Path target, SiteConfig config, Language lang, NewsletterEdition edition, String unsubscribe)
                throws IOException {
            String organisation = config.params().getOrDefault("organisation", lang.title());
            String from = config.params().containsKey("newsletterFrom")
                    ? config.params().get("newsletterFrom")
                    : "\"" + organisation + "\" <newsletter@"
                            + config.baseUrl().uri().getHost() + ">";
            Files.write(
                    target,
                    EmailMessage.of(
                            from,
                            edition.subject(),
                            lang.htmlLang(),
                            edition.date(),
                            config.timeZone(),
                            edition.text(),
                            edition.html(),
                            unsubscribe));
            spec.commandLine()
                    .getOut()
                    .println(EditorLanguage.messages(spec)
                            .format(
                                    "cli.wrote",
                                    target.toAbsolutePath().normalize().toString(),
                                    Files.size(target) / 1024));
            spec.commandLine().getOut().flush();
        }
    }
}
