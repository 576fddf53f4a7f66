package dev.mosaik.shipped;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The W3C Nu HTML checker (vnu.jar from npm, run as its own process so that its libraries never meet ours)
 * over every HTML file of the shipped site, with its CSS and SVG: no errors. Its informational messages
 * are not failures; two kinds are expected (README, "Accessibility"): obsolete presentational attributes in
 * the e-mail editions, which mail programs still need, and CSP notes that come from checking {@code file:}
 * addresses, for which the site's own origin does not exist.
 */
class HtmlValidatorTest {

    @Test
    void theWholeBuiltSiteHasNoValidatorErrors() throws Exception {
        BrowserTools.vnuJar();
        List<String> errors = errors(ShippedSite.output());
        assertThat(errors).isEmpty();
    }

    @Test
    void theSplitListingsPagesHaveNoValidatorErrors(@TempDir Path site) throws Exception {
        BrowserTools.vnuJar();
        assertThat(errors(SplitListingSite.build(site))).isEmpty();
    }

    @Test
    void theValidatorReportsInvalidHtml(@TempDir Path site) throws Exception {
        Files.writeString(site.resolve("index.html"), """
                <!DOCTYPE html>
                <html lang="de"><head><meta charset="utf-8"><title>x</title></head>
                <body><main><h1>Eins</h1><h3>Drei</h3><p><div>im Absatz</div></p><img src="a.png"></main></body></html>
                """);
        assertThat(String.join("\n", errors(site)))
                .contains("skipping 1 heading level")
                .contains("“alt”");
    }

    /** The validator's error lines ({@code "file:…":line.col: error: message}) for a folder. */
    private static List<String> errors(Path folder) throws IOException, InterruptedException {
        Path jar = BrowserTools.vnuJar();
        Process process = new ProcessBuilder(
                        BrowserTools.java().toString(),
                        "-Xss4m",
                        "-jar",
                        jar.toString(),
                        "--format",
                        "gnu",
                        "--also-check-css",
                        "--also-check-svg",
                        "--skip-non-html",
                        folder.toString())
                .redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.MINUTES))
                .as("the validator finished")
                .isTrue();
        List<String> errors = out.lines()
                .filter(line -> line.matches(".*:[0-9.-]*: (error|fatal|warning): .*"))
                .toList();
        assertThat(process.exitValue() == 0 || !errors.isEmpty())
                .as("the validator ran:\n" + out)
                .isTrue();
        return errors;
    }
}
