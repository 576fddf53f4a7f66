package dev.mosaik.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.TestSite;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Titles and summaries from front matter get the quotation marks of their language, the same the body gets: in the
 * page's heading, its {@code <title>}, the cards that list it and the feeds.
 */
class TypographicTitlesTest {

    @TempDir
    Path dir;

    private static final String SITE = TestSite.SITE_YAML + """
            -- content/_index.de.md --
            ---
            title: Start
            ---
            -- content/_index.en.md --
            ---
            title: Home
            ---
            -- content/_index.ar.md --
            ---
            title: الرئيسية
            ---
            -- content/projekte/_index.de.md --
            ---
            title: Projekte
            ---
            -- content/projekte/_index.en.md --
            ---
            title: Projects
            ---
            -- content/projekte/_index.ar.md --
            ---
            title: المشاريع
            ---
            -- content/projekte/cafe.de.md --
            ---
            title: 'Das "Sprachcafé" öffnet'
            date: 2026-10-01
            summary: 'Jeden Mittwoch "Deutsch beim Kaffee".'
            ---
            Im "Sprachcafé" sprechen alle Deutsch.
            -- content/projekte/cafe.en.md --
            ---
            title: 'The "language café" opens'
            date: 2026-10-01
            summary: 'Every Wednesday "German over coffee".'
            ---
            At the "language café" everyone speaks German.
            -- content/projekte/cafe.ar.md --
            ---
            title: 'افتتاح "مقهى اللغة"'
            date: 2026-10-01
            summary: 'كل أربعاء "الألمانية مع القهوة".'
            ---
            في "مقهى اللغة" يتحدث الجميع الألمانية.
            """;

    @Test
    void titlesAndSummariesGetTheQuotationMarksTheBodyGetsInEveryLanguage() {
        TestSite site = TestSite.write(dir, SITE);
        TestSite.Run run = site.build("--no-pdf", "--build-date", "2026-11-01");
        assertThat(run.exitCode()).as(run.err()).isZero();

        Map<String, String> expectedOpen = Map.of("de", "\u201E", "en", "\u201C");
        for (String lang : new String[] {"de", "en", "ar"}) {
            Document page = site.page(lang + "/projekte/cafe/index.html");
            String body = page.select(".prose p").first().text();
            String quoted = Map.of("de", "Sprachcafé", "en", "language café", "ar", "مقهى اللغة")
                    .get(lang);
            int at = body.indexOf(quoted);
            String open = body.substring(at - 1, at);
            String close = body.substring(at + quoted.length(), at + quoted.length() + 1);
            assertThat(body).as(lang + " body").doesNotContain("\"");
            if (expectedOpen.containsKey(lang)) {
                assertThat(open).as(lang).isEqualTo(expectedOpen.get(lang));
            }
            String h1 = page.select("main h1").text();
            assertThat(h1).as(lang + " heading").doesNotContain("\"").contains(open + quoted + close);
            assertThat(page.title()).as(lang + " <title>").doesNotContain("\"").contains(open);
            assertThat(page.select("meta[name=description]").attr("content"))
                    .as(lang + " summary")
                    .doesNotContain("\"")
                    .contains(open);
            Document section = site.page(lang + "/projekte/index.html");
            assertThat(section.select("main a[href=/" + lang + "/projekte/cafe/]")
                            .text())
                    .as(lang + " card")
                    .isEqualTo(h1);
            assertThat(site.text(lang + "/atom.xml")).as(lang + " feed").contains("<title>" + h1 + "</title>");
        }
    }
}
