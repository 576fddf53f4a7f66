package dev.mosaik.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.SearchFiles;
import dev.mosaik.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the Wetzlar site shipped in this repository, as the README's first command does. */
class ShippedSiteTest {

    private static final List<String> LANGUAGES =
            List.of("de", "leichte-sprache", "en", "tr", "ar", "fa", "ru", "uk", "pl");
    private static final List<String> FIELDS_OF_ACTION = List.of(
            "8.1.1", "8.1.2", "8.1.3", "8.2.1", "8.2.2", "8.2.3", "8.2.4", "8.2.5", "9.1.1", "9.1.2", "9.1.3", "9.2.1",
            "9.2.2", "9.2.3");

    @TempDir
    static Path output;

    private static TestSite.Run run;

    @BeforeAll
    static void build() {
        run = TestSite.run("build", "--source", ".", "--output", output.toString());
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(output.resolve(path).toFile(), "UTF-8", "https://integration.wetzlar.de/" + path);
    }

    private static List<Path> htmlFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(output)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void buildsWithoutErrorsOrWarnings() {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).as("the shipped site is clean").isEmpty();
    }

    @Test
    void hasAHomePageInEveryLanguageWithLangAndDirection() throws IOException {
        for (String prefix : LANGUAGES) {
            Element html = page(prefix + "/index.html").selectFirst("html");
            String expectedDir = prefix.equals("ar") || prefix.equals("fa") ? "rtl" : "ltr";
            assertThat(html.attr("dir")).as(prefix).isEqualTo(expectedDir);
            assertThat(html.attr("lang")).as(prefix).isEqualTo(prefix.equals("leichte-sprache") ? "de" : prefix);
        }
    }

    @Test
    void everyPageOfALanguageTreeCarriesItsLangAndDirection() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path file : htmlFiles()) {
            String prefix = output.relativize(file).getName(0).toString();
            if (!LANGUAGES.contains(prefix)) {
                continue;
            }
            Element html = Jsoup.parse(file.toFile(), "UTF-8").selectFirst("html");
            if (html.selectFirst("meta[http-equiv=refresh]") != null) {
                continue;
            }
            String lang = prefix.equals("leichte-sprache") ? "de" : prefix;
            String dir = prefix.equals("ar") || prefix.equals("fa") ? "rtl" : "ltr";
            if (!html.attr("lang").equals(lang) || !html.attr("dir").equals(dir)) {
                wrong.add(output.relativize(file) + ": lang=" + html.attr("lang") + " dir=" + html.attr("dir"));
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void hasAPagePerFieldOfActionInEveryLanguage() throws IOException {
        for (String prefix : LANGUAGES) {
            Document overview = page(prefix + "/handlungsfelder/index.html");
            String titles = String.join("\n", overview.select(".cards h3").eachText());
            for (String number : FIELDS_OF_ACTION) {
                assertThat(titles).as(prefix).contains(number);
            }
        }
    }

    @Test
    void translatesHomeFieldsOfActionCoursesAndContactIntoAllNineLanguages() throws IOException {
        for (String prefix : LANGUAGES) {
            for (String path : List.of("", "handlungsfelder/", "deutsch-lernen/", "kontakt/")) {
                Document page = page(prefix + "/" + path + "index.html");
                assertThat(page.select(".notice-fallback"))
                        .as(prefix + "/" + path + " is translated")
                        .isEmpty();
            }
        }
    }

    @Test
    void showsUntranslatedPagesInGermanWithANotice() throws IOException {
        Document page = page("leichte-sprache/handlungsfelder/8-1-1-vernetzung-und-gestaltung/index.html");
        assertThat(page.selectFirst(".notice-fallback").attr("lang")).isEqualTo("de");
        assertThat(page.selectFirst("main article").attr("lang")).isEqualTo("de");
    }

    @Test
    void marksInventedFactsWithTheSampleBadge() throws IOException {
        Document contact = page("de/kontakt/index.html");
        assertThat(contact.select(".badge.sample").text()).isEqualTo("Beispiel");
    }

    @Test
    void theDashboardCountsMatchTheMeasuresInTheSourceFiles() throws IOException {
        Map<String, Integer> expected = new HashMap<>();
        int total = 0;
        try (Stream<Path> files = Files.list(Path.of("content/handlungsfelder"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".de.md")).toList()) {
                // A measure's current status is its latest history entry's, or its own status without a history.
                String[] parts = Files.readString(file).split("(?m)^---\\s*$", 3);
                Map<?, ?> header = (Map<?, ?>)
                        new org.snakeyaml.engine.v2.api.Load(org.snakeyaml.engine.v2.api.LoadSettings.builder()
                                        .build())
                                .loadFromString(parts[1]);
                List<?> measures = header.get("measures") instanceof List<?> list ? list : List.of();
                for (Object item : measures) {
                    Map<?, ?> measure = (Map<?, ?>) item;
                    List<?> history = (List<?>) measure.get("history");
                    Object status = history == null
                            ? measure.get("status")
                            : ((Map<?, ?>) history.get(history.size() - 1)).get("status");
                    expected.merge(String.valueOf(status), 1, Integer::sum);
                    total++;
                }
            }
        }
        assertThat(total).as("the shipped fields of action have measures").isGreaterThan(40);
        Document dashboard = page("de/handlungsfelder/umsetzungsstand/index.html");
        assertThat(dashboard.select("#dashboard-totals").text()).isEqualTo(total + " Maßnahmen");
        for (Element count : dashboard.select("section:has(#dashboard-totals) .status-counts.large li")) {
            String status = count.className().replace("status-", "");
            assertThat(Integer.parseInt(count.selectFirst("strong").text()))
                    .as(status)
                    .isEqualTo(expected.getOrDefault(status, 0));
        }
        assertThat(dashboard.select(".dashboard-table tbody tr")).hasSize(FIELDS_OF_ACTION.size());
    }

    @Test
    void eventsHaveCalendarFilesAndRoleModelsTheirPages() throws IOException {
        String calendar = Files.readString(output.resolve("de/termine.ics"));
        assertThat(calendar)
                .startsWith("BEGIN:VCALENDAR\r\n")
                .endsWith("END:VCALENDAR\r\n")
                .contains("SUMMARY:Integrationsgipfel 2027");
        assertThat(page("de/termine/integrationsgipfel-2027/index.html")
                        .select(".facts time")
                        .attr("datetime"))
                .isEqualTo("2027-03-12T16:00+01:00");
        assertThat(page("de/vorbilder/elif-uebungsleiterin/index.html")
                        .select(".quote")
                        .text())
                .contains("mitspiele");
        assertThat(page("de/handlungsfelder/8-1-3-integrationsgipfel/index.html")
                        .select("#field-events + ul h3")
                        .eachText())
                .contains("Integrationsgipfel 2027");
        assertThat(page("de/projekte/neu-im-leben-fit-in-deutsch/index.html")
                        .select("#project-fields + ul h3")
                        .eachText())
                .containsExactly("8.2.3 Sprache und Bildung");
    }

    @Test
    void theNewsletterArchiveListsEveryIssueAndItsFeedParses() throws Exception {
        long issues;
        try (Stream<Path> files = Files.list(Path.of("content/newsletter"))) {
            issues = files.filter(f -> f.getFileName().toString().matches("(?!_index).*\\.de\\.md"))
                    .count();
        }
        assertThat(issues).isGreaterThanOrEqualTo(4);
        assertThat(page("de/newsletter/index.html").select(".archive-year h3")).hasSize((int) issues);
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document atom = factory.newDocumentBuilder()
                .parse(output.resolve("de/newsletter/atom.xml").toFile());
        assertThat(atom.getDocumentElement()
                        .getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry")
                        .getLength())
                .isEqualTo((int) issues);
        assertThat(Files.readString(output.resolve("ar/newsletter/ausgabe-4/email.html")))
                .contains("dir=\"rtl\"");
    }

    @Test
    void noPageLoadsAnythingFromAnotherHostAndEveryPageHasAContentSecurityPolicy() throws IOException {
        List<String> external = new ArrayList<>();
        List<String> withoutPolicy = new ArrayList<>();
        for (Path file : htmlFiles()) {
            String relative = output.relativize(file).toString();
            Document document = Jsoup.parse(file.toFile(), "UTF-8");
            for (Element element : document.select(
                    "script[src], link[href]:not([rel=alternate]):not([rel=canonical]), img[src], iframe, "
                            + "frame, source[src], video[src], audio[src], object, embed")) {
                String url = element.hasAttr("src") ? element.attr("src") : element.attr("href");
                if (url.matches("(?i)^(https?:)?//.*") || element.tagName().matches("iframe|frame|object|embed")) {
                    external.add(relative + ": " + element.outerHtml());
                }
            }
            boolean page =
                    document.selectFirst("link[rel=stylesheet]") != null && !relative.startsWith("infoblaetter/");
            if (page && document.selectFirst("meta[http-equiv=Content-Security-Policy]") == null) {
                withoutPolicy.add(relative);
            }
        }
        assertThat(external).isEmpty();
        assertThat(withoutPolicy).isEmpty();
        try (Stream<Path> css = Files.walk(output).filter(p -> p.toString().endsWith(".css"))) {
            for (Path file : css.toList()) {
                assertThat(Files.readString(file))
                        .as(file.toString())
                        .doesNotContainPattern("url\\(\\s*[\"']?(https?:)?//");
            }
        }
    }

    @Test
    void publishesTheSitesAssetsAtTheRootSoBrowsersFindTheFavicon() throws IOException {
        byte[] icon = Files.readAllBytes(output.resolve("favicon.ico"));
        assertThat(icon).startsWith(0, 0, 1, 0).isEqualTo(Files.readAllBytes(Path.of("assets/favicon.ico")));
    }

    @Test
    void hreflangLinksAreReciprocalAcrossTheWholeSite() throws IOException {
        Map<String, Set<String>> alternatesByUrl = new HashMap<>();
        for (Path file : htmlFiles()) {
            Document document = Jsoup.parse(file.toFile(), "UTF-8");
            Element canonical = document.selectFirst("link[rel=canonical]");
            if (canonical == null
                    || document.selectFirst("meta[http-equiv=refresh]") != null
                    || document.selectFirst(".notice-fallback") != null) {
                continue; // redirects, and fallback pages, whose canonical address is their original's
            }
            Set<String> alternates = new HashSet<>();
            for (Element link : document.select("link[rel=alternate][hreflang]:not([hreflang=x-default])")) {
                alternates.add(link.attr("href"));
            }
            alternatesByUrl.put(canonical.attr("href"), alternates);
        }
        List<String> broken = new ArrayList<>();
        alternatesByUrl.forEach((url, alternates) -> {
            if (!alternates.isEmpty() && !alternates.contains(url) && !url.equals("https://integration.wetzlar.de/")) {
                broken.add(url + " does not list itself");
            }
            for (String alternate : alternates) {
                Set<String> back = alternatesByUrl.get(alternate);
                if (back == null || !back.equals(alternates)) {
                    broken.add(url + " → " + alternate + " is not reciprocal");
                }
            }
        });
        assertThat(broken).isEmpty();
    }

    @Test
    void everyInternalLinkLeadsToAWrittenFile() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path file : htmlFiles()) {
            Document document = Jsoup.parse(file.toFile(), "UTF-8");
            for (Element link : document.select("a[href^=/], link[href^=/], script[src^=/], img[src^=/]")) {
                String target = link.hasAttr("href") ? link.attr("href") : link.attr("src");
                String path = target.replaceFirst("#.*$", "").substring(1);
                Path resolved = output.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
                if (!Files.exists(resolved)) {
                    broken.add(output.relativize(file) + " → " + target);
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void everyLanguageHasASearchPageWithItsIndexAndAnAToZIndex() throws IOException {
        for (String prefix : LANGUAGES) {
            Document home = page(prefix + "/index.html");
            String search =
                    home.selectFirst("header a.search-link").attr("href").substring(1);
            String keywords =
                    home.selectFirst("footer a.keywords-link").attr("href").substring(1);
            Document searchPage = page(search + "index.html");
            assertThat(searchPage.select("form.search-form input[name=q]"))
                    .as(prefix)
                    .hasSize(1);
            SearchFiles index = SearchFiles.read(output.resolve(search));
            assertThat((long) index.allDocs().size())
                    .as(prefix + " indexes every page of its tree")
                    .isEqualTo(pagesOfTree(prefix))
                    .isEqualTo(index.count());
            Document keywordPage = page(keywords + "index.html");
            assertThat(keywordPage.select(".az-keywords a")).as(prefix).hasSizeGreaterThan(50);
        }
        assertThat(Files.exists(output.resolve("ar/بحث/search.json"))).isTrue();
        assertThat(Files.exists(output.resolve("fa/جستجو/search.json"))).isTrue();
    }

    /** The pages of a language tree: every index.html below its prefix that is a page of the tree's content. */
    private static long pagesOfTree(String prefix) throws IOException {
        try (Stream<Path> walk = Files.walk(output.resolve(prefix))) {
            return walk.filter(p -> p.getFileName().toString().equals("index.html"))
                    .filter(p -> {
                        try {
                            Document document = Jsoup.parse(p.toFile(), "UTF-8");
                            return document.selectFirst("meta[http-equiv=refresh]") == null
                                    && document.selectFirst("body[class~=kind-(home|section|page)]") != null;
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .count();
        }
    }

    @Test
    void everyAToZIndexIsInTheCollationOrderOfItsLanguage() throws IOException {
        for (String prefix : LANGUAGES) {
            Document home = page(prefix + "/index.html");
            Document index =
                    page(home.selectFirst("footer a.keywords-link").attr("href").substring(1) + "index.html");
            com.ibm.icu.text.Collator collator =
                    com.ibm.icu.text.Collator.getInstance(com.ibm.icu.util.ULocale.forLanguageTag(
                            home.selectFirst("html").attr("lang")));
            for (Element letter : index.select("section.az-letter")) {
                // Filed as printed indexes do: without leading quotation marks and brackets, and without a section
                // number before a word ("8.2.3 Sprache und Bildung" under S).
                List<String> keywords =
                        letter.select(".az-keywords > li > a, .az-keywords > li > .az-keyword").eachText().stream()
                                .map(k -> k.replaceFirst("^[^\\p{L}\\p{N}]+", "")
                                        .replaceFirst("^\\p{Nd}+(?:[.\\-]\\p{Nd}+)*[.)]?\\s+(?=\\p{L})", ""))
                                .toList();
                for (int i = 1; i < keywords.size(); i++) {
                    assertThat(collator.compare(keywords.get(i - 1), keywords.get(i)))
                            .as(prefix + ": " + keywords.get(i - 1) + " before " + keywords.get(i))
                            .isLessThanOrEqualTo(0);
                }
            }
            assertThat(index.select(".az-letters a").eachText()).as(prefix).isNotEmpty();
        }
        assertThat(page("tr/a-z/index.html").select(".az-letters a").eachText()).containsSubsequence("I", "İ");
        assertThat(page("ar/فهرس/index.html").select(".az-letters a").eachText())
                .containsSubsequence("ا", "A");
        assertThat(page("ru/указатель/index.html").select(".az-letters a").eachText())
                .containsSubsequence("И", "A");
    }

    @Test
    void theSearchIndexesAreByteIdenticalAcrossTwoBuilds(@TempDir Path again) throws IOException {
        TestSite.Run second = TestSite.run("build", "--source", ".", "--output", again.toString(), "--no-pdf");
        assertThat(second.exitCode()).as(second.err()).isZero();
        for (String prefix : LANGUAGES) {
            Document home = page(prefix + "/index.html");
            String search =
                    home.selectFirst("header a.search-link").attr("href").substring(1);
            List<Path> files = SearchFiles.read(output.resolve(search)).files();
            assertThat(SearchFiles.read(again.resolve(search)).files())
                    .extracting(Path::getFileName)
                    .containsExactlyElementsOf(
                            files.stream().map(Path::getFileName).toList());
            for (Path file : files) {
                assertThat(Files.readAllBytes(again.resolve(search).resolve(file.getFileName())))
                        .as(file.toString())
                        .isEqualTo(Files.readAllBytes(file));
            }
            String keywords =
                    home.selectFirst("footer a.keywords-link").attr("href").substring(1) + "index.html";
            assertThat(Files.readAllBytes(again.resolve(keywords)))
                    .as(keywords)
                    .isEqualTo(Files.readAllBytes(output.resolve(keywords)));
        }
    }

    @Test
    void everyLanguageTranslatesAtLeastNinetyFivePercentOfWhatItSetsOutTo() {
        TestSite.Run translations = TestSite.run("translations", "--source", ".", "--fail-under", "95");
        assertThat(translations.exitCode()).as(translations.err()).isZero();
        assertThat(translations.out()).containsPattern("ls\\s+Leichte Sprache\\s+7/7\\s+100%");
    }

    @Test
    void everyTranslationUsesTheGlossarysRenderings() {
        TestSite.Run check = TestSite.run("check", "--source", ".");
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.err())
                .as("the glossary has its 33 terms and the translations follow it")
                .doesNotContain("glossary");
        assertThat(dev.mosaik.i18n.Glossary.parse(
                                read("i18n/glossary.yaml"),
                                "i18n/glossary.yaml",
                                new dev.mosaik.config.SiteConfigReader()
                                        .read(Path.of("."), new dev.mosaik.diag.Problems())
                                        .orElseThrow(),
                                new dev.mosaik.diag.Problems())
                        .terms())
                .hasSizeGreaterThanOrEqualTo(30);
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
