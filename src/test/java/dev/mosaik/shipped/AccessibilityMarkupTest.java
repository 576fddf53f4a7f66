package dev.mosaik.shipped;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;

/**
 * What axe-core cannot judge, checked in the markup and stylesheet of the whole shipped site: passages in
 * another language carry their {@code lang}, the skip link leads somewhere, the language switcher is
 * announced properly, tables have headers, motion stops when the reader asks for less, focus stays visible,
 * one {@code h1} per page.
 */
class AccessibilityMarkupTest {

    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa");
    /** Two or more words of Latin letters in a row, e.g. German text on an Arabic page. */
    private static final Pattern LATIN_WORDS = Pattern.compile("\\p{IsLatin}{2,}[\\s,.–-]+\\p{IsLatin}{2,}");

    private static final Pattern ARABIC_SCRIPT = Pattern.compile("\\p{IsArabic}{2,}");
    private static final Pattern CYRILLIC_WORDS = Pattern.compile("\\p{IsCyrillic}{2,}");
    /** Words that only German text has, to find German passages on English, Turkish or Polish pages. */
    private static final Pattern GERMAN_WORDS = Pattern.compile(
            "(?iu)\\b(und|der|die|das|nicht|für|mit|ist|wird|sie)\\b.*\\b(und|der|die|das|nicht|für|mit|ist|wird|sie)\\b");

    private static List<String> pages() {
        return ShippedSite.htmlFiles().stream()
                .filter(p -> !p.endsWith("/email.html"))
                .toList();
    }

    @Test
    void everyPassageInAnotherLanguageCarriesItsLang() {
        List<String> unmarked = new ArrayList<>();
        for (String path : pages()) {
            Document document = ShippedSite.page(path);
            if (document.selectFirst("meta[http-equiv=refresh]") != null) {
                continue;
            }
            NodeTraversor.traverse(
                    (NodeVisitor) (node, depth) -> {
                        if (!(node instanceof TextNode text) || text.isBlank() || text.parent() == null) {
                            return;
                        }
                        Element parent = (Element) text.parent();
                        if (parent.closest("script, style, head, code, [translate=no]") != null) {
                            return;
                        }
                        Element marked = parent.closest("[lang]");
                        String lang = marked == null ? "" : marked.attr("lang");
                        String value = text.getWholeText().strip();
                        String mismatch = mismatch(lang, value);
                        if (mismatch != null) {
                            unmarked.add(path + ": \"" + abbreviate(value) + "\" in " + parent.cssSelector() + " is "
                                    + mismatch + " inside lang=\"" + lang + "\"");
                        }
                    },
                    document.body());
        }
        assertThat(unmarked).isEmpty();
    }

    @Test
    void everyPageWithNavigationHasASkipLinkToItsMainContentAndOneH1() {
        List<String> wrong = new ArrayList<>();
        for (String path : pages()) {
            Document document = ShippedSite.page(path);
            if (document.selectFirst("meta[http-equiv=refresh]") != null) {
                continue;
            }
            if (document.select("h1").size() != 1) {
                wrong.add(path + ": " + document.select("h1").size() + " h1");
            }
            if (document.selectFirst("nav") != null) {
                Element skip = document.body().child(0);
                if (!skip.is("a.skip-link[href^=#]")
                        || document.getElementById(skip.attr("href").substring(1)) == null
                        || !document.getElementById(skip.attr("href").substring(1))
                                .is("main")) {
                    wrong.add(path + ": the first element is no skip link to <main>");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theLanguageSwitcherIsAnnouncedWithItsNameAndEveryLanguageInItsOwnLang() {
        List<String> wrong = new ArrayList<>();
        for (String path : pages()) {
            Element switcher = ShippedSite.page(path).selectFirst("nav.language-switcher");
            if (switcher == null) {
                continue;
            }
            if (switcher.attr("aria-label").isBlank() || switcher.selectFirst("summary") == null) {
                wrong.add(path + ": switcher without a name");
            }
            for (Element link : switcher.select("li a")) {
                if (link.attr("lang").isBlank()
                        || link.attr("hreflang").isBlank()
                        || link.text().isBlank()) {
                    wrong.add(path + ": " + link.outerHtml());
                }
            }
            if (switcher.select("a[aria-current]").size() != 1) {
                wrong.add(path + ": the current language is not marked");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void dataTablesHaveHeaderCells() {
        List<String> wrong = new ArrayList<>();
        for (String path : pages()) {
            for (Element table : ShippedSite.page(path).select("main table:not([role=presentation])")) {
                if (path.startsWith("/infoblaetter/")) {
                    continue; // the print sheets lay out two language columns with tables, as openhtmltopdf needs
                }
                if (table.select("th").isEmpty()) {
                    wrong.add(
                            path + ": " + table.outerHtml().lines().findFirst().orElse(""));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theStylesheetShowsFocusAndStopsMotionWhenTheReaderAsksForLess() throws IOException {
        String css = Files.readString(ShippedSite.output().resolve("mosaik/site.css"));
        assertThat(css).contains(":focus-visible {").containsPattern("outline: [0-9]+px solid");
        Matcher reduced = Pattern.compile("@media \\(prefers-reduced-motion: reduce\\) \\{([^@]*)}")
                .matcher(css);
        assertThat(reduced.find()).as("a prefers-reduced-motion block").isTrue();
        assertThat(reduced.group(1))
                .contains("animation: none")
                .contains("transition: none")
                .contains("scroll-behavior: auto");
    }

    @Test
    void theBitvPagesExistAndEveryLanguageLinksThemInItsFooter() {
        for (String prefix : List.of("de", "leichte-sprache", "en", "tr", "ar", "fa", "ru", "uk", "pl")) {
            Document home = ShippedSite.page("/" + prefix + "/");
            List<String> footer = home.select(".site-footer nav a").eachAttr("href");
            assertThat(footer)
                    .as(prefix)
                    .contains(
                            "/" + prefix + "/barrierefreiheit/",
                            "/" + prefix + "/leichte-sprache/",
                            "/" + prefix + "/gebaerdensprache/");
        }
        Document statement = ShippedSite.page("/de/barrierefreiheit/");
        assertThat(statement.select("main").text())
                .contains("Barrieren melden")
                .contains("integration@wetzlar.example");
        Document signLanguage = ShippedSite.page("/de/gebaerdensprache/");
        assertThat(signLanguage.select(".badge.sample"))
                .as("the video placeholder is marked as a sample")
                .isNotEmpty();
        assertThat(signLanguage.selectFirst("main img").attr("alt")).contains("Platzhalter");
        assertThat(ShippedSite.page("/leichte-sprache/leichte-sprache/").select(".notice-fallback"))
                .isEmpty();
    }

    /** What speaks against {@code text} being in {@code lang}, or null. */
    private static String mismatch(String lang, String text) {
        if (RIGHT_TO_LEFT.contains(lang)) {
            return LATIN_WORDS.matcher(text).find() && !looksLikeAName(text) ? "Latin-script text" : null;
        }
        if (ARABIC_SCRIPT.matcher(text).find()) {
            return "Arabic-script text";
        }
        if (!lang.equals("ru")
                && !lang.equals("uk")
                && CYRILLIC_WORDS.matcher(text).find()) {
            return "Cyrillic text";
        }
        if ((lang.equals("ru") || lang.equals("uk"))
                && LATIN_WORDS.matcher(text).find()
                && !looksLikeAName(text)) {
            return "Latin-script text";
        }
        if (!lang.equals("de")
                && !lang.equals("mul")
                && GERMAN_WORDS.matcher(text).find()) {
            return "German text";
        }
        return null;
    }

    /**
     * Proper names, e-mail and web addresses, file formats and numbers need no language of their own: a Latin
     * run of at most two capitalised words ("Neues Rathaus", "Atom", "Wetzlar") or codes such as "A1", "CSV".
     */
    private static boolean looksLikeAName(String text) {
        // E-mail and web addresses are not words of a language.
        String withoutAddresses = text.replaceAll("\\S+@\\S+|\\b(?:https?://|www\\.)\\S+", "");
        Matcher words = Pattern.compile("\\p{IsLatin}[\\p{IsLatin}'’.-]*").matcher(withoutAddresses);
        int count = 0;
        while (words.find()) {
            String word = words.group();
            if (Character.isLowerCase(word.codePointAt(0))) {
                return false;
            }
            count++;
        }
        return count <= 2;
    }

    private static String abbreviate(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() > 80 ? line.substring(0, 77) + "…" : line;
    }
}
