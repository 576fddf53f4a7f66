package dev.mosaik.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each page is parsed by a parser with only the extensions its text uses and walked once before it is rendered:
 * pages with and without tables, footnotes or written-out links come out right side by side, and the problems of
 * their links and images are all reported, each at its line, in one build.
 */
class MarkdownPassTest {

    @TempDir
    Path dir;

    private static final String PAGES = TestSite.SITE_YAML + """
            -- content/_index.de.md --
            ---
            title: Start
            ---
            Nur Text, ohne Tabelle.
            -- content/projekte/_index.de.md --
            ---
            title: Projekte
            ---
            Liste.
            -- content/zeiten.de.md --
            ---
            title: Zeiten
            ---
            | Tag | Zeit |
            |---|---|
            | Montag | 9–12 Uhr |

            Siehe [Start](/_index.md) und den Hinweis[^1].

            [^1]: Schreiben Sie an info@example.org.
            -- content/kontakt.ar.md --
            ---
            title: اتصال
            ---
            اتصلوا بنا: info@example.org، أو [البداية](/_index.md).
            """;

    @Test
    void rendersPagesWithAndWithoutTablesFootnotesAndAutolinksSideBySide() {
        TestSite site = TestSite.write(dir, PAGES);
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).as(run.err()).isZero();

        Document times = site.page("de/zeiten/index.html");
        assertThat(times.select(".prose table th").eachText()).containsExactly("Tag", "Zeit");
        assertThat(times.select(".prose a[href=/de/]").eachText()).containsExactly("Start");
        assertThat(times.select(".prose .footnotes a[href=mailto:info@example.org]"))
                .hasSize(1);
        Document start = site.page("de/index.html");
        assertThat(start.select(".prose table")).isEmpty();
        assertThat(start.select(".prose p").text()).isEqualTo("Nur Text, ohne Tabelle.");
        Document contact = site.page("ar/kontakt/index.html");
        assertThat(contact.select(".prose bdi > a[href=mailto:info@example.org]"))
                .hasSize(1);
        assertThat(contact.select(".prose a[href=/ar/]")).hasSize(1);
    }

    @Test
    void reportsTheBrokenLinksAndImagesOfEveryPageAtTheirLinesInOneBuild() {
        TestSite site = TestSite.write(dir, PAGES + """
                -- content/fehler.de.md --
                ---
                title: Fehler
                ---
                | A | B |
                |---|---|
                | [weg](/gibt-es-nicht.md) | x |

                Ohne Tabelle: ![Bild](fehlt.png)
                -- content/fehler.ar.md --
                ---
                title: خطأ
                ---
                نص.

                [مفقود](/nirgends.md) info@example.org،
                """);
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.errLines())
                .anyMatch(line -> line.startsWith("content/fehler.de.md:6:") && line.contains("gibt-es-nicht"))
                .anyMatch(line -> line.startsWith("content/fehler.de.md:8:") && line.contains("fehlt.png"))
                .anyMatch(line -> line.startsWith("content/fehler.ar.md:6:") && line.contains("nirgends"));
        assertThat(run.err()).doesNotContain("Exception");
    }
}
