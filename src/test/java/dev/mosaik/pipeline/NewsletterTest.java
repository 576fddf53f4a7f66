package dev.mosaik.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Newsletter issues through the public build: archive, feeds, e-mail edition and the .eml export. */
class NewsletterTest {

    @TempDir
    Path dir;

    private static final String SITE = TestSite.SITE_YAML.replace(
                    "locale: ar-u-nu-arab", "locale: ar-u-nu-arab\nparams:\n  subscribe: \"mailto:liste@example.org\"")
            + """
            -- content/_index.de.md --
            ---
            title: Start
            ---
            -- content/projekte/_index.de.md --
            ---
            title: Projekte
            ---
            -- content/projekte/fest.de.md --
            ---
            title: Kulturfest
            summary: Das Fest der Vielfalt.
            type: projekt
            ---
            -- content/newsletter/_index.de.md --
            ---
            title: Newsletter
            ---
            -- content/newsletter/n1.de.md --
            ---
            title: Ausgabe eins
            date: 2025-03-01
            type: newsletter
            number: 1
            intro: Die erste.
            ---
            -- content/newsletter/n2.de.md --
            ---
            title: Ausgabe zwei
            date: 2026-02-01
            type: newsletter
            number: 2
            intro: Die zweite.
            sections:
              - title: Neu
                text: Etwas Neues.
              - ref: /projekte/fest.md
            ---
            -- content/newsletter/n3.de.md --
            ---
            title: Ausgabe drei & mehr
            date: 2026-09-01
            type: newsletter
            number: 3
            ---
            -- content/newsletter/n2.ar.md --
            ---
            title: العدد الثاني
            date: 2026-02-01
            type: newsletter
            number: 2
            intro: الثاني.
            sections:
              - ref: /projekte/fest.md
            ---
            """;

    @Test
    void theArchiveListsEveryIssueByYearWithCountsAndIssuesLinkToTheirNeighbours() {
        TestSite site = TestSite.write(dir, SITE);
        TestSite.Run run = site.build("--no-pdf");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Document archive = site.page("de/newsletter/index.html");
        assertThat(archive.select(".archive-year h2").eachText()).containsExactly("2026 2 Ausgaben", "2025 1 Ausgabe");
        assertThat(archive.select(".archive-year h3").eachText())
                .containsExactly("Ausgabe drei & mehr", "Ausgabe zwei", "Ausgabe eins");
        assertThat(archive.select("a.button[href=mailto:liste@example.org]"))
                .as("one subscribe button; the how-to names the address too")
                .hasSize(1);
        Document two = site.page("de/newsletter/n2/index.html");
        assertThat(two.select(".issue-nav a[rel=prev]").attr("href")).isEqualTo("/de/newsletter/n1/");
        assertThat(two.select(".issue-nav a[rel=next]").attr("href")).isEqualTo("/de/newsletter/n3/");
        assertThat(two.select(".issue-section h2").eachText()).containsExactly("Neu", "Kulturfest");
        assertThat(two.select(".presented").text()).contains("Das Fest der Vielfalt.");
        assertThat(site.page("de/index.html")
                        .select("#teaser-newsletter + ul h3")
                        .eachText())
                .containsExactly("Ausgabe drei & mehr");
        assertThat(site.page("ar/newsletter/index.html")
                        .select(".archive-year h2 span")
                        .first()
                        .text())
                .isEqualTo("٢٠٢٦");
        assertThat(site.page("de/projekte/fest/index.html")
                        .select("link[type=application/atom+xml]")
                        .eachAttr("href"))
                .containsExactly("/de/atom.xml", "/de/newsletter/atom.xml");
    }

    @Test
    void theFeedsAreValidAtomAndJsonFeed() throws Exception {
        TestSite site = TestSite.write(dir, SITE);
        site.build("--no-pdf");

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document atom = factory.newDocumentBuilder()
                .parse(site.output().resolve("de/newsletter/atom.xml").toFile());
        Element feed = atom.getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(feed.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"))
                .isEqualTo("de");
        for (String required : List.of("id", "title", "updated", "author")) {
            assertThat(feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", required)
                            .getLength())
                    .as(required)
                    .isPositive();
        }
        NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertThat(entries.getLength()).isEqualTo(3);
        Element first = (Element) entries.item(0);
        assertThat(text(first, "title")).isEqualTo("Ausgabe drei & mehr");
        assertThat(text(first, "id")).isEqualTo("tag:example.org,2026-09-01:newsletter/n3/de");
        assertThat(text(first, "updated")).isEqualTo("2026-09-01T00:00:00+02:00");
        assertThat(((Element) first.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link")
                                .item(0))
                        .getAttribute("href"))
                .isEqualTo("https://example.org/de/newsletter/n3/");
        assertThat(text(feed, "updated")).as("the newest entry, not the clock").isEqualTo("2026-09-01T00:00:00+02:00");
        Map<String, Object> json = JsonFeeds.parse(site.text("de/newsletter/feed.json"));
        assertThat(json).containsEntry("version", "https://jsonfeed.org/version/1.1");
        assertThat(JsonFeeds.items(json))
                .extracting(i -> i.get("url"))
                .contains("https://example.org/de/newsletter/n2/");
        assertThat(JsonFeeds.items(json)).extracting(i -> i.get("title")).contains("Ausgabe drei & mehr");
    }

    @Test
    void jsonFeedItemsCarryTheWholeTextAsContentHtmlAsJsonFeedOneOneRequires() throws Exception {
        TestSite site = TestSite.write(dir, SITE);
        site.file(
                "content/newsletter/n2.de.md",
                Files.readString(site.root().resolve("content/newsletter/n2.de.md"))
                        + "Der ganze Text mit [Link](/projekte/fest.md).\n");
        TestSite.Run run = site.build("--no-pdf");
        assertThat(run.exitCode()).as(run.err()).isZero();

        for (String feed : List.of("de/newsletter/feed.json", "de/feed.json", "ar/newsletter/feed.json")) {
            Map<String, Object> json = JsonFeeds.parse(site.text(feed));
            assertThat(JsonFeeds.problems(json)).as(feed).isEmpty();
        }
        Map<String, Object> two = JsonFeeds.items(JsonFeeds.parse(site.text("de/newsletter/feed.json"))).stream()
                .filter(i -> i.get("url").equals("https://example.org/de/newsletter/n2/"))
                .findFirst()
                .orElseThrow();
        Document content = org.jsoup.Jsoup.parseBodyFragment((String) two.get("content_html"));
        assertThat(content.text())
                .contains(
                        "Die zweite.",
                        "Neu",
                        "Etwas Neues.",
                        "Kulturfest",
                        "Das Fest der Vielfalt.",
                        "Der ganze Text mit Link");
        assertThat(content.select("a").eachAttr("href"))
                .allSatisfy(href -> assertThat(href).startsWith("https://example.org/"))
                .contains("https://example.org/de/projekte/fest/");
        assertThat(two).containsEntry("summary", "Die zweite.");
    }

    @Test
    void atomEntriesCarryTheWholeTextNotOnlyTheSummary() throws Exception {
        TestSite site = TestSite.write(dir, SITE);
        site.file(
                "content/newsletter/n2.de.md",
                Files.readString(site.root().resolve("content/newsletter/n2.de.md")) + "Der ganze Text.\n");
        site.build("--no-pdf");

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document atom = factory.newDocumentBuilder()
                .parse(site.output().resolve("de/newsletter/atom.xml").toFile());
        NodeList entries = atom.getDocumentElement().getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        Element two = (Element) entries.item(1);
        Element content = (Element) two.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "content")
                .item(0);
        assertThat(content.getAttribute("type")).isEqualTo("html");
        assertThat(org.jsoup.Jsoup.parseBodyFragment(content.getTextContent()).text())
                .contains("Die zweite.", "Etwas Neues.", "Der ganze Text.");
        assertThat(text(two, "summary")).isEqualTo("Die zweite.");
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name)
                .item(0)
                .getTextContent();
    }

    @Test
    void theEmailEditionIsLightAbsoluteAndRightToLeftInArabic() {
        TestSite site = TestSite.write(dir, SITE);
        site.build("--no-pdf");

        String html = site.text("ar/newsletter/n2/email.html");
        assertThat(html.getBytes(StandardCharsets.UTF_8).length).isLessThan(100 * 1024);
        Document email = org.jsoup.Jsoup.parse(html);
        assertThat(email.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(email.select("table[role=presentation]")).isNotEmpty();
        assertThat(email.select("a").eachAttr("href"))
                .allSatisfy(href -> assertThat(href).matches("(https://example.org/|mailto:).*"));
        assertThat(email.select("script, img, link[rel=stylesheet], style"))
                .as("inline styles, no trackers")
                .isEmpty();
        assertThat(site.text("de/newsletter/n2/email.txt"))
                .contains("AUSGABE ZWEI", "Etwas Neues.", "https://example.org/de/projekte/fest/");
    }

    /** The test site with where readers unsubscribe. */
    private static String withUnsubscribe(String address) {
        return SITE.replace(
                "subscribe: \"mailto:liste@example.org\"\n",
                "subscribe: \"mailto:liste@example.org\"\nnewsletter:\n  unsubscribe: \"" + address + "\"\n");
    }

    @Test
    void theEmailEditionLinksToWhereReadersUnsubscribeInHtmlAndText() {
        TestSite site = TestSite.write(dir, withUnsubscribe("https://example.org/newsletter/abbestellen"));
        TestSite.Run run = site.build("--no-pdf");
        assertThat(run.exitCode()).as(run.err()).isZero();

        Document de = org.jsoup.Jsoup.parse(site.text("de/newsletter/n2/email.html"));
        assertThat(de.select("a[href=https://example.org/newsletter/abbestellen]")
                        .eachText())
                .containsExactly("Newsletter abbestellen");
        Document ar = org.jsoup.Jsoup.parse(site.text("ar/newsletter/n2/email.html"));
        assertThat(ar.select("a[href=https://example.org/newsletter/abbestellen]")
                        .eachAttr("href"))
                .hasSize(1);
        assertThat(site.text("de/newsletter/n2/email.txt"))
                .contains("Newsletter abbestellen: https://example.org/newsletter/abbestellen");
    }

    @Test
    void exportedEmailCarriesListUnsubscribeAndOneClickPostForAnHttpsAddress() throws Exception {
        TestSite.write(dir, withUnsubscribe("https://example.org/newsletter/abbestellen"));
        Path eml = dir.resolve("n2.eml");
        TestSite.Run run =
                TestSite.run("newsletter", "export", "2", "--source", dir.toString(), "--output", eml.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String mail = Files.readString(eml, StandardCharsets.US_ASCII);
        String headers = mail.substring(0, mail.indexOf("\r\n\r\n"));
        assertThat(headers)
                .contains(
                        "\r\nList-Unsubscribe: <https://example.org/newsletter/abbestellen>\r\n",
                        "\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n");
    }

    @Test
    void exportedEmailWithAMailtoAddressOffersNoOneClickPost() throws Exception {
        TestSite.write(dir, withUnsubscribe("mailto:liste@example.org?subject=abbestellen"));
        Path eml = dir.resolve("n2.eml");
        TestSite.Run run =
                TestSite.run("newsletter", "export", "2", "--source", dir.toString(), "--output", eml.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String headers = Files.readString(eml, StandardCharsets.US_ASCII).split("\r\n\r\n")[0];
        assertThat(headers)
                .contains("\r\nList-Unsubscribe: <mailto:liste@example.org?subject=abbestellen>\r\n")
                .doesNotContain("List-Unsubscribe-Post");
    }

    @Test
    void refusesToExportTheEmailWithoutAnUnsubscribeAddressAndCheckWarns() {
        TestSite.write(dir, SITE);
        Path eml = dir.resolve("n2.eml");
        TestSite.Run run =
                TestSite.run("newsletter", "export", "2", "--source", dir.toString(), "--output", eml.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("site.yaml: the e-mail edition needs 'newsletter: unsubscribe:' in site.yaml");
        assertThat(eml).doesNotExist();
        TestSite.Run check = TestSite.run("check", "--source", dir.toString(), "--build-date", "2026-11-28");
        assertThat(check.err()).contains("the newsletter's e-mail edition has no unsubscribe link");
    }

    @Test
    void refusesAnUnsubscribeAddressThatIsNeitherMailtoNorHttps() {
        TestSite site = TestSite.write(dir, withUnsubscribe("javascript:alert(1)"));
        TestSite.Run run = site.build("--no-pdf");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("newsletter.unsubscribe must be a mailto: or https: address");
    }

    @Test
    void exportsAnIssueAsMultipartAlternativeEmail() throws Exception {
        TestSite.write(dir, withUnsubscribe("mailto:liste@example.org?subject=abbestellen"));
        Path eml = dir.resolve("n2.eml");
        TestSite.Run run = TestSite.run(
                "newsletter", "export", "2", "--lang", "ar", "--source", dir.toString(), "--output", eml.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String mail = Files.readString(eml, StandardCharsets.US_ASCII);
        String headers = mail.substring(0, mail.indexOf("\r\n\r\n"));
        assertThat(headers)
                .contains("MIME-Version: 1.0", "Content-Language: ar", "Date: Sun, 1 Feb 2026 00:00:00 +0100");
        String boundary = headers.replaceAll("(?s).*boundary=\"([^\"]+)\".*", "$1");
        String[] parts = mail.split("--" + java.util.regex.Pattern.quote(boundary));
        assertThat(parts).hasSize(4);
        assertThat(parts[3].strip()).isEqualTo("--");
        assertThat(parts[1]).contains("Content-Type: text/plain; charset=UTF-8");
        assertThat(parts[2]).contains("Content-Type: text/html; charset=UTF-8");
        String text = decode(parts[1]);
        String html = decode(parts[2]);
        assertThat(text).contains("العدد الثاني");
        assertThat(html).contains("dir=\"rtl\"", "العدد الثاني");
        String subject = headers.replaceAll("(?s).*Subject: =\\?UTF-8\\?B\\?([^?]+)\\?=.*", "$1");
        assertThat(new String(Base64.getDecoder().decode(subject), StandardCharsets.UTF_8))
                .isEqualTo("العدد الثاني");
    }

    @Test
    void exportsAnIssueThatExistsOnlyInGermanWithTheFallbackNoticeInTheReadersLanguage() throws Exception {
        TestSite.write(dir, withUnsubscribe("mailto:abbestellen@example.org"));
        Path eml = dir.resolve("n1-en.eml");
        TestSite.Run run = TestSite.run(
                "newsletter", "export", "1", "--lang", "en", "--source", dir.toString(), "--output", eml.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String mail = Files.readString(eml, StandardCharsets.US_ASCII);
        String boundary = mail.replaceAll("(?s).*boundary=\"([^\"]+)\".*", "$1");
        String[] parts = mail.split("--" + java.util.regex.Pattern.quote(boundary));
        String text = decode(parts[1]);
        String html = decode(parts[2]);
        assertThat(text)
                .startsWith(
                        "This page has not been translated into your language yet. You are reading the German version.")
                .contains("AUSGABE EINS", "Die erste.");
        org.jsoup.nodes.Document document = org.jsoup.Jsoup.parse(html);
        assertThat(document.select("html").attr("lang"))
                .as("the text is German")
                .isEqualTo("de");
        assertThat(document.select("td[lang=en]").text())
                .isEqualTo(
                        "This page has not been translated into your language yet. You are reading the German version.");
    }

    @Test
    void exportingAnIssueThatDoesNotExistSaysSo() {
        TestSite.write(dir, withUnsubscribe("mailto:abbestellen@example.org"));
        TestSite.Run run = TestSite.run(
                "newsletter",
                "export",
                "9",
                "--lang",
                "en",
                "--source",
                dir.toString(),
                "--output",
                dir.resolve("n9.eml").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("there is no newsletter issue 9");
    }

    private static String decode(String part) {
        String body = part.substring(part.indexOf("\r\n\r\n") + 4).strip();
        return new String(Base64.getMimeDecoder().decode(body), StandardCharsets.UTF_8);
    }

    @Test
    void anIssueThatPresentsAMissingPageFailsWithItsLine() {
        TestSite site = TestSite.write(dir, SITE);
        site.file(
                "content/newsletter/n3.de.md",
                "---\ntitle: Drei\ndate: 2026-09-01\ntype: newsletter\nnumber: 3\nsections:\n  - ref: /projekte/fst.md\n---\n");
        TestSite.Run run = site.build("--no-pdf");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains(
                        "content/newsletter/n3.de.md:7: '/projekte/fst.md' is not a project, event, course or role model (did you mean '/projekte/fest.md'?)");
    }
}
