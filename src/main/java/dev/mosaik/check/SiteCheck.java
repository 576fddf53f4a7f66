package dev.mosaik.check;

import dev.mosaik.diag.Problem;
import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import dev.mosaik.i18n.Glossary;
import dev.mosaik.pipeline.BuildOptions;
import dev.mosaik.pipeline.BuildResult;
import dev.mosaik.pipeline.SiteBuilder;
import dev.mosaik.pipeline.TranslationReport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * {@code mosaik check}: the whole build without writing, then {@link ContentChecks} over the rendered pages,
 * and, only when asked, a request to every external link (with a timeout).
 */
public final class SiteCheck {

    /** What a check found. */
    public record Report(
            List<Problem> problems, Optional<TranslationReport> translations, Set<String> externalLinks, int pages) {

        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }

        /** The report as JSON, for tools and dashboards. */
        public String json() {
            return ReportJson.write(json -> {
                json.writeStartObject();
                json.writeNumberProperty("pages", pages);
                json.writeNumberProperty(
                        "errors", problems.stream().filter(Problem::isError).count());
                json.writeArrayPropertyStart("problems");
                for (Problem p : problems) {
                    json.writeStartObject();
                    json.writeStringProperty("severity", p.severity().name().toLowerCase(java.util.Locale.ROOT));
                    json.writeStringProperty("file", p.position().file());
                    json.writeNumberProperty("line", p.position().line());
                    json.writeStringProperty("message", p.message());
                    json.writeStringProperty("hint", p.hint().orElse(null));
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeArrayPropertyStart("translations");
                for (TranslationReport.Row row :
                        translations.map(TranslationReport::rows).orElse(List.of())) {
                    var s = row.pages();
                    json.writeStartObject();
                    json.writeStringProperty("language", s.language().code());
                    json.writeNumberProperty("translated", s.translated());
                    json.writeNumberProperty("total", s.total());
                    json.writeNumberProperty("percent", s.percent());
                    json.writeNumberProperty("missing", s.missing().size());
                    json.writeNumberProperty("outdated", s.outdated().size());
                    json.writeNumberProperty("machine", s.machine().size());
                    json.writeNumberProperty(
                            "missingMessages", row.missingMessages().size());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeArrayPropertyStart("externalLinks");
                for (String link : externalLinks) {
                    json.writeString(link);
                }
                json.writeEndArray();
                json.writeEndObject();
            });
        }
    }

    private final java.util.Optional<Integer> staleMonths;

    /** @param staleMonths overrides {@code check.staleMonths} of {@code site.yaml} (the command line's {@code --stale-months}) */
    public SiteCheck(java.util.Optional<Integer> staleMonths) {
        this.staleMonths = staleMonths;
    }

    public Report run(BuildOptions options, boolean fetchExternal) {
        Map<String, String> rendered = new ConcurrentHashMap<>();
        BuildResult result = new SiteBuilder().build(options.dryRun(), (file, bytes) -> {
            if (file.endsWith(".html")) {
                rendered.put(file, new String(bytes, StandardCharsets.UTF_8));
            }
        });
        Problems problems = new Problems();
        result.problems().forEach(problems::add);
        Set<String> external = Set.of();
        if (result.site().isPresent()) {
            Map<String, Path> files = new ConcurrentHashMap<>();
            result.site().get().staticFiles().forEach(f -> files.put(f.sitePath(), f.path()));
            Path assets = options.source().resolve("assets");
            if (Files.isDirectory(assets)) {
                try (Stream<Path> walk = Files.walk(assets)) {
                    walk.filter(Files::isRegularFile)
                            .forEach(f ->
                                    files.put(assets.relativize(f).toString().replace('\\', '/'), f));
                } catch (IOException e) {
                    problems.warning(SourcePosition.file("assets"), "cannot read the assets folder: " + e.getMessage());
                }
            }
            dev.mosaik.config.CheckLimits configured =
                    result.site().get().config().checks();
            dev.mosaik.config.CheckLimits limits =
                    staleMonths.map(configured::withStaleMonths).orElse(configured);
            external = new ContentChecks(limits)
                    .run(
                            result.site().get(),
                            rendered,
                            files,
                            options.day().today(result.site().get().config().timeZone()),
                            problems);
            Glossary glossary =
                    Glossary.load(options.source(), result.site().get().config(), problems);
            new GlossaryCheck(glossary).run(result.site().get(), problems);
            if (fetchExternal) {
                fetch(external, problems);
            }
        }
        return new Report(problems.all(), result.translations(), external, result.pages());
    }

    /** Asks every external link once, HEAD first, with a short timeout; a failure is a warning, never an error. */
    private static void fetch(Set<String> links, Problems problems) {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        for (String link : links) {
            try {
                HttpResponse<Void> response = client.send(
                        HttpRequest.newBuilder(URI.create(link))
                                .timeout(Duration.ofSeconds(10))
                                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() >= 400) {
                    problems.warning(SourcePosition.file(link), "external link answers " + response.statusCode());
                }
            } catch (IOException | IllegalArgumentException e) {
                problems.warning(SourcePosition.file(link), "external link cannot be reached: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
