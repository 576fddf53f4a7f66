package dev.mosaik.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The layout and its parts print the values the views hand them ("" for what a page or the site does not give)
 * just as they did when they unwrapped {@code Optional}s: through the CLI, inspected with jsoup.
 */
class LayoutValuesTest {

    @TempDir
    Path dir;

    private static final String SITE = TestSite.SITE_YAML + """
            params:
              organisation: Stadt Beispiel
            -- content/_index.de.md --
            ---
            title: Start
            ---
            -- content/_index.ar.md --
            ---
            title: البداية
            ---
            -- content/projekte/_index.de.md --
            ---
            title: Projekte
            ---
            -- content/prozess/_index.de.md --
            ---
            title: Der Prozess
            type: zeitleiste
            timeline:
              - when: 5./6. Februar 2010
                date: 2010-02-05
                title: Auftakt
                text: Die Arbeitsgruppen beginnen.
              - when: 2010 bis 2013
                title: Arbeitsgruppen
            ---
            """;

    private TestSite built() {
        return TestSite.write(dir, SITE).built("--build-date", "2026-06-01");
    }

    @Test
    void timelineStepWithADateIsATimeAndOneWithoutIsPlainTextWithoutAnEmptyParagraph() {
        Document page = built().page("de/prozess/index.html");

        Element dated = page.select("ol.timeline > li").get(0);
        assertThat(dated.select("p.timeline-when time").attr("datetime")).isEqualTo("2010-02-05");
        assertThat(dated.select("p.timeline-when").text()).isEqualTo("5./6. Februar 2010");
        assertThat(dated.select("p:not(.timeline-when)").text()).isEqualTo("Die Arbeitsgruppen beginnen.");

        Element undated = page.select("ol.timeline > li").get(1);
        assertThat(undated.select("p.timeline-when time")).isEmpty();
        assertThat(undated.select("p.timeline-when > span").text()).isEqualTo("2010 bis 2013");
        assertThat(undated.select("h3").text()).isEqualTo("Arbeitsgruppen");
        assertThat(undated.select("p:not(.timeline-when)"))
                .as("no text, no paragraph")
                .isEmpty();
    }

    @Test
    void footerShowsTheOrganisationInTheDefaultLanguageAndNoParagraphForAnAddressNotSet() {
        TestSite site = built();

        for (String path : new String[] {"de/index.html", "ar/index.html"}) {
            Element footer = site.page(path).selectFirst("footer.site-footer .footer-grid > div");
            assertThat(footer).as(path).isNotNull();
            assertThat(footer.select("p").stream().map(Element::text))
                    .as(path + ": the title and the organisation, no address")
                    .containsExactly(path.startsWith("ar") ? "موقع الاختبار" : "Testseite", "Stadt Beispiel");
            Element organisation = footer.select("p").get(1);
            assertThat(organisation.attr("lang")).isEqualTo("de");
            assertThat(organisation.attr("dir")).isEqualTo("ltr");
        }
    }
}
