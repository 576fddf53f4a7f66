package dev.mosaik.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's smoke test: a reduced synthetic site builds cleanly and has what the benchmark claims to measure. */
class SyntheticSiteTest {

    @TempDir
    Path dir;

    @Test
    void buildsAReducedSyntheticSiteWithTranslationsTagsAndSiblingLinks() throws IOException {
        int documents = SyntheticSite.write(dir, 150, 3);
        assertThat(documents).isEqualTo(50);

        TestSite.Run run = TestSite.write(dir, "").build("--build-date=2026-11-29");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("error");
        long pages;
        try (Stream<Path> files = Files.walk(dir.resolve("public"))) {
            pages = files.filter(f -> f.getFileName().toString().equals("index.html"))
                    .count();
        }
        assertThat(pages)
                .as("50 documents, a section and a home page in 3 languages, plus tag pages")
                .isGreaterThan(150);
        Document page = TestSite.write(dir, "").page("tr/bereich-000/seite-000007/index.html");
        assertThat(page.select("link[rel=alternate][hreflang]"))
                .extracting(e -> e.attr("hreflang"))
                .contains("de", "en", "tr");
        assertThat(page.select("main a[href=/tr/bereich-000/seite-000008/]")).isNotEmpty();
        assertThat(page.select("main table td")).hasSize(6);
        assertThat(page.select("main img[src=/img/bild.png]")).isNotEmpty();
    }

    @Test
    void writesTheSameFilesForTheSameArguments(@TempDir Path other) throws IOException {
        SyntheticSite.write(dir, 40, 2);
        SyntheticSite.write(other, 40, 2);
        Path file = Path.of("content/bereich-000/seite-000013.en.md");
        assertThat(Files.readString(other.resolve(file))).isEqualTo(Files.readString(dir.resolve(file)));
        assertThat(other.resolve("hugo.toml")).hasSameTextualContentAs(dir.resolve("hugo.toml"));
    }
}
