package dev.mosaik.shipped;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.AtomCheck;
import dev.mosaik.testing.IcsCheck;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The shipped site's calendars and feeds: every {@code .ics} as strict as RFC 5545 requires and accepted by
 * ical4j, every Atom feed with RFC 4287's required elements, the finder's calendars holding exactly what it
 * shows, and the subscribe links labelled in each of the nine languages.
 */
class ShippedFeedsTest {

    private static final List<String> PREFIXES =
            List.of("/de/", "/leichte-sprache/", "/en/", "/tr/", "/ar/", "/fa/", "/ru/", "/uk/", "/pl/");
    /** How each language says "courses" in the calendar's label (its {@code feeds.courses} message). */
    private static final Map<String, String> COURSES = Map.of(
            "/de/",
            "Kurse",
            "/leichte-sprache/",
            "Kurse",
            "/en/",
            "courses",
            "/tr/",
            "kurs",
            "/ar/",
            "دورات",
            "/fa/",
            "دوره",
            "/ru/",
            "Курсы",
            "/uk/",
            "Курси",
            "/pl/",
            "Kursy");

    private static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(ShippedSite.output())) {
            return walk.filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void everyCalendarIsRfc5545AndEveryAtomFeedRfc4287() throws IOException {
        List<Path> calendars = files(".ics");
        List<Path> feeds = files("atom.xml");
        assertThat(calendars).hasSizeGreaterThan(9 * 20);
        assertThat(feeds).hasSizeGreaterThan(9 * 10);
        List<String> problems = new ArrayList<>();
        for (Path file : calendars) {
            problems.addAll(
                    IcsCheck.problems(ShippedSite.output().relativize(file).toString(), Files.readAllBytes(file)));
        }
        for (Path file : feeds) {
            problems.addAll(
                    AtomCheck.problems(ShippedSite.output().relativize(file).toString(), Files.readAllBytes(file)));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theFindersCalendarsHoldExactlyTheCoursesItShowsInEveryLanguage() throws IOException {
        for (String prefix : PREFIXES) {
            String finder = ShippedSite.counterpart("/de/deutsch-lernen/", prefix);
            Document section = ShippedSite.page(finder);
            List<Element> feeds = section.select(".finder-feeds li");
            assertThat(feeds).as(prefix).hasSizeGreaterThan(20);
            for (Element feed : feeds) {
                String file = URLDecoder.decode(
                        feed.attr("data-href").substring("https://integration.wetzlar.de/".length()),
                        StandardCharsets.UTF_8);
                byte[] calendar = Files.readAllBytes(ShippedSite.output().resolve(file));
                Set<String> listed = IcsCheck.events(calendar).stream()
                        .map(e -> e.value("URL"))
                        .collect(Collectors.toCollection(TreeSet::new));
                assertThat(listed)
                        .as(prefix + " " + feed.attr("data-key"))
                        .isEqualTo(shown(section, feed.attr("data-key")));
            }
        }
    }

    /** The courses courses.js shows on the section page for a selection {@code level|district|childcare|day}. */
    private static Set<String> shown(Document section, String key) {
        String[] parts = (key + "|x").split("\\|", -1);
        return section.select(".course-item").stream()
                .filter(item -> parts[0].isEmpty()
                        || Arrays.asList(item.attr("data-levels").split(" ")).contains(parts[0]))
                .filter(item -> parts[1].isEmpty() || item.attr("data-district").equals(parts[1]))
                .filter(item ->
                        !parts[2].equals("true") || item.attr("data-childcare").equals("true"))
                .filter(item -> parts[3].isEmpty()
                        || Arrays.asList(item.attr("data-days").split(" ")).contains(parts[3]))
                .map(item -> item.selectFirst("h3 a").absUrl("href"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void finderPagesEventListsTagsAndSectionsOfferSubscribingInTheReadersLanguage() {
        String germanTitle = ShippedSite.page("/de/deutsch-lernen/")
                .selectFirst("aside.subscribe h2")
                .text();
        for (String prefix : PREFIXES) {
            Document finder = ShippedSite.page(ShippedSite.counterpart("/de/deutsch-lernen/", prefix));
            Element calendar = finder.selectFirst("aside.subscribe .subscribe-calendar");
            assertThat(calendar).as(prefix).isNotNull();
            String https = calendar.selectFirst("a.subscribe-https").attr("href");
            assertThat(https)
                    .as(prefix)
                    .startsWith("https://integration.wetzlar.de" + prefix)
                    .endsWith("/kurse.ics");
            assertThat(calendar.selectFirst("a.subscribe-webcal").attr("href"))
                    .isEqualTo("webcal:" + https.substring("https:".length()));
            Element combination = finder.select(".finder-feeds li").stream()
                    .filter(li -> li.attr("data-key").equals("a1|dalheim|true|"))
                    .findFirst()
                    .orElseThrow();
            assertThat(combination.text())
                    .as(prefix)
                    .contains(COURSES.get(prefix))
                    .contains("A1")
                    .contains("Dalheim");
            Element aside = finder.selectFirst("aside.subscribe");
            if (!prefix.equals("/de/") && !prefix.equals("/leichte-sprache/")) {
                assertThat(aside.selectFirst("h2").text())
                        .as(prefix + " in its own words")
                        .isNotEqualTo(germanTitle);
                assertThat(calendar.selectFirst("a.subscribe-webcal").text())
                        .as(prefix)
                        .isNotEqualTo("Im Kalender abonnieren");
            }
            Document tag = ShippedSite.page(ShippedSite.counterpart("/de/schlagwoerter/", prefix));
            Element firstTag = tag.selectFirst("main a[href^=" + prefix + "]");
            Document term = ShippedSite.page(URLDecoder.decode(firstTag.attr("href"), StandardCharsets.UTF_8));
            assertThat(term.select("head link[type=application/atom+xml]"))
                    .as(prefix + " tag page")
                    .anyMatch(link -> link.attr("href").equals(firstTag.attr("href") + "atom.xml"));
            assertThat(term.selectFirst("aside.subscribe a[type=application/atom+xml]"))
                    .as(prefix)
                    .isNotNull();
        }
        assertThat(ShippedSite.page("/de/termine/")
                        .selectFirst("aside.subscribe a.subscribe-https")
                        .attr("href"))
                .isEqualTo("https://integration.wetzlar.de/de/termine/kalender.ics");
        assertThat(ShippedSite.page("/ar/deutsch-lernen/")
                        .selectFirst("aside.subscribe .subscribe-label")
                        .text())
                .isNotEqualTo("Alle aktuellen Kurse");
    }

    @Test
    void theNewsletterPageExplainsSubscribingAndUnsubscribingInEveryLanguageItHas() {
        List<String> german = new ArrayList<>();
        for (String prefix : PREFIXES) {
            Path file = ShippedSite.output().resolve(prefix.substring(1) + "newsletter/index.html");
            if (!Files.exists(file)) {
                continue;
            }
            Element howTo = ShippedSite.page(prefix + "newsletter/").selectFirst(".newsletter-howto");
            assertThat(howTo).as(prefix).isNotNull();
            assertThat(howTo.select("a[href^=mailto:newsletter@wetzlar.example]"))
                    .as(prefix)
                    .hasSize(2);
            assertThat(howTo.select("a[type=application/atom+xml]")).as(prefix).hasSize(1);
            german.add(howTo.selectFirst("h2").text());
        }
        assertThat(german)
                .as("a heading per language, each its own")
                .hasSizeGreaterThan(5)
                .doesNotHaveDuplicates();
    }
}
