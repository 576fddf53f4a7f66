package dev.mosaik.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links in every form an editor writes them (issue 18): source files as before, and addresses — absolute with or
 * without language, relative to the page's published address — resolved against every address the build writes,
 * sent to the reader's language, and every odd form resolved or reported at its line, in {@code build} and
 * {@code check} alike.
 */
class AddressLinksTest {

    @TempDir
    Path dir;

    /** German, English (with its own address for the contact page) and Persian, which falls back to German. */
    private static final String SITE = """
            -- site.yaml --
            baseUrl: https://example.org/
            defaultLanguage: de
            languages:
              - code: de
                title: Testseite
              - code: en
                title: Test site
              - code: fa
                title: سایت آزمایشی
            -- content/_index.de.md --
            ---
            title: Start
            ---
            Hallo.
            -- content/_index.en.md --
            ---
            title: Home
            ---
            Hello.
            -- content/_index.fa.md --
            ---
            title: خانه
            ---
            سلام.
            -- content/kontakt.de.md --
            ---
            title: Kontakt
            ---
            ## Sprechzeiten

            Montag.
            -- content/kontakt.en.md --
            ---
            title: Contact
            slug: contact
            ---
            Monday.
            -- content/projekte/_index.de.md --
            ---
            title: Projekte
            ---
            Liste.
            -- content/projekte/schule-verstehen.de.md --
            ---
            title: Schule verstehen
            tags: [Familie]
            ---
            Text.
            -- content/projekte/schule-verstehen.fa.md --
            ---
            title: درک مدرسه
            slug: درک-مدرسه
            ---
            متن.
            -- content/projekte/übersicht.pdf --
            %PDF-1.4
            """;

    private TestSite site(String path, String body) {
        return TestSite.write(dir, SITE + "-- " + path + " --\n" + body);
    }

    private static List<String> hrefs(Document page) {
        return page.select(".prose a").eachAttr("href");
    }

    private static void assertFails(TestSite.Run run, String... messages) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains(messages).doesNotContain("Exception");
    }

    private TestSite.Run check() {
        return TestSite.run("check", "--source", dir.toString());
    }

    @Test
    void anAbsoluteAddressWithLanguageLeadsToTheSamePageInTheReadersLanguage() {
        TestSite site = site(
                "content/seite.de.md",
                "---\ntitle: Seite\n---\n[Kontakt](/de/kontakt/) und [Sprechzeiten](/de/kontakt/#sprechzeiten)\n");
        site.file("content/info.fa.md", "---\ntitle: اطلاعات\n---\n[تماس](/de/kontakt/)\n");
        assertThat(site.build().exitCode()).isZero();
        assertThat(hrefs(site.page("de/seite/index.html")))
                .containsExactly("/de/kontakt/", "/de/kontakt/#sprechzeiten");
        assertThat(hrefs(site.page("en/seite/index.html")))
                .as("the German page shown in English")
                .containsExactly("/en/contact/", "/en/contact/#sprechzeiten");
        assertThat(hrefs(site.page("fa/info/index.html")))
                .as("a Persian text that kept the German address")
                .containsExactly("/fa/kontakt/");
        assertThat(check().exitCode()).isZero();
    }

    @Test
    void anAddressInAThirdLanguageIsAChoiceAndKeptAsWritten() {
        TestSite site = site("content/info.fa.md", "---\ntitle: اطلاعات\n---\n[English](/en/contact/)\n");
        assertThat(site.build().exitCode()).isZero();
        assertThat(hrefs(site.page("fa/info/index.html"))).containsExactly("/en/contact/");
    }

    @Test
    void anAddressWithoutLanguageNamesThePageInTheTreeOfTheTextsLanguage() {
        TestSite site = site("content/seite.de.md", "---\ntitle: Seite\n---\n[Kontakt](/kontakt/) und [Start](/)\n");
        assertThat(site.build().exitCode()).isZero();
        assertThat(hrefs(site.page("de/seite/index.html"))).containsExactly("/de/kontakt/", "/de/");
        assertThat(hrefs(site.page("en/seite/index.html"))).containsExactly("/en/contact/", "/en/");
    }

    @Test
    void aRelativeAddressIsResolvedAgainstThePagesPublishedAddress() {
        TestSite site = site(
                "content/projekte/neu.de.md",
                "---\ntitle: Neu\n---\n[Schule](../schule-verstehen/) und [Kontakt](../../kontakt) und [PDF](übersicht.pdf)\n");
        assertThat(site.build().exitCode())
                .as("'../' above the content folder is still inside the site")
                .isZero();
        assertThat(hrefs(site.page("de/projekte/neu/index.html")))
                .containsExactly("/de/projekte/schule-verstehen/", "/de/kontakt/", "/projekte/übersicht.pdf");
        assertThat(hrefs(site.page("fa/projekte/neu/index.html")))
                .as("in the Persian tree, the Persian page")
                .containsExactly("/fa/projekte/درک-مدرسه/", "/fa/kontakt/", "/projekte/übersicht.pdf");
    }

    @Test
    void aRelativeAddressWrittenAsIfFromTheFolderGetsAHint() {
        TestSite site =
                site("content/projekte/neu.de.md", "---\ntitle: Neu\n---\nText.\n\n[Schule](schule-verstehen/)\n");
        assertFails(
                site.build(),
                "content/projekte/neu.de.md:6: link target 'schule-verstehen/' does not exist (did you mean"
                        + " '/de/projekte/schule-verstehen/'? A relative address starts from the page's own address, as in a browser)");
    }

    @Test
    void anAddressThatNamesNothingIsAnErrorAtItsLineInBuildAndCheckWithTheClosestAddress() {
        TestSite site = site(
                "content/seite.de.md", "---\ntitle: Seite\n---\n[x](/de/gibt-es-nicht/)\n\n[Kontakt](/de/kontak/)\n");
        String missing = "content/seite.de.md:4: link target '/de/gibt-es-nicht/' does not exist";
        String close = "content/seite.de.md:6: link target '/de/kontak/' does not exist (did you mean '/de/kontakt/'?)";
        assertFails(site.build(), missing, close);
        assertFails(check(), missing, close);
    }

    @Test
    void addressesTheBuildGeneratesAreFoundListingsTagsFeedsAndSearch() {
        TestSite site = site(
                "content/seite.de.md",
                "---\ntitle: Seite\n---\n[Familie](/de/schlagwoerter/familie/), [Feed](/de/atom.xml),"
                        + " [Suche](/de/suche/?q=Kita), [Projekte](/de/projekte/)\n");
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(hrefs(site.page("de/seite/index.html")))
                .containsExactly("/de/schlagwoerter/familie/", "/de/atom.xml", "/de/suche/?q=Kita", "/de/projekte/");
        assertThat(check().exitCode()).isZero();
    }

    @Test
    void aGeneratedAddressWithoutLanguageIsAnErrorThatNamesTheAddressWithIt() {
        TestSite site = site("content/seite.de.md", "---\ntitle: Seite\n---\n[Feed](/atom.xml)\n");
        assertFails(
                site.build(),
                "content/seite.de.md:4: link target '/atom.xml' does not exist (did you mean '/de/atom.xml'?");
    }

    @Test
    void anAliasIsAnAddress() {
        TestSite site =
                site("content/seite.de.md", "---\ntitle: Seite\naliases: [/alt/seite/]\n---\n[Alt](/alt/seite/)\n");
        assertThat(site.build().exitCode()).isZero();
        assertThat(hrefs(site.page("de/seite/index.html"))).containsExactly("/alt/seite/");
    }

    @Test
    void percentEncodedAddressesAndFileNamesAreDecoded() {
        TestSite site = site(
                "content/projekte/neu.de.md",
                "---\ntitle: Neu\n---\n[PDF](%C3%BCbersicht.pdf) und [Schule](/de/projekte/schule%2Dverstehen/)\n");
        assertThat(site.build().exitCode()).isZero();
        assertThat(hrefs(site.page("de/projekte/neu/index.html")))
                .containsExactly("/projekte/übersicht.pdf", "/de/projekte/schule-verstehen/");
    }

    @Test
    void aBrokenPercentEscapeIsAnErrorAtItsLine() {
        TestSite site =
                site("content/seite.de.md", "---\ntitle: Seite\n---\n[halb](/de/%zz/)\n\n[kein Text](/de/%E0%A4/)\n");
        assertFails(
                site.build(),
                "content/seite.de.md:4: link target '/de/%zz/' has a '%' escape that stands for no character",
                "content/seite.de.md:6: link target '/de/%E0%A4/' has a '%' escape that stands for no character");
    }

    @Test
    void nonLatinAddressesResolveWrittenPlainOrPercentEncoded() {
        TestSite site = site(
                "content/info.fa.md",
                "---\ntitle: اطلاعات\n---\n[مدرسه](/fa/projekte/درک-مدرسه/) و"
                        + " [مدرسه](/fa/projekte/%D8%AF%D8%B1%DA%A9-%D9%85%D8%AF%D8%B1%D8%B3%D9%87/)\n\n[نیست](/fa/projekte/درک-مدرسههه/)\n");
        TestSite.Run run = site.build();
        assertFails(
                run,
                "content/info.fa.md:6: link target '/fa/projekte/درک-مدرسههه/' does not exist (did you mean '/fa/projekte/درک-مدرسه/'?)");
        assertThat(run.err()).doesNotContain("info.fa.md:4");
    }

    @Test
    void nonLatinAddressesAreLinkedAsTheyAreWritten() {
        TestSite site = site(
                "content/info.fa.md",
                "---\ntitle: اطلاعات\n---\n[مدرسه](/fa/projekte/%D8%AF%D8%B1%DA%A9-%D9%85%D8%AF%D8%B1%D8%B3%D9%87/)\n");
        assertThat(site.build().exitCode()).isZero();
        assertThat(hrefs(site.page("fa/info/index.html"))).containsExactly("/fa/projekte/درک-مدرسه/");
    }

    @Test
    void dotDotPastTheRootIsAnErrorAtItsLine() {
        TestSite site = site("content/projekte/neu.de.md", "---\ntitle: Neu\n---\nText.\n\n[weg](../../../../weg/)\n");
        assertFails(
                site.build(),
                "content/projekte/neu.de.md:6: link target '../../../../weg/' points above the site's root folder");
    }

    @Test
    void aProtocolRelativeLinkIsRefusedWithBothReadings() {
        TestSite site = site("content/seite.de.md", "---\ntitle: Seite\n---\n[x](//example.com/kontakt/)\n");
        assertFails(
                site.build(),
                "content/seite.de.md:4: link target '//example.com/kontakt/' leaves out the scheme, so browsers open it"
                        + " on the server 'example.com' (write another site's address in full (https://example.com/kontakt/), an address of this"
                        + " site with one slash (/example.com/kontakt/))");
    }

    @Test
    void mailtoAndTelLinksPassWithAnAddressOrNumberAndAreReportedWithout() {
        TestSite site = site(
                "content/seite.de.md",
                "---\ntitle: Seite\n---\n[Mail](mailto:info@example.org) [Tel](tel:+49 6441 99-0)\n\n[Mail](mailto:)\n\n[Tel](tel:Rathaus)\n");
        TestSite.Run run = site.build();
        assertFails(
                run,
                "content/seite.de.md:6: link target 'mailto:' has no e-mail address",
                "content/seite.de.md:8: link target 'tel:Rathaus' is not a telephone number");
        assertThat(run.err()).doesNotContain("seite.de.md:4");
    }

    @Test
    void aBareHashAndAnEmptyLinkAreErrors() {
        TestSite site = site("content/seite.de.md", "---\ntitle: Seite\n---\n[Anmeldung](#)\n\n[Leer]()\n");
        assertFails(
                site.build(),
                "content/seite.de.md:4: link target '#' leads nowhere",
                "content/seite.de.md:6: link has no target");
    }

    @Test
    void anAnchorOnThisPageIsCheckedAsBefore() {
        TestSite site = site(
                "content/seite.de.md",
                "---\ntitle: Seite\n---\n## Da\n\n[da](#da) [weg](#weg) [dort](/de/kontakt/#weg)\n");
        assertThat(site.build().exitCode()).isZero();
        assertFails(
                check(),
                "content/seite.de.md: link to '#weg' on /de/seite/: no such anchor",
                "content/seite.de.md: link to '#weg' on /de/kontakt/: no such anchor");
    }

    @Test
    void aQueryAloneNamesThisPage() {
        TestSite site = site("content/seite.de.md", "---\ntitle: Seite\n---\n[Seite 2](?seite=2)\n");
        assertThat(site.build().exitCode()).isZero();
        assertThat(hrefs(site.page("de/seite/index.html"))).containsExactly("/de/seite/?seite=2");
        assertThat(hrefs(site.page("en/seite/index.html"))).containsExactly("/en/seite/?seite=2");
    }

    @Test
    void anAddressWrittenWithTheBaseUrlsPathIsTheSameAddress() {
        TestSite site = TestSite.write(
                dir,
                SITE.replace("https://example.org/", "https://example.org/integration/")
                        + "-- content/seite.de.md --\n---\ntitle: Seite\n---\n[a](/de/kontakt/) [b](/integration/de/kontakt/) [c](/integration/de/atom.xml)\n");
        assertThat(site.build().exitCode()).isZero();
        assertThat(hrefs(site.page("de/seite/index.html")))
                .containsExactly("/integration/de/kontakt/", "/integration/de/kontakt/", "/integration/de/atom.xml");
    }

    /** The scenario: one file with broken front matter, two files linking to it. */
    @Test
    void aFileThatCannotBeReadIsReportedOnceNotAsAMissingLinkTargetToo() {
        TestSite site = site(
                "content/projekte/schule-verstehen.de.md",
                "---\ntitle: Schule verstehen\nsummary: [nicht geschlossen\n---\nText\n");
        site.file("content/a.de.md", "---\ntitle: A\n---\n[Schule](/projekte/schule-verstehen.md)\n");
        site.file("content/b.de.md", "---\ntitle: B\n---\n[Schule](projekte/schule-verstehen.md)\n");
        for (TestSite.Run run : List.of(site.build(), check())) {
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.errLines().stream().filter(line -> line.startsWith("content/")))
                    .as(run.err())
                    .hasSize(1)
                    .allMatch(line -> line.startsWith("content/projekte/schule-verstehen.de.md:"));
        }
    }

    @Test
    void aMenuEntryNamingAFileThatCannotBeReadIsNotReportedToo() {
        TestSite site = TestSite.write(
                dir,
                SITE.replace(
                                "    title: Testseite\n",
                                "    title: Testseite\n    menu:\n      - title: Kontakt\n"
                                        + "        page: /kontakt.md\n")
                        + "-- content/kontakt.de.md --\n---\ntitle: [Kontakt\n---\nText\n");
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines().stream().filter(line -> !line.contains("warning:") && line.contains(":")))
                .as(run.err())
                .hasSize(1)
                .allMatch(line -> line.startsWith("content/kontakt.de.md:"));
    }

    @Test
    void aTypedPageThatCannotBeReadIsNotReportedAgainByEachOfItsTranslations() {
        TestSite site = site(
                "content/projekte/schule-verstehen.de.md",
                "---\ntitle: \"Schule verstehen\ntype: projekt\n---\nText\n");
        site.file(
                "content/projekte/schule-verstehen.fa.md",
                "---\ntitle: درک مدرسه\ntype: projekt\ntranslation: machine\n---\nنص\n");
        TestSite.Run run = site.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines().stream().filter(line -> line.startsWith("content/") && !line.contains("warning:")))
                .as(run.err())
                .hasSize(1)
                .allMatch(line -> line.startsWith("content/projekte/schule-verstehen.de.md:"));
    }
}
