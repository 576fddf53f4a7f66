package dev.mosaik.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.site.KeywordIndex;
import dev.mosaik.testing.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An A–Z index too long for one page: an overview of the letters at its address, a page per letter below it,
 * long letters in ranges, every page within {@link KeywordIndex#MAX_LINKS} links.
 */
class KeywordIndexPagesTest {

    /** More titles under S than one page may link, and a tag on every one of them: more links than a page holds. */
    private static final int COURSES = KeywordIndex.MAX_LINKS + 60;
    /** One title under each of a few other letters, Zirkus to be deleted in the preview. */
    private static final List<String> OTHERS =
            List.of("Apfelbaum", "Beratung", "Café am Markt", "Dolmetscher", "Zirkus");

    private static final List<String> ARABIC = List.of("مدرسة", "بيت", "صديق");

    @TempDir
    static Path shared;

    private static TestSite site;

    @TempDir
    Path dir;

    @BeforeAll
    static void buildLargeSite() {
        site = large(shared.resolve("site"));
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    static TestSite large(Path root) {
        TestSite site = TestSite.write(root, """
                -- site.yaml --
                baseUrl: https://example.org/
                defaultLanguage: de
                languages:
                  - code: de
                    title: Testseite
                  - code: ar
                    title: موقع الاختبار
                    locale: ar-u-nu-arab
                -- i18n/ar.yaml --
                search:
                  slug: بحث
                keywords:
                  slug: فهرس
                  count: "{count, plural, zero {لا توجد كلمات مفتاحية} one {كلمة مفتاحية واحدة} two {كلمتان مفتاحيتان} few {# كلمات مفتاحية} many {# كلمة مفتاحية} other {# كلمة مفتاحية}}"
                -- content/_index.de.md --
                ---
                title: Willkommen
                ---
                -- content/_index.ar.md --
                ---
                title: أهلا وسهلا
                ---
                """);
        for (int i = 0; i < COURSES; i++) {
            site.file(
                    "content/kurse/kurs-%04d.de.md".formatted(i),
                    "---\ntitle: Sprachkurs %04d\ntags: [Familie]\n---\n".formatted(i));
        }
        for (int i = 0; i < OTHERS.size(); i++) {
            site.file("content/seite-" + i + ".de.md", "---\ntitle: " + OTHERS.get(i) + "\n---\n");
        }
        for (int i = 0; i < ARABIC.size(); i++) {
            site.file("content/seite-" + i + ".ar.md", "---\ntitle: " + ARABIC.get(i) + "\n---\n");
        }
        return site;
    }

    /** The pages of a tree's split index, from its overview's links, in order (a long letter's ranges in order). */
    private static List<String> parts(TestSite site, String index) {
        Set<String> files = new LinkedHashSet<>();
        for (Element link : site.page(index + "index.html").select(".az-overview a")) {
            files.add(link.attr("href").substring(1) + "index.html");
        }
        return List.copyOf(files);
    }

    @Test
    void aLargeIndexBecomesAnOverviewOfLetterPagesEachWithinTheBound() throws IOException {
        Document overview = site.page("de/a-z/index.html");
        assertThat(overview.select(".az-keywords"))
                .as("the overview lists no keywords")
                .isEmpty();
        assertThat(overview.select(".az-overview-letter").eachText())
                .containsExactly("A", "B", "C", "D", "F", "S", "Z");
        Element s = overview.selectFirst(".az-overview-letter:contains(S)").parent();
        assertThat(s.selectFirst(".az-count").text()).isEqualTo("1.560 Stichwörter");
        assertThat(s.select(".az-ranges a").eachAttr("href")).containsExactly("/de/a-z/s-1/", "/de/a-z/s-2/");
        assertThat(s.select(".az-ranges a").eachText())
                .containsExactly("Sprachkurs 0–Sprachkurs 14", "Sprachkurs 150–Sprachkurs 155");
        assertThat(overview.selectFirst(".az-overview-letter:contains(F)")
                        .parent()
                        .select(".az-ranges a")
                        .eachText())
                .as("a keyword longer than a page")
                .containsExactly("Familie (1/2)", "Familie (2/2)");
        assertThat(overview.selectFirst(".az-overview-letter:contains(A)")
                        .parent()
                        .selectFirst(".az-count")
                        .text())
                .isEqualTo("1 Stichwort");

        List<String> parts = parts(site, "de/a-z/");
        assertThat(parts)
                .contains(
                        "de/a-z/a/index.html",
                        "de/a-z/f-1/index.html",
                        "de/a-z/f-2/index.html",
                        "de/a-z/s-1/index.html",
                        "de/a-z/z/index.html");
        for (String part : parts) {
            assertThat(site.page(part).select(".az-keywords a"))
                    .as(part)
                    .hasSizeLessThanOrEqualTo(KeywordIndex.MAX_LINKS);
            assertThat(Files.size(site.output().resolve(part))).as(part).isLessThan(250_000);
        }
    }

    @Test
    void everyKeywordIsOnExactlyOnePageAndEveryLinkOfAKeywordOnce() {
        Map<String, Integer> pagesOfKeyword = new HashMap<>();
        Map<String, Integer> links = new HashMap<>();
        for (String part : parts(site, "de/a-z/")) {
            for (Element keyword : site.page(part).select(".az-keywords > li")) {
                Element single = keyword.selectFirst("> a");
                String name = single != null
                        ? single.text()
                        : keyword.selectFirst(".az-keyword").text();
                pagesOfKeyword.merge(name, 1, Integer::sum);
                for (Element link : single != null ? List.of(single) : keyword.select("ul a")) {
                    links.merge(name + " → " + link.attr("href"), 1, Integer::sum);
                }
            }
        }
        Set<String> expected = new HashSet<>(OTHERS);
        for (int i = 0; i < COURSES; i++) {
            expected.add("Sprachkurs %04d".formatted(i));
        }
        expected.add("Familie");
        assertThat(pagesOfKeyword.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        pagesOfKeyword.forEach((name, count) -> assertThat(count).as(name).isEqualTo(name.equals("Familie") ? 2 : 1));
        assertThat(links.values()).allMatch(count -> count == 1);
        assertThat(links.keySet().stream().filter(l -> l.startsWith("Familie → ")))
                .hasSize(COURSES);
        assertThat(site.page("de/a-z/f-2/index.html").select(".az-continued").text())
                .isEqualTo("(Fortsetzung)");
    }

    @Test
    void theIndexPagesLinkToEachOtherInOrderAndEveryLinkResolves() {
        List<String> parts = parts(site, "de/a-z/");
        for (int i = 0; i < parts.size(); i++) {
            Document page = site.page(parts.get(i));
            assertThat(page.select("nav.breadcrumbs a").eachAttr("href")).containsExactly("/de/", "/de/a-z/");
            assertThat(page.select("a[rel=prev]").eachAttr("href"))
                    .as(parts.get(i))
                    .isEqualTo(i == 0 ? List.of() : List.of(href(parts.get(i - 1))));
            assertThat(page.select("a[rel=next]").eachAttr("href"))
                    .as(parts.get(i))
                    .isEqualTo(i == parts.size() - 1 ? List.of() : List.of(href(parts.get(i + 1))));
            assertThat(page.select(".az-letters a").eachAttr("href")).contains("/de/a-z/a/", "/de/a-z/s-1/");
            for (String link : page.select("main a[href^=/]").eachAttr("href")) {
                assertThat(site.output().resolve(link.substring(1) + (link.endsWith("/") ? "index.html" : "")))
                        .as(parts.get(i) + " → " + link)
                        .isRegularFile();
            }
        }
        Document s2 = site.page("de/a-z/s-2/index.html");
        assertThat(s2.title()).isEqualTo("Stichwörter: Sprachkurs 150–Sprachkurs 155 – Testseite");
        assertThat(s2.select(".az-letters a[aria-current]").text()).isEqualTo("S");
    }

    @Test
    void anArabicTreesLetterPagesAreRightToLeftAndAddressedByTheirLetters() {
        List<String> parts = parts(site, "ar/فهرس/");
        assertThat(parts).contains("ar/فهرس/م/index.html", "ar/فهرس/s-1/index.html");
        for (String part : parts) {
            Element html = site.page(part).selectFirst("html");
            assertThat(html.attr("lang")).as(part).isEqualTo("ar");
            assertThat(html.attr("dir")).as(part).isEqualTo("rtl");
        }
        Document overview = site.page("ar/فهرس/index.html");
        assertThat(overview.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(overview.selectFirst(".az-overview-letter:contains(S)")
                        .parent()
                        .selectFirst(".az-count")
                        .text())
                .as("Arabic plural and digits")
                .isEqualTo("١٬٥٦٠ كلمة مفتاحية");
        Element german = site.page("ar/فهرس/s-1/index.html").selectFirst(".az-keywords > li");
        assertThat(german.attr("lang")).isEqualTo("de");
        assertThat(german.attr("dir")).isEqualTo("ltr");
    }

    @Test
    void aSmallSiteKeepsASinglePage() throws IOException {
        TestSite small = TestSite.write(dir.resolve("small"), """
                -- site.yaml --
                baseUrl: https://example.org/
                defaultLanguage: de
                languages:
                  - code: de
                    title: Testseite
                -- content/_index.de.md --
                ---
                title: Start
                ---
                -- content/schule.de.md --
                ---
                title: Schule
                tags: [Kinder]
                ---
                """);
        TestSite.Run run = small.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
        Document index = small.page("de/a-z/index.html");
        assertThat(index.select("section.az-letter h2").eachText()).containsExactly("K", "S");
        assertThat(index.select(".az-overview")).isEmpty();
        try (Stream<Path> files = Files.list(small.output().resolve("de/a-z"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("index.html");
        }
    }

    @Test
    void thePreviewRendersOnlyTheLetterPageOfAnEditAndDeletesAVanishedLetter() throws IOException {
        TestSite edited = large(dir.resolve("preview"));
        PreviewBuilds builder = new PreviewBuilds();
        BuildOptions options = BuildOptions.of(edited.root(), edited.output())
                .withToday(LocalDate.of(2026, 11, 29))
                .withPdf(false)
                .inPlace(true);
        assertThat(builder.build(options).hasErrors()).isFalse();

        edited.file("content/kurse/kurs-1510.de.md", "---\ntitle: Sprachkurs 1510 am Abend\ntags: [Familie]\n---\n");
        BuildResult retitled = builder.rebuild(options, Set.of(edited.root().resolve("content/kurse/kurs-1510.de.md")));
        assertThat(retitled.hasErrors()).as("%s", retitled.problems()).isFalse();
        assertThat(retitled.rendered())
                .contains("de/a-z/s-2/index.html", "de/a-z/f-2/index.html")
                .doesNotContain(
                        "de/a-z/index.html", "de/a-z/s-1/index.html", "de/a-z/a/index.html", "de/a-z/f-1/index.html");
        assertThat(edited.page("de/a-z/s-2/index.html").select(".az-keywords a").eachText())
                .contains("Sprachkurs 1510 am Abend");

        Files.delete(edited.root().resolve("content/seite-4.de.md"));
        BuildResult deleted = builder.rebuild(options, Set.of(edited.root().resolve("content/seite-4.de.md")));
        assertThat(deleted.hasErrors()).as("%s", deleted.problems()).isFalse();
        assertThat(deleted.changed()).contains("de/a-z/z/index.html", "de/a-z/index.html");
        assertThat(edited.output().resolve("de/a-z/z/index.html")).doesNotExist();
        assertThat(edited.page("de/a-z/a/index.html").select(".az-letters a").eachText())
                .doesNotContain("Z");

        Path full = dir.resolve("full");
        assertThat(new PreviewBuilds().build(options.withOutput(full)).hasErrors())
                .isFalse();
        assertThat(files(edited.output())).isEqualTo(files(full));
    }

    private static String href(String file) {
        return "/" + file.substring(0, file.length() - "index.html".length());
    }

    private static Map<String, String> files(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> all = new ArrayList<>(walk.filter(Files::isRegularFile).toList());
            for (Path file : all) {
                files.put(
                        root.relativize(file).toString(),
                        Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
