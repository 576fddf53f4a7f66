package dev.mosaik.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildEndToEndTest {

    @TempDir
    Path dir;

    private static final String CONTENT = TestSite.SITE_YAML + """
            -- content/_index.de.md --
            ---
            title: Willkommen
            summary: Die Startseite.
            ---
            Er sagte "Hallo". Mehr unter [Projekte](/projekte/_index.md) und [Fest](projekte/kulturfest.md#programm).
            -- content/_index.en.md --
            ---
            title: Welcome
            summary: The home page.
            ---
            He said "hello".
            -- content/_index.ar.md --
            ---
            title: أهلا وسهلا
            ---
            مرحبا
            -- content/projekte/_index.de.md --
            ---
            title: Projekte
            summary: Unsere Projekte.
            ---
            Alle Projekte.
            -- content/projekte/_index.en.md --
            ---
            title: Projects
            slug: projects
            ---
            All projects.
            -- content/projekte/kulturfest.de.md --
            ---
            title: Kulturfest
            summary: Das internationale Fest.
            date: 2024-05-01
            updated: 2024-06-12
            weight: 2
            sample: true
            tags: [Kultur, Altstadt]
            aliases: [/fest/]
            ---
            ## Programm

            | Zeit | Was |
            |------|-----|
            | 14 Uhr | Musik |

            Mit Fußnote.[^1]

            [^1]: Eine Anmerkung.
            -- content/projekte/schule-verstehen.de.md --
            ---
            title: Schule verstehen
            weight: 1
            ---
            Text.
            -- content/projekte/entwurf.de.md --
            ---
            title: Noch geheim
            draft: true
            ---
            Entwurf.
            """;

    @Test
    void writesEveryLanguageTreeWithLangAndDir() {
        TestSite site = TestSite.write(dir, CONTENT);
        TestSite.Run run = site.build();

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(site.page("de/index.html").selectFirst("html").attr("lang")).isEqualTo("de");
        Element arabic = site.page("ar/index.html").selectFirst("html");
        assertThat(arabic.attr("lang")).isEqualTo("ar");
        assertThat(arabic.attr("dir")).isEqualTo("rtl");
        assertThat(site.page("en/index.html").select("h1").text()).isEqualTo("Welcome");
        assertThat(run.out()).contains("Built");
    }

    @Test
    void pagesHaveTitleDescriptionCanonicalAndTranslatedSlugs() {
        TestSite site = TestSite.write(dir, CONTENT);
        site.build();

        Document page = site.page("de/projekte/kulturfest/index.html");
        assertThat(page.title()).isEqualTo("Kulturfest – Testseite");
        assertThat(page.selectFirst("meta[name=description]").attr("content")).isEqualTo("Das internationale Fest.");
        assertThat(page.selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("https://example.org/de/projekte/kulturfest/");
        assertThat(Files.exists(site.output().resolve("en/projects/index.html")))
                .isTrue();
        assertThat(Files.exists(site.output().resolve("en/projects/kulturfest/index.html")))
                .as("children follow the translated section slug")
                .isTrue();
    }

    @Test
    void fallsBackToGermanWithNoticeWhenTranslationMissing() {
        TestSite site = TestSite.write(dir, CONTENT);
        site.build();

        Document page = site.page("en/projects/kulturfest/index.html");
        Element article = page.selectFirst("main article");
        assertThat(article.attr("lang"))
                .as("the German text is marked German for screen readers")
                .isEqualTo("de");
        Element notice = page.selectFirst(".notice-fallback");
        assertThat(notice.attr("lang")).isEqualTo("en");
        assertThat(notice.text()).contains("not been translated").contains("German");
        assertThat(page.select("link[rel=alternate][hreflang=en]"))
                .as("a fallback must not claim to be English")
                .isEmpty();
    }

    @Test
    void languageSwitcherLinksToTheSamePageInEachLanguage() {
        TestSite site = TestSite.write(dir, CONTENT);
        site.build();

        Document page = site.page("de/projekte/index.html");
        assertThat(page.select(".language-switcher a").eachAttr("href"))
                .containsExactly("/de/projekte/", "/en/projects/", "/ar/projekte/");
        assertThat(page.selectFirst(".language-switcher a[hreflang=ar]").attr("dir"))
                .isEqualTo("rtl");
        assertThat(page.selectFirst(".language-switcher a[aria-current]").attr("hreflang"))
                .isEqualTo("de");
        assertThat(page.select("link[rel=alternate]").eachAttr("hreflang")).containsExactly("de", "en", "x-default");
    }

    @Test
    void switcherLinksToTheLanguageHomeWhenALanguageHasNoFallback() {
        TestSite site =
                TestSite.write(dir, CONTENT.replace("locale: ar-u-nu-arab", "locale: ar-u-nu-arab\n    fallback: []"));
        TestSite.Run run = site.build();

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.exists(site.output().resolve("ar/projekte/kulturfest/index.html")))
                .isFalse();
        Element arabic =
                site.page("de/projekte/kulturfest/index.html").selectFirst(".language-switcher a[hreflang=ar]");
        assertThat(arabic.attr("href")).isEqualTo("/ar/");
        assertThat(arabic.hasClass("unavailable")).isTrue();
        assertThat(arabic.parent().text()).contains("zur Startseite");
    }

    @Test
    void rendersMarkdownWithGermanQuotesTablesFootnotesAndHeadingIds() {
        TestSite site = TestSite.write(dir, CONTENT);
        site.build();

        assertThat(site.page("de/index.html").select(".prose p").first().text()).contains("„Hallo“");
        assertThat(site.page("en/index.html").select(".prose p").first().text()).contains("“hello”");
        Document fest = site.page("de/projekte/kulturfest/index.html");
        assertThat(fest.select(".prose h2#programm")).hasSize(1);
        assertThat(fest.select(".prose table thead th").eachText()).containsExactly("Zeit", "Was");
        assertThat(fest.select(".prose .footnotes li")).hasSize(1);
    }

    @Test
    void resolvesLinksToSourceFilesIntoTheReadersLanguageTree() {
        TestSite site = TestSite.write(dir, CONTENT);
        site.build();

        assertThat(site.page("de/index.html").select(".prose a").eachAttr("href"))
                .containsExactly("/de/projekte/", "/de/projekte/kulturfest/#programm");
    }

    @Test
    void listsSectionPagesByWeightAndMarksSamples() {
        TestSite site = TestSite.write(dir, CONTENT);
        site.build();

        Document section = site.page("de/projekte/index.html");
        assertThat(section.select(".cards h3").eachText()).containsExactly("Schule verstehen", "Kulturfest");
        assertThat(section.select(".cards .badge.sample").eachText()).containsExactly("Beispiel");
        assertThat(site.page("de/projekte/kulturfest/index.html")
                        .select(".page-header .badge.sample")
                        .text())
                .isEqualTo("Beispiel");
        assertThat(section.select(".breadcrumbs a").eachText())
                .as("the home page is \"Start\" in a trail")
                .containsExactly("Start");
    }

    @Test
    void skipsDraftsUnlessAskedFor() {
        TestSite site = TestSite.write(dir, CONTENT);
        site.build();
        assertThat(Files.exists(site.output().resolve("de/projekte/entwurf/index.html")))
                .isFalse();

        site.build("--drafts");
        assertThat(Files.exists(site.output().resolve("de/projekte/entwurf/index.html")))
                .isTrue();
    }

    @Test
    void writesRedirectsForAliasesAndALanguageChooserAtTheRoot() {
        TestSite site = TestSite.write(dir, CONTENT);
        site.build();

        Document redirect = site.page("fest/index.html");
        assertThat(redirect.selectFirst("meta[http-equiv=refresh]").attr("content"))
                .isEqualTo("0; url=/de/projekte/kulturfest/");
        Document root = site.page("index.html");
        assertThat(root.select(".choices a").eachAttr("href")).containsExactly("/de/", "/en/", "/ar/");
        assertThat(root.select(".choices li[lang=ar]").attr("dir")).isEqualTo("rtl");
        assertThat(root.select(".choices .choice-name").eachText()).containsExactly("Deutsch", "English", "العربية");
        assertThat(root.select(".choices a").eachAttr("data-code")).containsExactly("de", "en", "ar");
        assertThat(root.select("script").eachAttr("src"))
                .as("remembering the choice is an extra, the list works without it")
                .containsExactly("/mosaik/chooser.js");
    }

    @Test
    void formatsDatesWithTheLanguagesDigitsAndGregorianCalendar() {
        TestSite site = TestSite.write(dir, CONTENT);
        site.build();

        assertThat(site.page("de/projekte/kulturfest/index.html")
                        .selectFirst("time")
                        .text())
                .isEqualTo("12. Juni 2024");
        assertThat(site.page("ar/projekte/kulturfest/index.html")
                        .selectFirst("time")
                        .text())
                .isEqualTo("١٢ يونيو ٢٠٢٤");
        assertThat(site.page("ar/projekte/kulturfest/index.html")
                        .selectFirst("time")
                        .attr("datetime"))
                .isEqualTo("2024-06-12");
    }

    @Test
    void copiesAssetsAndImagesNextToPages() {
        TestSite site = TestSite.write(dir, CONTENT);
        site.file("assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        site.file("content/projekte/fest.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        site.file(
                "content/projekte/schule-verstehen.de.md",
                "---\ntitle: Schule verstehen\n---\n![Eltern im Gespräch](fest.svg)\n\n![Logo](/logo.svg)\n");
        TestSite.Run run = site.build();

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(site.page("de/projekte/schule-verstehen/index.html")
                        .select(".prose img")
                        .eachAttr("src"))
                .containsExactly("/projekte/fest.svg", "/logo.svg");
        assertThat(Files.exists(site.output().resolve("projekte/fest.svg"))).isTrue();
        assertThat(Files.exists(site.output().resolve("logo.svg"))).isTrue();
    }

    @Test
    void aSiteTemplateOverridesTheDefaultTheme() {
        TestSite site = TestSite.write(dir, CONTENT);
        site.file(
                "theme/page.html",
                "<!DOCTYPE html><html th:lang=\"${page.lang}\"><body><h1 class=\"custom\" th:text=\"${page.body.title}\">x</h1></body></html>");
        site.build();

        assertThat(site.page("de/projekte/kulturfest/index.html")
                        .select("h1.custom")
                        .text())
                .isEqualTo("Kulturfest");
    }

    @Test
    void readsJBakeHeadersSoExistingJBakeContentBuildsUnchanged() {
        TestSite site = TestSite.write(dir, CONTENT);
        site.file("content/blog/first-post.md", """
                title=Weekly Links #1
                date=2013-02-01
                type=post
                tags=weekly links, java
                status=published
                ~~~~~~

                JBake content.
                """);
        site.file("content/blog/unfinished.md", "title=Later\nstatus=draft\n~~~~~~\n\nNot yet.\n");
        TestSite.Run run = site.build();

        assertThat(run.exitCode()).as(run.err()).isZero();
        Document post = site.page("de/blog/first-post/index.html");
        assertThat(post.select("h1").text()).isEqualTo("Weekly Links #1");
        assertThat(post.select(".tags li").eachText()).containsExactly("weekly links", "java");
        assertThat(Files.exists(site.output().resolve("de/blog/unfinished/index.html")))
                .isFalse();
    }

    @Test
    void writesASitemapWithAlternatesAndLeavesOutFallbackPages() {
        TestSite site = TestSite.write(dir, CONTENT);
        site.build();

        org.jsoup.nodes.Document sitemap =
                org.jsoup.Jsoup.parse(site.text("sitemap.xml"), "", org.jsoup.parser.Parser.xmlParser());
        assertThat(sitemap.select("url > loc").eachText())
                .contains("https://example.org/de/projekte/", "https://example.org/en/projects/")
                .doesNotContain("https://example.org/en/projects/kulturfest/");
        org.jsoup.nodes.Element section = sitemap.select("url").stream()
                .filter(u -> u.selectFirst("loc").text().equals("https://example.org/en/projects/"))
                .findFirst()
                .orElseThrow();
        assertThat(section.select("xhtml|link").eachAttr("hreflang")).containsExactly("de", "en");
        assertThat(site.text("robots.txt")).contains("Sitemap: https://example.org/sitemap.xml");
        assertThat(site.page("en/projects/kulturfest/index.html")
                        .selectFirst("link[rel=canonical]")
                        .attr("href"))
                .as("an untranslated page names the original as canonical")
                .isEqualTo("https://example.org/de/projekte/kulturfest/");
    }

    @Test
    void marksATranslationOutdatedWhenItsOriginalChangedSinceItWasTranslated() {
        TestSite site = TestSite.write(dir, CONTENT);
        site.file(
                "content/projekte/_index.en.md",
                "---\ntitle: Projects\nslug: projects\nsourceHash: 000000000000\n---\nAll projects.\n");
        TestSite.Run run = site.build();

        assertThat(run.exitCode()).isZero();
        assertThat(run.err())
                .contains(
                        "content/projekte/_index.en.md:1: warning: may be outdated: content/projekte/_index.de.md has changed");
        assertThat(site.page("en/projects/index.html")
                        .select(".notice-outdated")
                        .text())
                .contains("may be outdated");
        assertThat(site.page("de/projekte/index.html").select(".notice-outdated"))
                .isEmpty();

        String current = run.err().replaceAll("(?s).*sourceHash: ([0-9a-f]{12}).*", "$1");
        site.file(
                "content/projekte/_index.en.md",
                "---\ntitle: Projects\nslug: projects\nsourceHash: " + current + "\n---\nAll projects.\n");
        TestSite.Run again = site.build();
        assertThat(again.err()).doesNotContain("outdated");
        assertThat(site.page("en/projects/index.html").select(".notice-outdated"))
                .isEmpty();
    }

    @Test
    void marksMachineTranslations() {
        TestSite site = TestSite.write(dir, CONTENT);
        site.file(
                "content/projekte/_index.en.md",
                "---\ntitle: Projects\nslug: projects\ntranslation: machine\n---\nAll projects.\n");
        site.build();
        assertThat(site.page("en/projects/index.html").select(".notice-machine").attr("lang"))
                .isEqualTo("en");
        assertThat(site.page("de/projekte/index.html").select(".notice-machine"))
                .isEmpty();
    }

    @Test
    void removesScriptsFromRawHtmlUnlessTheSiteAllowsIt() {
        TestSite site = TestSite.write(dir, CONTENT);
        site.file("content/projekte/schule-verstehen.de.md", """
                ---
                title: Schule verstehen
                ---
                Text mit <b onclick="alert(1)">fett</b>.

                <script>alert("x")</script>

                [Klick](javascript:alert(1)) und <a href="javascript:alert(2)">hier</a>.
                """.replace("[Klick](javascript:alert(1)) und ", ""));
        TestSite.Run run = site.build();

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err())
                .contains(
                        "content/projekte/schule-verstehen.de.md:4: warning: HTML that could run scripts was removed");
        Document page = site.page("de/projekte/schule-verstehen/index.html");
        assertThat(page.select(".prose script, .prose [onclick]")).isEmpty();
        assertThat(page.select(".prose a").eachAttr("href"))
                .allSatisfy(href -> assertThat(href).doesNotStartWith("javascript"));
        assertThat(page.select(".prose b").text()).isEqualTo("fett");

        site.file("site.yaml", TestSite.SITE_YAML.replace("-- site.yaml --\n", "") + "markdown:\n  rawHtml: true\n");
        site.build();
        assertThat(site.page("de/projekte/schule-verstehen/index.html").select(".prose [onclick]"))
                .hasSize(1);
    }

    @Test
    void ordinaryMarkdownPassesTheSafelistUntouched() {
        TestSite site = TestSite.write(dir, CONTENT);
        TestSite.Run run = site.build();
        assertThat(run.err()).doesNotContain("was removed");
        assertThat(site.page("de/projekte/kulturfest/index.html")
                        .select(".prose .footnotes a")
                        .eachAttr("href"))
                .containsExactly("#fnref-1");
    }

    @Test
    void leichteSpracheHasItsOwnTreeSpeaksGermanAndStaysOutOfHreflang() {
        TestSite site = TestSite.write(dir, CONTENT.replace("  - code: en\n", """
                  - code: ls
                    name: Leichte Sprache
                    locale: de
                    urlPrefix: leichte-sprache
                    title: Leicht
                  - code: en
                """));
        site.file("content/_index.ls.md", "---\ntitle: Willkommen\n---\nDas ist die Start-Seite.\n");
        TestSite.Run run = site.build();

        assertThat(run.exitCode()).as(run.err()).isZero();
        Document easy = site.page("leichte-sprache/index.html");
        assertThat(easy.selectFirst("html").attr("lang")).isEqualTo("de");
        assertThat(easy.select("link[rel=alternate][hreflang]")).isEmpty();
        assertThat(site.page("de/index.html")
                        .select("link[rel=alternate][hreflang]")
                        .eachAttr("hreflang"))
                .containsExactly("de", "en", "ar", "x-default");
        assertThat(site.page("de/index.html").select(".language-switcher a").eachAttr("href"))
                .contains("/leichte-sprache/");
    }

    @Test
    void pagesDatedInTheFutureOrExpiredAreNotPublished() {
        TestSite site = TestSite.write(dir, CONTENT);
        site.file("content/projekte/bald.de.md", "---\ntitle: Bald\ndate: 2027-01-01\n---\nKommt noch.\n");
        site.file("content/projekte/vorbei.de.md", "---\ntitle: Vorbei\nexpires: 2026-06-30\n---\nAbgelaufen.\n");
        site.build("--build-date", "2026-07-01");
        assertThat(Files.exists(site.output().resolve("de/projekte/bald/index.html")))
                .isFalse();
        assertThat(Files.exists(site.output().resolve("de/projekte/vorbei/index.html")))
                .isFalse();

        site.build("--build-date", "2027-01-01");
        assertThat(Files.exists(site.output().resolve("de/projekte/bald/index.html")))
                .as("published on its day")
                .isTrue();

        site.file("site.yaml", TestSite.SITE_YAML.replace("-- site.yaml --\n", "") + "publish:\n  expired: true\n");
        site.build("--build-date", "2026-07-01");
        assertThat(Files.exists(site.output().resolve("de/projekte/vorbei/index.html")))
                .isTrue();
    }

    @Test
    void sameInputGivesByteIdenticalOutput() throws Exception {
        TestSite site = TestSite.write(dir, CONTENT);
        site.build();
        String first = site.text("de/projekte/kulturfest/index.html")
                + site.text("index.html")
                + site.text("ar/index.html")
                + site.text("sitemap.xml");
        site.build();
        String second = site.text("de/projekte/kulturfest/index.html")
                + site.text("index.html")
                + site.text("ar/index.html")
                + site.text("sitemap.xml");
        assertThat(second).isEqualTo(first);
    }
}
