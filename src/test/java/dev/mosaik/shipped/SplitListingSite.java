package dev.mosaik.shipped;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The shipped site's listings all fit one page, so its pages show no pager. This small site with the shipped
 * German and Arabic strings and a page size of 3 splits a section and a tag into three pages each, in both
 * directions, for the browser and validator tests.
 */
final class SplitListingSite {

    /** A first, a middle and a last page of a split section and tag, left to right and right to left. */
    static final List<String> PAGES = List.of(
            "/de/kurse/",
            "/de/kurse/seite/2/",
            "/de/schlagwoerter/familie/seite/3/",
            "/ar/kurse/",
            "/ar/kurse/صفحة/2/",
            "/ar/وسوم/عايلة/صفحة/3/");

    private SplitListingSite() {}

    /** Builds the site below {@code root}; returns its output folder. */
    static Path build(Path root) {
        TestSite site = TestSite.write(root, """
                -- site.yaml --
                baseUrl: https://example.org/
                defaultLanguage: de
                languages:
                  - code: de
                    title: Integration in Wetzlar
                    menu:
                      - title: Kurse
                        page: /kurse/_index.md
                  - code: ar
                    title: الاندماج في فيتسلار
                    locale: ar-u-nu-arab
                    menu:
                      - title: الدورات
                        page: /kurse/_index.md
                pagination:
                  pageSize: 3
                -- content/_index.de.md --
                ---
                title: Willkommen
                ---
                -- content/_index.ar.md --
                ---
                title: أهلا وسهلا
                ---
                -- content/kurse/_index.de.md --
                ---
                title: Kurse
                summary: Deutschkurse in der Stadt.
                ---
                Hier finden Sie Kurse.
                -- content/kurse/_index.ar.md --
                ---
                title: الدورات
                summary: دورات اللغة الألمانية في المدينة.
                ---
                هنا تجد الدورات.
                """);
        try {
            site.file("i18n/ar.yaml", Files.readString(Path.of("i18n/ar.yaml")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 1; i <= 8; i++) {
            site.file(
                    "content/kurse/kurs-" + i + ".de.md",
                    "---\ntitle: Sprachkurs " + i + "\nsummary: Ein Kurs für Eltern.\ntags: [Familie]\n---\n");
            site.file(
                    "content/kurse/kurs-" + i + ".ar.md",
                    "---\ntitle: دورة لغة " + i + "\nsummary: دورة للآباء والأمهات.\ntags: [عائلة]\n---\n");
        }
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
        for (String page : PAGES) {
            assertThat(site.output().resolve(page.substring(1) + "index.html"))
                    .as(page)
                    .isRegularFile();
        }
        return site.output();
    }
}
