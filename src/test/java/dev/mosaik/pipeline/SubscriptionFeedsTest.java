package dev.mosaik.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.AtomCheck;
import dev.mosaik.testing.IcsCheck;
import dev.mosaik.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Subscribing without third parties: every course-finder page and combination of its filters has a calendar of
 * exactly the courses it shows, every event list its calendar, every section, tag and district an Atom feed, each
 * offered on its page in the reader's language; the newsletter page says how to subscribe and unsubscribe.
 */
class SubscriptionFeedsTest {

    static final String SITE = """
            -- site.yaml --
            baseUrl: https://example.org/
            defaultLanguage: de
            languages:
              - code: de
                title: Testseite
              - code: en
                title: Test site
              - code: ar
                title: موقع الاختبار
                locale: ar-u-nu-arab
            params:
              organisation: Stadt Beispiel
              subscribe: "mailto:newsletter@example.org?subject=Abonnieren"
            newsletter:
              unsubscribe: "https://example.org/abbestellen"
            -- content/_index.de.md --
            ---
            title: Start
            ---
            -- content/kurse/_index.de.md --
            ---
            title: Deutschkurse
            ---
            -- content/kurse/_index.en.md --
            ---
            title: German courses
            ---
            -- content/kurse/eltern.de.md --
            ---
            title: Deutsch für Eltern, mit Kind; am Vormittag
            summary: Ein Kurs für Eltern.
            type: kurs
            provider: Familienzentrum
            levels: [A1]
            courseType: elternkurs
            district: Dalheim
            address: Am Park 1, 35576 Wetzlar
            schedule:
              - day: monday
                from: "09:00"
                to: "11:00"
              - day: wednesday
                from: "09:00"
                to: "11:00"
            start: 2026-09-01
            end: 2027-02-26
            fee: 0
            phone: "+49 6441 1"
            childcare: true
            teacherLanguages: [ar]
            stepFree: true
            tags: [Familie]
            ---
            Text.
            -- content/kurse/eltern.en.md --
            ---
            title: German for parents
            ---
            Text.
            -- content/kurse/abend.de.md --
            ---
            title: Abendkurs
            type: kurs
            provider: VHS
            levels: [A1, A2]
            courseType: integrationskurs
            district: Westend
            schedule:
              - day: tuesday
                from: "18:00"
                to: "20:00"
            start: 2026-05-04
            end: 2026-12-18
            fee: 0
            phone: "+49 6441 1"
            childcare: false
            teacherLanguages: []
            stepFree: false
            ---
            Text.
            -- content/kurse/samstag.de.md --
            ---
            title: Samstagskurs
            type: kurs
            provider: VHS
            levels: [B1]
            courseType: integrationskurs
            district: Dalheim
            schedule:
              - day: saturday
                from: "10:00"
                to: "12:00"
            start: 2026-05-02
            end: 2026-10-31
            fee: 0
            phone: "+49 6441 1"
            childcare: false
            teacherLanguages: []
            stepFree: true
            ---
            Text.
            -- content/kurse/vorbei.de.md --
            ---
            title: Vergangener Kurs
            type: kurs
            provider: VHS
            levels: [A1]
            courseType: integrationskurs
            district: Dalheim
            schedule:
              - day: monday
                from: "08:00"
                to: "10:00"
            start: 2025-09-01
            end: 2026-03-01
            fee: 0
            phone: "+49 6441 1"
            childcare: true
            teacherLanguages: []
            stepFree: true
            ---
            Text.
            -- content/termine/_index.de.md --
            ---
            title: Termine
            ---
            -- content/termine/fest.de.md --
            ---
            title: Sommerfest
            type: termin
            start: 2026-07-04T14:00
            end: 2026-07-04T18:00
            place: Stadtpark
            district: Dalheim
            stepFree: true
            tags: [Familie]
            ---
            Text.
            -- content/projekte/_index.de.md --
            ---
            title: Projekte
            ---
            -- content/projekte/treff.de.md --
            ---
            title: Elterntreff
            summary: Eltern treffen sich.
            date: 2026-04-01
            tags: [Familie]
            ---
            Text.
            -- content/newsletter/_index.de.md --
            ---
            title: Newsletter
            ---
            -- content/newsletter/n1.de.md --
            ---
            title: Ausgabe eins
            date: 2026-03-01
            type: newsletter
            number: 1
            intro: Die erste.
            ---
            """;

    @TempDir
    Path dir;

    @TempDir
    static Path shared;

    /** The site as one build wrote it, for the tests that only read. */
    private static TestSite site;

    @BeforeAll
    static void buildOnce() {
        site = build(shared);
    }

    private static TestSite build(Path folder) {
        TestSite written = TestSite.write(folder, SITE);
        TestSite.Run run = written.build("--build-date", "2026-06-01");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return written;
    }

    private TestSite built(String folder) {
        return folder.equals("a") ? site : build(dir.resolve(folder));
    }

    private static Map<String, byte[]> files(Path root, String suffix) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(p -> p.getFileName().toString().endsWith(suffix))
                    .toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }

    @Test
    void everyCalendarAndAtomFeedIsValid() throws IOException {
        TestSite site = built("a");
        Map<String, byte[]> calendars = files(site.output(), ".ics");
        Map<String, byte[]> feeds = files(site.output(), "atom.xml");
        assertThat(calendars).containsKeys("de/kurse/kurse.ics", "de/termine/kalender.ics", "en/kurse/kurse.ics");
        assertThat(feeds).containsKeys("de/projekte/atom.xml", "de/kurse/atom.xml", "de/termine/atom.xml");
        List<String> problems = new ArrayList<>();
        calendars.forEach((file, bytes) -> problems.addAll(IcsCheck.problems(file, bytes)));
        feeds.forEach((file, bytes) -> problems.addAll(AtomCheck.problems(file, bytes)));
        assertThat(problems).isEmpty();
    }

    /**
     * What courses.js shows for a selection, read off the section page as the script reads it: every filter with
     * one value ANDed, the page's own items only.
     */
    private static Set<String> shownByFinder(Document section, String key) {
        String[] parts = (key + "|x").split("\\|", -1);
        String level = parts[0];
        String district = parts[1];
        boolean childcare = parts[2].equals("true");
        String day = parts[3];
        return section.select(".course-item").stream()
                .filter(item -> level.isEmpty()
                        || Arrays.asList(item.attr("data-levels").split(" ")).contains(level))
                .filter(item -> district.isEmpty() || item.attr("data-district").equals(district))
                .filter(item -> !childcare || item.attr("data-childcare").equals("true"))
                .filter(item -> day.isEmpty()
                        || Arrays.asList(item.attr("data-days").split(" ")).contains(day))
                .map(item -> item.selectFirst("h3 a").absUrl("href"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> coursesIn(byte[] calendar) {
        return IcsCheck.events(calendar).stream()
                .map(e -> e.value("URL"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyCombinationCalendarHoldsExactlyTheCoursesTheFinderShowsForIt() {
        TestSite site = built("a");
        for (String language : List.of("de", "en", "ar")) {
            Document section = site.page(language + "/kurse/index.html");
            List<Element> feeds = section.select(".finder-feeds li");
            assertThat(feeds).as(language).hasSizeGreaterThan(5);
            for (Element feed : feeds) {
                String file = feed.attr("data-href").substring("https://example.org/".length());
                byte[] calendar = site.text(java.net.URLDecoder.decode(file, java.nio.charset.StandardCharsets.UTF_8))
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                assertThat(coursesIn(calendar))
                        .as(language + " " + feed.attr("data-key") + " " + file)
                        .isEqualTo(shownByFinder(section, feed.attr("data-key")));
                assertThat(IcsCheck.calendarName(calendar)).startsWith(feed.text() + " – ");
            }
            List<String> keys = feeds.stream().map(f -> f.attr("data-key")).toList();
            assertThat(keys)
                    .as("combinations with courses are feeds")
                    .contains("a1|dalheim|true|", "a2|westend||", "|||saturday");
            assertThat(keys)
                    .as("empty combinations are not")
                    .doesNotContain("b1|westend||", "b1||true|", "a2|dalheim||");
        }
        assertThat(site.text("de/kurse/niveau/a1/stadtteil/dalheim/kinderbetreuung/kurse.ics"))
                .contains("X-WR-CALNAME:A1-Kurse mit Kinderbetreuung in Dalheim");
        assertThat(site.output().resolve("de/kurse/niveau/b1/stadtteil/westend"))
                .doesNotExist();
    }

    @Test
    void finderPagesOfferTheirCalendarAsWebcalAndHttpsLabelledInTheReadersLanguage() {
        TestSite site = built("a");
        // This site has no Arabic UI strings: the theme's German ones stand in (the shipped site's are tested in
        // ShippedFeedsTest).
        Map<String, String> labels = Map.of("de", "A1-Kurse", "en", "A1 courses", "ar", "A1-Kurse");
        for (String language : List.of("de", "en", "ar")) {
            Document section = site.page(language + "/kurse/index.html");
            String href = section.select(".finder-links a").stream()
                    .filter(a -> a.text().equals("A1"))
                    .findFirst()
                    .orElseThrow()
                    .attr("href");
            Document level =
                    site.page(java.net.URLDecoder.decode(href.substring(1), java.nio.charset.StandardCharsets.UTF_8)
                            + "index.html");
            Element calendar = level.selectFirst("aside.subscribe .subscribe-calendar");
            assertThat(calendar).as(language).isNotNull();
            assertThat(calendar.selectFirst(".subscribe-label").text()).isEqualTo(labels.get(language));
            String https = calendar.selectFirst("a.subscribe-https").attr("href");
            assertThat(https)
                    .startsWith("https://example.org/" + language + "/kurse/")
                    .endsWith("/kurse.ics");
            assertThat(calendar.selectFirst("a.subscribe-webcal").attr("href"))
                    .isEqualTo("webcal:" + https.substring("https:".length()));
            assertThat(level.selectFirst("aside.subscribe h2").text()).isNotBlank();
            assertThat(level.selectFirst(".finder-feeds").attr("data-own")).isEqualTo("a1|||");
        }
        assertThat(site.page("de/kurse/index.html")
                        .selectFirst(".subscribe-label")
                        .text())
                .isEqualTo("Alle aktuellen Kurse");
        assertThat(site.page("en/kurse/index.html")
                        .selectFirst("aside.subscribe h2")
                        .text())
                .isEqualTo("Subscribe");
    }

    @Test
    void weeklySessionsRepeatUntilTheCoursesLastDayWithOneUidInEveryFeedAndLanguage() {
        TestSite site = built("a");
        byte[] german =
                site.text("de/kurse/kinderbetreuung/kurse.ics").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] english = site.text("en/kurse/kurse.ics").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        IcsCheck.Event monday = IcsCheck.events(german).stream()
                .filter(e -> e.value("UID").contains("monday"))
                .findFirst()
                .orElseThrow();
        // The first Monday from the course's start, 1 September 2026, at 9 in Wetzlar; the last on or before 26
        // February 2027.
        assertThat(monday.value("DTSTART")).isEqualTo("20260907T090000");
        assertThat(monday.properties().stream()
                        .filter(p -> p.name().equals("DTSTART"))
                        .findFirst()
                        .orElseThrow()
                        .parameters())
                .containsEntry("TZID", "Europe/Berlin");
        assertThat(monday.value("RRULE")).isEqualTo("FREQ=WEEKLY;UNTIL=20270226T080000Z");
        assertThat(monday.value("DTSTAMP")).isEqualTo("20260601T000000Z");
        assertThat(monday.value("SUMMARY"))
                .as("escaped TEXT")
                .isEqualTo("Deutsch für Eltern\\, mit Kind\\; am Vormittag");
        assertThat(IcsCheck.events(german))
                .as("two sessions a week, the ended course not among them")
                .hasSize(2);
        IcsCheck.Event englishMonday = IcsCheck.events(english).stream()
                .filter(e -> e.value("UID").equals(monday.value("UID")))
                .findFirst()
                .orElseThrow();
        assertThat(englishMonday.value("SUMMARY")).isEqualTo("German for parents");
        assertThat(IcsCheck.events(
                        site.text("de/kurse/archiv/kurse.ics").getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .extracting(e -> e.value("SUMMARY"))
                .containsExactly("Vergangener Kurs");
    }

    @Test
    void tagsDistrictsAndSectionsHaveAtomFeedsLinkedInTheHeadAndVisibly() throws Exception {
        TestSite site = built("a");
        for (String page : List.of(
                "de/schlagwoerter/familie/", "de/stadtteile/dalheim/", "de/projekte/", "en/kurse/", "ar/projekte/")) {
            Document document = site.page(page + "index.html");
            Element head = document.selectFirst(
                    "head link[rel=alternate][type=application/atom+xml][href$=" + page + "atom.xml]");
            assertThat(head).as(page).isNotNull();
            assertThat(head.attr("title")).isNotBlank();
            Element visible = document.selectFirst("aside.subscribe a[type=application/atom+xml]");
            assertThat(visible).as(page).isNotNull();
            assertThat(visible.attr("href")).isEqualTo(head.attr("href"));
            assertThat(site.output().resolve(page + "atom.xml")).exists();
        }
        assertThat(site.page("en/projekte/index.html")
                        .selectFirst("aside.subscribe a[type=application/atom+xml]")
                        .text())
                .startsWith("New pages as a feed (Atom)");
        org.w3c.dom.Document tag =
                AtomCheck.parse(Files.readAllBytes(site.output().resolve("de/schlagwoerter/familie/atom.xml")));
        assertThat(AtomCheck.children(tag.getDocumentElement(), "entry"))
                .extracting(e -> AtomCheck.children(e, "title").get(0).getTextContent())
                .containsExactlyInAnyOrder("Deutsch für Eltern, mit Kind; am Vormittag", "Sommerfest", "Elterntreff");
        // The Arabic tree lists the untranslated project in German, and says so.
        org.w3c.dom.Document arabic =
                AtomCheck.parse(Files.readAllBytes(site.output().resolve("ar/projekte/atom.xml")));
        assertThat(arabic.getDocumentElement().getAttribute("xml:lang")).isEqualTo("ar");
        assertThat(AtomCheck.children(arabic.getDocumentElement(), "entry"))
                .extracting(e -> e.getAttribute("xml:lang"))
                .containsExactly("de");
    }

    @Test
    void eventListsOfferTheCalendarOfTheirEvents() {
        TestSite site = built("a");
        Element calendar = site.page("de/termine/index.html").selectFirst("aside.subscribe .subscribe-calendar");
        assertThat(calendar.selectFirst("a.subscribe-https").attr("href"))
                .isEqualTo("https://example.org/de/termine/kalender.ics");
        assertThat(calendar.selectFirst("a.subscribe-webcal").attr("href"))
                .isEqualTo("webcal://example.org/de/termine/kalender.ics");
        assertThat(IcsCheck.events(
                        site.text("de/termine/kalender.ics").getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .extracting(e -> e.value("SUMMARY"))
                .containsExactly("Sommerfest");
    }

    @Test
    void theNewsletterPageExplainsSubscribingAndUnsubscribingInTheReadersLanguage() {
        TestSite site = built("a");
        Element german = site.page("de/newsletter/index.html").selectFirst(".newsletter-howto");
        assertThat(german.selectFirst("a[href^=mailto:]").text()).isEqualTo("newsletter@example.org");
        assertThat(german.selectFirst("a[href^=mailto:]").attr("href"))
                .isEqualTo("mailto:newsletter@example.org?subject=Abonnieren");
        assertThat(german.selectFirst("a[href=https://example.org/abbestellen]"))
                .isNotNull();
        assertThat(german.selectFirst("a[type=application/atom+xml]").attr("href"))
                .isEqualTo("/de/newsletter/atom.xml");
        assertThat(german.text()).contains("abbestellen");
        Element english = site.page("en/newsletter/index.html").selectFirst(".newsletter-howto");
        assertThat(english.attr("lang")).isEqualTo("en");
        assertThat(english.text()).contains("Unsubscribe here").contains("newsletter@example.org");
    }

    @Test
    void theSitemapListsNoFeeds() {
        TestSite site = built("a");
        assertThat(site.text("sitemap.xml")).doesNotContain(".ics").doesNotContain("atom.xml");
    }

    @Test
    void twoBuildsWriteByteIdenticalFeeds() throws IOException {
        TestSite first = built("a");
        TestSite second = built("zwei/tiefer");
        for (String suffix : List.of(".ics", "atom.xml")) {
            Map<String, byte[]> one = files(first.output(), suffix);
            Map<String, byte[]> two = files(second.output(), suffix);
            assertThat(two.keySet()).isEqualTo(one.keySet());
            one.forEach((file, bytes) -> assertThat(two.get(file)).as(file).isEqualTo(bytes));
        }
    }

    @Test
    void anEditedCourseChangesItsCalendarsInThePreviewsIncrementalRebuild() throws IOException {
        TestSite site = TestSite.write(dir.resolve("p"), SITE);
        PreviewBuilds builder = new PreviewBuilds();
        BuildOptions options = BuildOptions.of(site.root(), site.output())
                .withToday(LocalDate.of(2026, 6, 1))
                .withPdf(false)
                .inPlace(true);
        assertThat(builder.build(options).hasErrors()).isFalse();
        assertThat(site.text("de/kurse/stadtteil/westend/kurse.ics")).contains("SUMMARY:Abendkurs");

        Path course = site.root().resolve("content/kurse/abend.de.md");
        Files.writeString(
                course,
                Files.readString(course)
                        .replace("title: Abendkurs", "title: Abendkurs neu")
                        .replace("district: Westend", "district: Dalheim"));
        BuildResult result = builder.rebuild(options, Set.of(course));

        assertThat(result.hasErrors()).as("%s", result.problems()).isFalse();
        assertThat(result.changed()).contains("de/kurse/kurse.ics", "de/kurse/stadtteil/dalheim/kurse.ics");
        assertThat(site.text("de/kurse/stadtteil/dalheim/kurse.ics")).contains("SUMMARY:Abendkurs neu");
        assertThat(site.output().resolve("de/kurse/stadtteil/westend/kurse.ics"))
                .as("a district without courses has no calendar")
                .doesNotExist();
    }
}
