package dev.mosaik.shipped;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The course finder's subscribe links with JavaScript on, in headless Chromium against the shipped site: ticked
 * filters that one calendar holds exactly lead to that calendar, named in the page's language; any other choice
 * keeps the page's own calendar. Without JavaScript the page's own calendar applies (ShippedFeedsTest). Skipped
 * without Chromium and playwright-core (see {@link BrowserTools}).
 */
class SubscribeScriptTest {

    private static final String HOST = "https://integration.wetzlar.de";

    @Test
    void theCalendarFollowsTheTickedFiltersWhereOneHoldsExactlyWhatTheFinderShows() {
        String arabic = ShippedSite.counterpart("/de/deutsch-lernen/", "/ar/");
        List<String> lines = run(List.of(
                "/de/deutsch-lernen/?level=a1&district=dalheim&childcare=true",
                "/de/deutsch-lernen/#tick=level=a1,childcare=true",
                "/de/deutsch-lernen/?level=a1&level=a2",
                "/de/deutsch-lernen/?level=a1&day=monday",
                "/de/deutsch-lernen/niveau/a1/?district=dalheim",
                arabic + "?level=a1&district=dalheim&childcare=true"));
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0))
                .contains(
                        "\"label\":\"A1-Kurse mit Kinderbetreuung in Dalheim\"",
                        "\"https\":\"" + HOST
                                + "/de/deutsch-lernen/niveau/a1/stadtteil/dalheim/kinderbetreuung/kurse.ics\"",
                        "\"webcal\":\"webcal://integration.wetzlar.de/de/deutsch-lernen/niveau/a1/stadtteil/dalheim/kinderbetreuung/kurse.ics\"");
        assertThat(lines.get(1))
                .as("ticked by clicking")
                .contains(
                        "\"label\":\"A1-Kurse mit Kinderbetreuung\"",
                        "/de/deutsch-lernen/niveau/a1/kinderbetreuung/kurse.ics\"");
        assertThat(lines.get(2))
                .as("two levels: no calendar holds exactly that, the page's own applies")
                .contains(
                        "\"label\":\"Alle aktuellen Kurse\"", "\"https\":\"" + HOST + "/de/deutsch-lernen/kurse.ics\"");
        assertThat(lines.get(3))
                .as("a weekday with a level: no such calendar")
                .contains("\"label\":\"Alle aktuellen Kurse\"");
        assertThat(lines.get(4))
                .as("the level page narrowed to a district")
                .contains(
                        "\"label\":\"A1-Kurse in Dalheim\"",
                        "/de/deutsch-lernen/niveau/a1/stadtteil/dalheim/kurse.ics\"");
        String decoded = URLDecoder.decode(lines.get(5), StandardCharsets.UTF_8);
        assertThat(decoded).contains("\"label\":\"دورات A1 مع رعاية الأطفال في Dalheim\"", "/dalheim/", "/kurse.ics\"");
    }

    private static List<String> run(List<String> paths) {
        BrowserTools.nodeModule("playwright-core");
        try (StaticServer server = new StaticServer(ShippedSite.output())) {
            List<String> command = new ArrayList<>(List.of(
                    BrowserTools.node().toString(),
                    "check-subscribe.mjs",
                    "--base",
                    server.baseUrl(),
                    "--chromium",
                    BrowserTools.chromium().toString()));
            command.addAll(paths);
            Path errors = Files.createTempFile("mosaik-check-subscribe-", ".log");
            Process process = new ProcessBuilder(command)
                    .directory(BrowserTools.FOLDER.toFile())
                    .redirectError(errors.toFile())
                    .start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            // A generous bound against a hung browser, not a timing.
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("check-subscribe.mjs did not finish");
            }
            String err = Files.readString(errors);
            Files.delete(errors);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(
                        "check-subscribe.mjs failed (exit " + process.exitValue() + "):\n" + err + out);
            }
            return out.lines().filter(l -> l.startsWith("{")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
