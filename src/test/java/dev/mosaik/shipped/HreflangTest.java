package dev.mosaik.shipped;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Every page of the shipped site that exists in several languages names all of them as {@code hreflang}
 * alternates, itself included, with {@code x-default} where German has it; every alternate exists. Which pages are the same page in
 * another language is read from the output alone: two pages whose language menus lead to each other (the menu of a
 * page without a counterpart leads elsewhere, to the other tree's index or home).
 */
class HreflangTest {

    private static final String SITE = "https://integration.wetzlar.de";

    private final Map<String, Optional<Document>> documents = new HashMap<>();

    @Test
    void everyPageWithLanguageSiblingsCarriesAFullSetOfAlternatesThatExist() {
        List<String> found = new ArrayList<>();
        int checked = 0;
        for (String file : ShippedSite.htmlFiles()) {
            if (file.endsWith("/email.html") || file.startsWith("/infoblaetter/") || !file.endsWith("index.html")) {
                continue; // e-mail editions and print sheets are no web pages in a language tree; the 404s are tested
                // apart
            }
            String path = file.substring(0, file.length() - "index.html".length());
            Document page = document(path).orElseThrow();
            Map<String, String> alternates = alternates(page);
            for (String target : alternates.values()) {
                if (document(target.substring(SITE.length())).isEmpty()) {
                    found.add(path + ": alternate " + target + " does not exist");
                }
            }
            if (!isOwnCanonical(page, path) || !carriesHreflang(page)) {
                continue;
            }
            Map<String, String> expected = new TreeMap<>();
            expected.put(page.selectFirst("html").attr("lang"), SITE + path);
            for (Element entry : page.select(".language-switcher li")) {
                Element link = entry.selectFirst("a[hreflang]");
                if (link == null
                        || link.hasAttr("aria-current")
                        || entry.selectFirst("small") != null
                        || expected.containsKey(link.attr("hreflang"))
                        || !leadsBack(link.attr("href"), path)) {
                    continue;
                }
                expected.put(link.attr("hreflang"), SITE + link.attr("href"));
            }
            if (expected.size() < 2) {
                continue;
            }
            checked++;
            Map<String, String> actual = new TreeMap<>(alternates);
            String xDefault = actual.remove("x-default");
            if (!actual.equals(expected)) {
                found.add(path + ": alternates " + actual + ", expected " + expected);
            }
            // x-default is the default language's page (the chooser for the home pages); a page German lacks has none.
            String wanted = path.matches("/[^/]+/") ? SITE + "/" : expected.get("de");
            if (!java.util.Objects.equals(xDefault, wanted)) {
                found.add(path + ": x-default " + xDefault + ", expected " + wanted);
            }
        }
        assertThat(found).isEmpty();
        assertThat(checked).as("pages with siblings").isGreaterThan(600);
    }

    @Test
    void xDefaultOfTheHomePagesIsTheLanguageChooser() {
        for (String home : List.of("/de/", "/en/", "/ar/", "/")) {
            assertThat(alternates(document(home).orElseThrow())).as(home).containsEntry("x-default", SITE + "/");
        }
        assertThat(alternates(document("/").orElseThrow()))
                .containsEntry("de", SITE + "/de/")
                .containsEntry("ar", SITE + "/ar/");
    }

    @Test
    void taxonomySearchAndCourseFilterPagesNameTheirTranslations() {
        for (String path : List.of(
                "/de/schlagwoerter/",
                "/ar/" + "أحياء/",
                "/de/suche/",
                "/fa/" + "جستجو/",
                "/de/a-z/",
                "/tr/deutsch-lernen/seviye/a1/",
                "/de/deutsch-lernen/archiv/")) {
            Map<String, String> alternates = alternates(document(path).orElseThrow());
            assertThat(alternates)
                    .as(path)
                    .containsKeys("de", "en", "tr", "ar", "fa", "ru", "uk", "pl", "x-default")
                    .doesNotContainKey("ls");
        }
    }

    private static Map<String, String> alternates(Document page) {
        Map<String, String> alternates = new TreeMap<>();
        for (Element link : page.select("head link[rel=alternate][hreflang]")) {
            if (alternates.put(link.attr("hreflang"), link.attr("href")) != null) {
                alternates.put(link.attr("hreflang"), "twice");
            }
        }
        return alternates;
    }

    private static boolean isOwnCanonical(Document page, String path) {
        Element canonical = page.selectFirst("link[rel=canonical]");
        return canonical != null
                && canonical.attr("href").equals(SITE + path)
                && page.selectFirst("meta[http-equiv=refresh]") == null;
    }

    /** Leichte Sprache shares German's {@code lang}; German carries it. */
    private static boolean carriesHreflang(Document page) {
        String lang = page.selectFirst("html").attr("lang");
        Set<String> before = new HashSet<>();
        for (Element link : page.select(".language-switcher a[hreflang]")) {
            if (link.hasAttr("aria-current")) {
                return !before.contains(lang);
            }
            before.add(link.attr("hreflang"));
        }
        return false;
    }

    /** Whether the page at {@code href} exists, is its own canonical, and its language menu leads to {@code path}. */
    private boolean leadsBack(String href, String path) {
        Optional<Document> other = document(href);
        return other.isPresent()
                && isOwnCanonical(other.get(), href)
                && !other.get()
                        .select(".language-switcher a[href=" + path + "]")
                        .isEmpty();
    }

    private Optional<Document> document(String path) {
        return documents.computeIfAbsent(path, p -> {
            String file = p.endsWith("/") ? p + "index.html" : p;
            return Files.isRegularFile(ShippedSite.output().resolve(file.substring(1)))
                    ? Optional.of(ShippedSite.page(p))
                    : Optional.empty();
        });
    }
}
