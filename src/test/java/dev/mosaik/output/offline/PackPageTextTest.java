package dev.mosaik.output.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.config.BaseUrl;
import dev.mosaik.testing.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.Inflater;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackPageTextTest {

    private static final BaseUrl BASE =
            BaseUrl.parse("https://integration.wetzlar.de/").orElseThrow();
    private static final OfflinePack PACKER =
            new OfflinePack(BASE, Instant.parse("2026-12-07T00:00:00Z"), new PackCache(Optional.empty()));
    /** Some files held by the pack and some not, so that links go both ways. */
    private static final Predicate<String> HOLDS = file -> (file.hashCode() & 1) == 0;

    @Test
    void everyPageOfTheShippedSiteComesOutAsJsoupsWayMakesIt(@TempDir Path output) throws IOException {
        TestSite.Run run = TestSite.run(
                "build", "--source", ".", "--output", output.toString(), "--build-date", "2026-12-07", "--no-pdf");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(output)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThan(1000);
        int fast = 0;
        for (Path page : pages) {
            String file = output.relativize(page).toString().replace('\\', '/');
            String html = Files.readString(page, StandardCharsets.UTF_8);
            fast += PackPageText.rewrite(html, edits()).isPresent() ? 1 : 0;
            PackedPage text = PACKER.made(file, html, HOLDS, true);
            PackedPage dom = PACKER.made(file, html, HOLDS, false);
            assertThat(text.links()).as(file).isEqualTo(dom.links());
            assertThat(text.answers()).as(file).isEqualTo(dom.answers());
            assertThat(reparsed(text)).as(file).isEqualTo(new String(inflated(dom), StandardCharsets.UTF_8));
        }
        // The one pass reads every page mosaik writes: jsoup is only the way out for markup of other hands.
        assertThat(fast).isEqualTo(pages.size());
    }

    @Test
    void keepsThePageAsWrittenWhereNothingChanges() {
        String html = "<!DOCTYPE html>\n<html lang=\"de\"><head><title>A &amp; B</title></head>"
                + "<body><p title='x'>Text &lt; mehr</p>\n<a href=\"https://example.org/\">weg</a></body></html>\n";
        assertThat(PackPageText.rewrite(html, edits(link -> link)).orElseThrow().html())
                .isEqualTo(html);
    }

    @Test
    void replacesTheOfflineBoxWithNestedDivsAndSetsTheSearchFormsRoot() {
        String html = "<html><head><link rel=\"canonical\" href=\"https://integration.wetzlar.de/de/kurse/\"></head>"
                + "<body><form class=\"search-form\" action=\"/de/suche/\"></form>"
                + "<div class=\"offline\" data-pack-note=\"Offline &amp; gut:\"><div><a href=\"/de/offline.zip\">Z</a>"
                + "</div></div><p>Ende</p></body></html>";
        PackPageText.Result result = PackPageText.rewrite(html, edits()).orElseThrow();
        assertThat(result.html())
                .contains("<form class=\"search-form\" action=\"[/de/suche/]\" data-pack-root=\"../\" "
                        + "data-pack-base=\"/\"></form>")
                .contains("<p class=\"offline-pack-note\">Offline &amp; gut: <a href=\""
                        + "[https://integration.wetzlar.de/de/kurse/]\">https://integration.wetzlar.de/de/kurse/</a>"
                        + "</p><p>Ende</p>")
                .doesNotContain("offline.zip");
        assertThat(result.targets())
                .containsExactly("https://integration.wetzlar.de/de/kurse/", "/de/offline.zip", "/de/suche/");
    }

    @Test
    void changesATagsAttributesWhateverTheirOrder() {
        String html = "<html><body><img srcset=\"/a.png 2x, /c.png 3x\" alt=\"\" src=\"/b.png\">"
                + "<form data-pack-root=\"x\" class=\"search-form\" action=\"/s/\"></form></body></html>";
        assertThat(PackPageText.rewrite(html, edits()).orElseThrow().html())
                .isEqualTo("<html><body><img srcset=\"[/a.png] 2x, [/c.png] 3x\" alt=\"\" src=\"[/b.png]\">"
                        + "<form data-pack-root=\"../\" class=\"search-form\" action=\"[/s/]\" "
                        + "data-pack-base=\"/\"></form></body></html>");
    }

    @Test
    void leavesMarkupItDoesNotReadToJsoup() {
        for (String html : List.of(
                "<html><body><a href=/de/>unquoted</a></body></html>",
                "<html><body><a href=\"/a\" href=\"/b\">twice</a></body></html>",
                "<html><body><a href=\"/a&eacute;\">entity</a></body></html>",
                "<html><body><div class=\"offline\"><div></div></body></html>",
                "<html><body><svg><![CDATA[x]]></svg></body></html>",
                "<html><body></ a><a href=\"/x\">bogus</a></body></html>")) {
            assertThat(PackPageText.rewrite(html, edits())).as(html).isEmpty();
        }
    }

    private static PackEdits edits() {
        return edits(link -> "[" + link + "]");
    }

    private static PackEdits edits(java.util.function.UnaryOperator<String> change) {
        return new PackEdits() {
            @Override
            public String change(String link) {
                return change.apply(link);
            }

            @Override
            public String packRoot() {
                return "../";
            }

            @Override
            public String packBase() {
                return "/";
            }

            @Override
            public String website() {
                return BASE.toString();
            }
        };
    }

    /** The entry's page as jsoup writes it once parsed. */
    private static String reparsed(PackedPage page) {
        Document document = Jsoup.parse(new String(inflated(page), StandardCharsets.UTF_8), "");
        document.outputSettings().prettyPrint(false);
        return document.outerHtml();
    }

    private static byte[] inflated(PackedPage page) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(page.entry().deflated());
            byte[] bytes = new byte[Math.toIntExact(page.entry().size())];
            int done = 0;
            while (done < bytes.length && !inflater.finished()) {
                done += inflater.inflate(bytes, done, bytes.length - done);
            }
            return bytes;
        } catch (java.util.zip.DataFormatException e) {
            throw new IllegalStateException(e);
        } finally {
            inflater.end();
        }
    }
}
