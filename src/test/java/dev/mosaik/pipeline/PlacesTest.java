package dev.mosaik.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Places ({@code type: ort}) through the CLI: their pages, the courses and events that name them, the list by district, JSON-LD. */
class PlacesTest {

    @TempDir
    Path dir;

    private static final String PLACE = """
            -- content/orte/rathaus.de.md --
            ---
            title: Integrationsbüro
            summary: Beratung für Neuzugewanderte.
            type: ort
            kind: office
            address:
              street: Ernst-Leitz-Straße 30
              postcode: "35578"
              city: Wetzlar
            district: Innenstadt
            hours:
              - "Mo-Fr 08:30-12:00"
              - "Th 14:00-17:30"
            stepFree: true
            access: Aufzug im Hof.
            languages: [tr, ar]
            phone: "+49 6441 99-0000"
            email: buero@example.org
            lat: 50.5526
            lon: 8.5045
            ---
            Kommen Sie vorbei.
            -- content/orte/rathaus.ar.md --
            ---
            title: مكتب الاندماج
            type: ort
            access: مصعد في الفناء.
            translation: machine
            ---
            تعال.
            -- content/orte/kita.de.md --
            ---
            title: Kita Sonnenschein
            type: ort
            kind: kita
            address:
              street: Beispielweg 1
              postcode: "35576"
              city: Wetzlar
            district: Dalheim
            stepFree: false
            ---
            """;

    private static final String SITE = TestSite.SITE_YAML + """
            -- content/_index.de.md --
            ---
            title: Start
            ---
            -- content/projekte/_index.de.md --
            ---
            title: Projekte
            ---
            -- content/orte/_index.de.md --
            ---
            title: Orte
            ---
            """ + PLACE + """
            -- content/kurse/_index.de.md --
            ---
            title: Kurse
            ---
            -- content/kurse/a1.de.md --
            ---
            title: A1 am Vormittag
            summary: Integrationskurs für Anfänger.
            type: kurs
            provider: VHS
            levels: [A1]
            courseType: integrationskurs
            district: Innenstadt
            place: /orte/rathaus.md
            schedule:
              - day: monday
                from: "09:00"
                to: "12:00"
            start: 2026-09-01
            end: 2027-02-01
            fee: 0
            childcare: true
            stepFree: true
            phone: "06441 1234"
            ---
            -- content/termine/_index.de.md --
            ---
            title: Termine
            ---
            -- content/termine/fest.de.md --
            ---
            title: Fest </script><script>alert(1)</script>
            type: termin
            start: 2026-11-20T16:00
            place: /orte/rathaus.md
            stepFree: true
            ---
            """;

    private TestSite built() {
        TestSite site = TestSite.write(dir, SITE);
        TestSite.Run run = site.build("--build-date", "2026-06-01");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return site;
    }

    @Test
    void placePageShowsHoursAccessLanguagesAndDirectionsLinks() {
        Document page = built().page("de/orte/rathaus/index.html");
        Element facts = page.selectFirst("dl.place-facts");
        assertThat(facts.select("bdi.address").first().attr("lang")).isEqualTo("de");
        assertThat(facts.text())
                .contains(
                        "Ernst-Leitz-Straße 30",
                        "35578 Wetzlar",
                        "Innenstadt",
                        "Mo\u2009–\u2009Fr, 08:30–12:00 Uhr",
                        "Donnerstag, 14:00–17:30 Uhr",
                        "stufenlos erreichbar",
                        "Aufzug im Hof.",
                        "Türkisch und Arabisch");
        assertThat(facts.select("a[href=tel:+496441990000]")).hasSize(1);
        assertThat(page.select("p.directions a").eachAttr("href"))
                .containsExactly(
                        "https://www.openstreetmap.org/directions?route=%3B50.5526%2C8.5045", "geo:50.5526,8.5045");
    }

    @Test
    void arabicPlacePageWritesHoursInArabicDigitsAndKeepsTheGermanAddressLeftToRight() {
        Document page = built().page("ar/orte/rathaus/index.html");
        assertThat(page.selectFirst("dl.place-facts").text()).contains("٨:٣٠", "مصعد في الفناء.", "التركية");
        Element address = page.selectFirst("dl.place-facts bdi.address");
        assertThat(address.attr("dir")).isEqualTo("ltr");
        assertThat(address.attr("lang")).isEqualTo("de");
    }

    @Test
    void placeWithoutCoordinatesLinksToAnAddressSearchAndNoGeoUri() {
        Document page = built().page("de/orte/kita/index.html");
        assertThat(page.select("p.directions a").eachAttr("href"))
                .containsExactly("https://www.openstreetmap.org/search?query=Beispielweg%201%2C%2035576%20Wetzlar");
        assertThat(page.selectFirst("dl.place-facts").text()).contains("nach Vereinbarung", "nicht stufenlos");
    }

    @Test
    void courseAndEventNamingAPlaceShowItsNameAddressAndWayThere() {
        TestSite site = built();
        for (String path : java.util.List.of("de/kurse/a1/index.html", "de/termine/fest/index.html")) {
            Document page = site.page(path);
            Element venue = page.selectFirst("div.venue");
            assertThat(venue).as(path).isNotNull();
            assertThat(venue.selectFirst("a").attr("href")).isEqualTo("/de/orte/rathaus/");
            assertThat(venue.text()).contains("Integrationsbüro", "Ernst-Leitz-Straße 30, 35578 Wetzlar");
            assertThat(page.select("p.directions a").eachAttr("href"))
                    .as(path)
                    .containsExactly(
                            "https://www.openstreetmap.org/directions?route=%3B50.5526%2C8.5045", "geo:50.5526,8.5045");
        }
        // The event list names the place, not the link written in front matter.
        assertThat(site.page("de/termine/index.html").select(".event-where").text())
                .contains("Integrationsbüro")
                .doesNotContain("/orte/");
        assertThat(site.text("de/termine.ics"))
                .contains("LOCATION:Integrationsbüro\\, Ernst-Leitz-Straße 30\\, 35578 Wetzlar");
        // A course at a place has no address of its own: its calendar says where from the place (lines unfolded).
        assertThat(site.text("de/kurse/kurse.ics").replace("\r\n ", ""))
                .contains("LOCATION:Integrationsbüro\\, Ernst-Leitz-Straße 30\\, 35578 Wetzlar (Innenstadt)");
    }

    @Test
    void placesSectionListsItsPlacesByDistrictInEveryLanguage() {
        TestSite site = built();
        Document german = site.page("de/orte/index.html");
        assertThat(german.select("section.district h3").eachText()).containsExactly("Dalheim", "Innenstadt");
        assertThat(german.select("nav.district-links a").eachAttr("href"))
                .containsExactly("#district-dalheim", "#district-innenstadt");
        assertThat(german.select("section.district").get(1).text())
                .contains("Integrationsbüro", "Ernst-Leitz-Straße 30, 35578 Wetzlar");
        assertThat(site.page("en/orte/index.html")
                        .selectFirst("section.places-by-district h2")
                        .text())
                .isEqualTo("Places by district");
        Document arabic = site.page("ar/orte/index.html");
        assertThat(arabic.select("section.district a").eachText()).contains("مكتب الاندماج");
        assertThat(arabic.selectFirst("section.district bdi.address").attr("dir"))
                .isEqualTo("ltr");
    }

    @Test
    void jsonLdOfPlacesEventsAndCoursesUsesOnlySchemaOrgPropertiesOfTheirTypes() throws IOException {
        TestSite site = built();
        SchemaOrgVocabulary vocabulary = new SchemaOrgVocabulary();
        Map<String, String> types = Map.of(
                "de/orte/rathaus/index.html",
                "GovernmentOffice",
                "de/orte/kita/index.html",
                "ChildCare",
                "ar/orte/rathaus/index.html",
                "GovernmentOffice",
                "de/kurse/a1/index.html",
                "Course",
                "de/termine/fest/index.html",
                "Event");
        for (Map.Entry<String, String> entry : types.entrySet()) {
            Element script = site.page(entry.getKey()).selectFirst("head script[type=application/ld+json]");
            assertThat(script).as(entry.getKey()).isNotNull();
            Object json = SchemaOrgVocabulary.parse(script.data());
            assertThat(((Map<?, ?>) json).get("@context")).isEqualTo("https://schema.org");
            assertThat(((Map<?, ?>) json).get("@type")).as(entry.getKey()).isEqualTo(entry.getValue());
            assertThat(vocabulary.problems(json)).as(entry.getKey()).isEmpty();
        }
        Map<?, ?> course = (Map<?, ?>) SchemaOrgVocabulary.parse(site.page("de/kurse/a1/index.html")
                .selectFirst("script[type=application/ld+json]")
                .data());
        Map<?, ?> instance = (Map<?, ?>) course.get("hasCourseInstance");
        assertThat(((Map<?, ?>) instance.get("location")).get("name")).isEqualTo("Integrationsbüro");
        assertThat(((Map<?, ?>) ((java.util.List<?>) instance.get("courseSchedule")).get(0)).get("byDay"))
                .isEqualTo("https://schema.org/Monday");
    }

    @Test
    void titleWithAClosingScriptTagStaysInsideTheJsonLd() throws IOException {
        TestSite site = built();
        String html = Files.readString(site.output().resolve("de/termine/fest/index.html"));
        assertThat(html).contains("\\u003C/script\\u003E\\u003Cscript\\u003Ealert(1)");
        Document page = site.page("de/termine/fest/index.html");
        assertThat(page.select("script").stream()
                        .filter(s -> !s.attr("type").equals("application/ld+json"))
                        .map(Element::data))
                .noneMatch(data -> data.contains("alert"));
        Map<?, ?> event = (Map<?, ?>) SchemaOrgVocabulary.parse(
                page.selectFirst("script[type=application/ld+json]").data());
        assertThat(event.get("name")).isEqualTo("Fest </script><script>alert(1)</script>");
    }

    @Test
    void jsonLdIsTheSameOnEveryBuild() throws IOException {
        TestSite site = built();
        String first = Files.readString(site.output().resolve("de/kurse/a1/index.html"));
        site.build("--build-date", "2026-06-01");
        assertThat(Files.readString(site.output().resolve("de/kurse/a1/index.html")))
                .isEqualTo(first);
    }

    @Test
    void reportsEveryMistakeOfAPlaceAtItsLine() {
        TestSite site = TestSite.write(dir, TestSite.SITE_YAML + """
                -- content/_index.de.md --
                ---
                title: Start
                ---
                -- content/projekte/_index.de.md --
                ---
                title: Projekte
                ---
                -- content/orte/rathaus.de.md --
                ---
                title: Rathaus
                type: ort
                address:
                  street: Ernst-Leitz-Straße 30
                  postcode: "35578"
                  city: Wetzlar
                district: Innenstadt
                hours:
                  - "Mo-Fr 08:30-12:00"
                  - "Montag 9 bis 12 Uhr"
                stepFree: true
                languages: [tr, xx]
                lat: 850.5526
                lon: 8.5045
                ---
                """);
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains(
                        "content/orte/rathaus.de.md:11: opening hours 'Montag 9 bis 12 Uhr' are not in the accepted form"
                                + " (write one rule per line like 'Mo-Fr 08:30-12:00'",
                        "content/orte/rathaus.de.md:13: 'xx' is not a known language code",
                        "content/orte/rathaus.de.md:14: 'lat' 850.5526 is out of range: it lies between -90 and 90 degrees");
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void reportsAMissingPlaceWithTheClosestOneAndAnAddressBesideAPlace() {
        TestSite site = TestSite.write(dir, TestSite.SITE_YAML + """
                -- content/_index.de.md --
                ---
                title: Start
                ---
                -- content/projekte/_index.de.md --
                ---
                title: Projekte
                ---
                """ + PLACE + """
                -- content/kurse/a1.de.md --
                ---
                title: A1
                type: kurs
                provider: VHS
                levels: [A1]
                courseType: integrationskurs
                district: Innenstadt
                place: /orte/rathau.md
                start: 2026-09-01
                end: 2027-02-01
                fee: 0
                childcare: true
                stepFree: true
                phone: "06441 1234"
                ---
                -- content/termine/fest.de.md --
                ---
                title: Fest
                type: termin
                start: 2026-11-20T16:00
                place: /orte/kita.md
                address: Beispielweg 1
                stepFree: true
                ---
                """);
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("content/termine/fest.de.md:6: 'address' and 'place' together");
        assertThat(run.err()).doesNotContain("Exception");
        // The place is looked up once the pages can be read.
        Path event = dir.resolve("content/termine/fest.de.md");
        try {
            Files.writeString(event, Files.readString(event).replace("address: Beispielweg 1\n", ""));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        TestSite.Run second = site.build();
        assertThat(second.exitCode()).isEqualTo(1);
        assertThat(second.err())
                .contains("content/kurse/a1.de.md:8: '/orte/rathau.md' is not a place (a page of type ort)"
                        + " (did you mean '/orte/rathaus.md'?)");
    }
}
