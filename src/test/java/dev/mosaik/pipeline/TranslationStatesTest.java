package dev.mosaik.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readers are told how a translation came about: unchecked machine output, or checked by whom and when. */
class TranslationStatesTest {

    @TempDir
    Path dir;

    private static final String SITE = TestSite.SITE_YAML + """
            -- content/_index.de.md --
            ---
            title: Start
            ---
            -- content/projekte/_index.de.md --
            ---
            title: Projekte
            ---
            -- content/kontakt.de.md --
            ---
            title: Kontakt
            ---
            Rufen Sie an.
            -- content/kontakt.en.md --
            ---
            title: Contact
            translation: reviewed
            reviewedBy: Amira Haddad
            reviewed: 2026-03-03
            ---
            Call us.
            -- content/kontakt.ar.md --
            ---
            title: اتصل بنا
            translation: machine
            ---
            اتصلوا بنا.
            """;

    @Test
    void aMachineTranslationSaysThatNoPersonHasCheckedIt() {
        TestSite site = TestSite.write(dir, SITE);
        TestSite.Run run = site.build("--no-pdf");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Document page = site.page("ar/kontakt/index.html");
        assertThat(page.select(".notice-machine").text())
                .as("the test site has no Arabic UI strings: the default language's")
                .contains("maschinell übersetzt", "noch von niemandem geprüft");
        assertThat(page.select(".notice-machine").attr("lang")).isEqualTo("ar");
        assertThat(page.select(".notice-reviewed")).isEmpty();
    }

    @Test
    void aReviewedTranslationNamesWhoCheckedItAndWhenInTheReadersLanguage() {
        TestSite site = TestSite.write(dir, SITE);
        site.build("--no-pdf");

        Document page = site.page("en/kontakt/index.html");
        assertThat(page.select(".notice-reviewed").text())
                .isEqualTo("This translation was checked by Amira Haddad on March 3, 2026.");
        assertThat(page.select(".notice-reviewed").attr("lang")).isEqualTo("en");
        assertThat(page.select(".notice-machine")).isEmpty();
        assertThat(site.page("de/kontakt/index.html").select(".notice")).isEmpty();
    }

    @Test
    void aReviewedTranslationWithoutReviewerOrDateIsAnErrorAtItsLine() {
        TestSite site = TestSite.write(dir, SITE);
        site.file("content/kontakt.en.md", "---\ntitle: Contact\ntranslation: reviewed\nreviewed: 2026-03-03\n---\n");
        site.file(
                "content/kontakt.ar.md", "---\ntitle: اتصل بنا\ntranslation: machine\nreviewedBy: Amira Haddad\n---\n");
        TestSite.Run run = site.build("--no-pdf");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains(
                        "content/kontakt.en.md:3: a reviewed translation says who checked it and when",
                        "content/kontakt.ar.md:4: 'reviewedBy' and 'reviewed' belong to a reviewed translation, but this one is 'machine'");
    }
}
