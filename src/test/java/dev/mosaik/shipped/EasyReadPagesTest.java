package dev.mosaik.shipped;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Leichte Sprache pages follow the usual rules of easy-to-read layout: marked so that the theme sets larger type
 * with more space between lines (the browser test measures it), one sentence a line, the pictograms beside a
 * course's key facts. Standard German pages are not marked.
 */
class EasyReadPagesTest {

    /** The end of a sentence followed, on the same line, by the start of another. */
    private static final Pattern TWO_SENTENCES = Pattern.compile("[a-zäöüß]{2,}[.!?] +[A-ZÄÖÜ]");

    @Test
    void leichteSprachePagesAreMarkedEasyToReadAndStandardGermanPagesAreNot() {
        assertThat(ShippedSite.page("/leichte-sprache/").body().hasClass("easy-read"))
                .isTrue();
        assertThat(ShippedSite.page("/leichte-sprache/deutsch-lernen/").body().hasClass("easy-read"))
                .isTrue();
        assertThat(ShippedSite.page("/de/").body().hasClass("easy-read")).isFalse();
        assertThat(ShippedSite.page("/ar/").body().hasClass("easy-read")).isFalse();
    }

    @Test
    void everySentenceOfALeichteSprachePageBeginsOnALineOfItsOwn() {
        List<String> pages = ShippedSite.htmlFiles().stream()
                .filter(p -> p.startsWith("/leichte-sprache/"))
                .toList();
        assertThat(pages).hasSizeGreaterThan(10);
        List<String> joined = new ArrayList<>();
        int checked = 0;
        for (String path : pages) {
            Document page = ShippedSite.page(path);
            if (!page.select(".notice-fallback").isEmpty()) {
                continue; // standard German shown until the page is written in Leichte Sprache
            }
            checked++;
            for (Element block : page.select("main .prose p, main .prose li")) {
                for (String line : block.html().split("<br>")) {
                    String text = org.jsoup.Jsoup.parse(line).text();
                    if (TWO_SENTENCES.matcher(text).find()) {
                        joined.add(path + ": " + text);
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(10);
        assertThat(joined).isEmpty();
    }

    @Test
    void aLeichteSpracheCoursePageShowsPictogramsBesideItsKeyFacts() {
        Document course = ShippedSite.page("/leichte-sprache/deutsch-lernen/integrationskurs-abend/");
        assertThat(course.select(".course-facts dt img.pictogram"))
                .hasSizeGreaterThanOrEqualTo(6)
                .allSatisfy(img -> assertThat(img.attr("alt"))
                        .as("the label beside it says what it shows")
                        .isEmpty());
        assertThat(ShippedSite.page("/de/deutsch-lernen/integrationskurs-abend/")
                        .select(".course-facts img.pictogram"))
                .isEmpty();
    }
}
