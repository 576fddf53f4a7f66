package dev.mosaik.shipped;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The root language chooser with JavaScript on, run by node against the shipped site's built chooser page: a
 * reader's earlier choice is remembered and followed, otherwise the browser's languages come first. Without
 * JavaScript the page is the plain list (BuildEndToEndTest). Skipped without node, unless
 * {@code MOSAIK_BROWSER_TESTS=required}.
 */
class ChooserScriptTest {

    private static final Path SCRIPT = Path.of("src/main/resources/theme/static/mosaik/chooser.js");
    private static final Path HARNESS = Path.of("src/test/resources/chooser/harness.js");

    @TempDir
    Path dir;

    @Test
    void aRememberedChoiceLeadsStraightToThatLanguageUnlessTheReaderAsksToChooseAgain() throws Exception {
        assertThat(run(null, "ar", List.of("de-DE"), "")).contains("\"replaced\":\"/ar/\"");
        assertThat(run(null, "ar", List.of("de-DE"), "?choose")).contains("\"replaced\":null");
    }

    @Test
    void withoutAChoiceTheBrowsersFirstKnownLanguageComesFirstAndIsMarked() throws Exception {
        String result = run(null, null, List.of("sw", "fa-IR", "en"), "");
        assertThat(result).contains("\"replaced\":null", "\"suggested\":\"fa\"", "\"order\":[\"fa\",");
        assertThat(run(null, null, List.of("sw"), ""))
                .as("no language of the browser's: the list as built")
                .contains("\"suggested\":null", "\"order\":[\"de\",");
    }

    @Test
    void clickingALanguageRemembersIt() throws Exception {
        assertThat(run("tr", null, List.of("de"), "")).contains("\"stored\":\"tr\"");
    }

    /** The harness's JSON line for the shipped chooser page. */
    private String run(String click, String remembered, List<String> languages, String search)
            throws IOException, InterruptedException {
        Path node = BrowserTools.node();
        Document chooser =
                Jsoup.parse(ShippedSite.output().resolve("index.html").toFile(), "UTF-8");
        StringBuilder input = new StringBuilder("{\"links\":[");
        String separator = "";
        for (var link : chooser.select(".choices a[data-code]")) {
            input.append(separator)
                    .append("{\"code\":\"")
                    .append(link.attr("data-code"))
                    .append("\",\"hreflang\":\"")
                    .append(link.attr("hreflang"))
                    .append("\",\"href\":\"")
                    .append(link.attr("href"))
                    .append("\"}");
            separator = ",";
        }
        input.append("],\"languages\":[")
                .append(String.join(
                        ",", languages.stream().map(l -> "\"" + l + "\"").toList()))
                .append("],\"search\":\"")
                .append(search)
                .append('"');
        if (remembered != null) {
            input.append(",\"remembered\":\"").append(remembered).append('"');
        }
        if (click != null) {
            input.append(",\"click\":\"").append(click).append('"');
        }
        Path file = dir.resolve("input.json");
        Files.writeString(file, input.append('}'), StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(node.toString(), HARNESS.toString(), SCRIPT.toString(), file.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out.strip();
    }
}
