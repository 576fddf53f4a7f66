package dev.mosaik.shipped;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The reader aids with JavaScript on, in headless Chromium over the shipped site ({@code src/test/browser/check-reader.mjs}):
 * read aloud with a stubbed voice list that has German and Arabic voices but no Persian one, the text-size and
 * contrast switches across a reload, and the print stylesheet. One browser run, several checks of what it saw.
 * Skipped without Chromium and playwright-core (see {@link BrowserTools}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderAidsBrowserTest {

    private static final String ARABIC = "/ar/kontakt/";
    private static final String PERSIAN = "/fa/kontakt/";
    private static final String GERMAN = "/de/deutsch-lernen/";

    /** What the script saw: nested keys joined by dots, values as JSON ({@code "text"}, {@code true}, {@code 3}). */
    private Map<String, String> seen;

    @BeforeAll
    void runTheBrowser() {
        BrowserTools.chromium();
        BrowserTools.nodeModule("playwright-core");
        try (StaticServer server = new StaticServer(ShippedSite.output())) {
            seen = run(server.baseUrl());
        }
    }

    @Test
    void readAloudIsOfferedWhereTheBrowserHasAVoiceForTheLanguageAndANoteSaysWhereItHasNone() {
        assertThat(seen)
                .containsEntry("arabic.tools", "true")
                .containsEntry("arabic.button", "true")
                .containsEntry("arabic.note", "false")
                .containsEntry("arabic.label", "\"قراءة بصوت عالٍ\"");
        assertThat(seen)
                .containsEntry("persian.tools", "true")
                .containsEntry("persian.button", "false")
                .containsEntry("persian.note", "true")
                .containsEntry(
                        "persian.noteText",
                        "\"بلند خواندن در اینجا ممکن نیست: مرورگر شما برای این زبان صدایی ندارد.\"");
        assertThat(seen.keySet()).as("script errors").noneMatch(key -> key.startsWith("errors."));
    }

    @Test
    void readingHighlightsTheSentenceBeingSpokenAndTheButtonPausesAndResumes() {
        assertThat(seen)
                .containsEntry("reading.state", "\"reading\"")
                .containsEntry("reading.stop", "true")
                .containsEntry("reading.speech.spoken.0.voice", "\"Test Arabic\"");
        assertThat(seen.get("reading.highlighted.0")).isNotBlank().isEqualTo(seen.get("reading.speech.spoken.0.text"));
        assertThat(seen).containsEntry("reading.label", "\"إيقاف مؤقت\"");
        assertThat(seen)
                .containsEntry("paused.state", "\"paused\"")
                .containsEntry("paused.speech.paused", "1")
                .containsEntry("paused.label", "\"متابعة القراءة\"");
        assertThat(seen).containsEntry("resumed.state", "\"reading\"").containsEntry("resumed.speech.resumed", "1");
        // The end of a sentence moves the highlight to the next one.
        assertThat(seen.get("next.highlighted.0"))
                .isEqualTo(seen.get("next.speech.spoken.1.text"))
                .isNotEqualTo(seen.get("reading.highlighted.0"));
        // Stop: reading ends, the highlight goes, the button is back to "read aloud".
        assertThat(seen)
                .containsEntry("stopped.state", "\"idle\"")
                .containsEntry("stopped.stop", "false")
                .containsEntry("stopped.label", "\"قراءة بصوت عالٍ\"")
                .doesNotContainKey("stopped.highlighted.0");
    }

    @Test
    void partsInAnotherLanguageAreReadWithThatLanguagesVoiceAndTheHighlightScrollsWithoutAnimationWhenAskedTo() {
        List<String> german = spoken("finished", "Test Deutsch");
        assertThat(german).contains("\"Integrationsbüro\"", "\"Aylin Beispiel\"");
        // A line break ends a sentence: the lines of an address are read one by one, not run together.
        assertThat(german).contains("\"Stadt Wetzlar – Integrationsbüro\"");
        assertThat(spoken("finished", "Test Arabic")).hasSizeGreaterThan(10);
        assertThat(seen)
                .containsEntry("finished.state", "\"idle\"")
                .containsEntry("finished.scrolls.0", "\"auto\"")
                .doesNotContainKey("finished.scrolls.1");
    }

    @Test
    void largerTextAndHighContrastSurviveAReloadInLocalStorageWithoutACookie() {
        double before = Double.parseDouble(seen.get("before.fontSize"));
        double after = Double.parseDouble(seen.get("afterReload.fontSize"));
        assertThat(after).isGreaterThan(before * 1.2);
        assertThat(seen)
                .containsEntry("afterReload.large", "\"true\"")
                .containsEntry("afterReload.contrast", "\"true\"")
                .containsEntry("afterReload.ink", "\"rgb(0, 0, 0)\"")
                .containsEntry("afterReload.stored", "\"{\\\"large\\\":true,\\\"contrast\\\":true}\"")
                .containsEntry("afterReload.cookie", "\"\"")
                .containsEntry("before.large", "\"false\"");
        assertThat(seen.keySet()).noneMatch(key -> key.startsWith("cookies."));
    }

    @Test
    void printHidesTheNavigationAndShowsLinkAddressesWithTheSitesAddress() {
        assertThat(seen)
                .containsEntry("print.nav", "false")
                .containsEntry("print.breadcrumbs", "false")
                .containsEntry("print.switcher", "false")
                .containsEntry("print.tools", "false")
                .containsEntry("print.footerLinks", "false")
                .containsEntry("print.address", "true");
        String relative = seen.get("print.relativeHref").replace("\"", "");
        assertThat(seen.get("print.relativeAfter")).contains("https://integration.wetzlar.de" + relative);
        String external = seen.get("print.externalHref").replace("\"", "");
        assertThat(seen.get("print.externalAfter")).contains("(" + external + ")");
    }

    /**
     * The system's settings apply by themselves (no switch, as without JavaScript): a dark scheme gives dark paper,
     * and in it, in high contrast and in both together every kind of text keeps WCAG AA contrast (4.5:1), high
     * contrast AAA (7:1).
     */
    @Test
    void theDarkSchemeAndHighContrastKeepEveryTextReadable() {
        assertThat(Double.parseDouble(seen.get("dark.paperLuminance"))).isLessThan(0.05);
        assertThat(Double.parseDouble(seen.get("darkMore.paperLuminance"))).isLessThan(0.01);
        assertThat(Double.parseDouble(seen.get("more.paperLuminance"))).isGreaterThan(0.99);
        for (String theme : List.of("dark", "more", "darkMore")) {
            Map<String, Double> ratios = new TreeMap<>();
            seen.forEach((key, value) -> {
                if (key.startsWith(theme + ".") && !key.endsWith("paperLuminance")) {
                    ratios.put(key, Double.parseDouble(value));
                }
            });
            assertThat(ratios)
                    .as(theme)
                    .containsKeys(
                            theme + ".text", theme + ".link", theme + ".switch", theme + ".readAloud", theme + ".menu");
            double least = theme.equals("dark") ? 4.5 : 7;
            assertThat(ratios)
                    .as(theme)
                    .allSatisfy((key, ratio) -> assertThat(ratio).as(key).isGreaterThanOrEqualTo(least));
        }
    }

    /** Without JavaScript nothing is offered that would do nothing, and the system's settings still apply. */
    @Test
    void withoutJavaScriptTheControlsStayHiddenAndTheSystemsDarkSchemeApplies() {
        assertThat(seen)
                .containsEntry("noScript.tools", "false")
                .containsEntry("noScript.paper", "\"rgb(20, 25, 31)\"");
    }

    /** The texts spoken up to {@code step} with the named voice. */
    private List<String> spoken(String step, String voice) {
        return seen.entrySet().stream()
                .filter(e -> e.getKey().matches(step + "\\.speech\\.spoken\\.\\d+\\.voice")
                        && e.getValue().equals("\"" + voice + "\""))
                .map(e -> seen.get(e.getKey().replace(".voice", ".text")))
                .toList();
    }

    private static Map<String, String> run(String baseUrl) {
        List<String> command = List.of(
                BrowserTools.node().toString(),
                "check-reader.mjs",
                "--base",
                baseUrl,
                "--chromium",
                BrowserTools.chromium().toString(),
                "--ar",
                ARABIC,
                "--fa",
                PERSIAN,
                "--de",
                GERMAN);
        try {
            Path errors = Files.createTempFile("mosaik-check-reader-", ".log");
            Process process = new ProcessBuilder(command)
                    .directory(BrowserTools.FOLDER.toFile())
                    .redirectError(errors.toFile())
                    .start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            // A generous bound against a hung browser; the run takes some seconds.
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("check-reader.mjs did not finish");
            }
            String err = Files.readString(errors);
            Files.delete(errors);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(
                        "check-reader.mjs failed (exit " + process.exitValue() + "):\n" + err + out);
            }
            Map<String, String> seen = new LinkedHashMap<>();
            for (String line : out.split("\n")) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    seen.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
            return seen;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
