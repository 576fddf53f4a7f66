package dev.mosaik.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.bench.SyntheticSite;
import dev.mosaik.pipeline.BuildOptions;
import dev.mosaik.pipeline.SiteBuilder;
import dev.mosaik.site.Site;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sitemap past the protocol's limits per file becomes an index of numbered parts, each within them. */
class SitemapTest {

    @TempDir
    static Path dir;

    private static Site site;

    @BeforeAll
    static void build() throws Exception {
        SyntheticSite.write(dir.resolve("site"), 300, 2);
        BuildOptions options = BuildOptions.of(dir.resolve("site"), dir.resolve("public"))
                .withToday(LocalDate.of(2026, 11, 29))
                .withPdf(false);
        site = new SiteBuilder().build(options).site().orElseThrow();
    }

    @Test
    void aSiteWithinTheLimitsHasOneSitemap() {
        Map<String, byte[]> files = new Sitemap().files(site);
        assertThat(files).containsOnlyKeys("sitemap.xml");
        assertThat(xml(files.get("sitemap.xml")).select("urlset > url > loc")).hasSizeGreaterThan(300);
    }

    @Test
    void aLargerSiteGetsAnIndexOfPartsThatTogetherListEveryAddressOnce() {
        List<String> all = xml(new Sitemap().files(site).get("sitemap.xml"))
                .select("url > loc")
                .eachText();
        Map<String, byte[]> files = new Sitemap(100, Sitemap.MAX_BYTES).files(site);
        int parts = (all.size() + 99) / 100;
        assertThat(files.keySet()).first().isEqualTo("sitemap.xml");
        assertThat(files).hasSize(parts + 1);
        Document index = xml(files.get("sitemap.xml"));
        assertThat(index.select("sitemapindex > sitemap > loc").eachText())
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, parts)
                        .mapToObj(i -> "https://bench.example.org/sitemap-" + i + ".xml")
                        .toList());
        List<String> listed = new ArrayList<>();
        for (int i = 1; i <= parts; i++) {
            Document part = xml(files.get("sitemap-" + i + ".xml"));
            assertThat(part.select("urlset > url")).hasSizeBetween(1, 100);
            assertThat(part.select("url").first().getElementsByTag("xhtml:link"))
                    .as("alternates stay with their address")
                    .isNotEmpty();
            listed.addAll(part.select("url > loc").eachText());
        }
        assertThat(listed).containsExactlyElementsOf(all);
    }

    @Test
    void aPartIsCutBeforeItPassesTheSizeLimit() {
        Map<String, byte[]> files = new Sitemap(Sitemap.MAX_URLS, 30_000).files(site);
        assertThat(files.size()).isGreaterThan(2);
        files.forEach((name, bytes) -> assertThat(bytes.length).as(name).isLessThanOrEqualTo(30_000));
    }

    private static Document xml(byte[] bytes) {
        return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "", Parser.xmlParser());
    }
}
