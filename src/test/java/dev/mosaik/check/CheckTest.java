package dev.mosaik.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mosaik check} through the CLI: links, anchors, readability, Leichte Sprache, staleness, JSON. */
class CheckTest {

    @TempDir
    Path dir;

    private static final String SITE = TestSite.SITE_YAML.replace(
                    "  - code: en",
                    "  - code: ls\n    name: Leichte Sprache\n    locale: de\n    urlPrefix: leichte-sprache\n    title: Leicht\n  - code: en")
            + """
            -- content/_index.de.md --
            ---
            title: Start
            ---
            Kurz und klar. Siehe [Kontakt](/kontakt.md#sprechzeiten) und [fehlt](/kontakt.md#oeffnungszeiten) und [oben](#nirgends).
            Mehr bei [der Stadt](https://www.wetzlar.de).
            -- content/projekte/_index.de.md --
            ---
            title: Projekte
            updated: 2020-01-01
            ---
            Die Implementierung interkultureller Organisationsentwicklungsprozesse innerhalb kommunaler Verwaltungsstrukturen erfordert die systematische Berücksichtigung heterogener Bedarfskonstellationen unterschiedlichster Zielgruppen, insbesondere hinsichtlich niedrigschwelliger Zugangsmöglichkeiten, bürgerorientierter Kommunikationsstrategien sowie partizipativer Beteiligungsverfahren, welche gleichermaßen Transparenz, Verbindlichkeit und Nachhaltigkeit gewährleisten sollen.
            -- content/kontakt.de.md --
            ---
            title: Kontakt
            ---
            ## Sprechzeiten

            Montag.
            -- content/start-kopie.de.md --
            ---
            title: Kontakt
            ---
            Doppelt.
            -- content/_index.ls.md --
            ---
            title: Start
            ---
            Das ist ein sehr langer Satz mit viel zu vielen Wörtern, die niemand mit wenig Lese-Übung gut verstehen kann.
            Der Antrag wird von der Verwaltung geprüft.
            Die Integrationsbeauftragte hilft Ihnen.
            """;

    @Test
    void findsMissingAnchorsDuplicateTitlesHardTextAndStalePages() {
        TestSite.write(dir, SITE);
        TestSite.Run run = TestSite.run("check", "--source", dir.toString(), "--build-date", "2026-11-28");

        assertThat(run.exitCode()).as("a missing anchor is an error").isEqualTo(1);
        assertThat(run.err())
                .contains(
                        "content/_index.de.md: link to '#oeffnungszeiten' on /de/kontakt/: no such anchor",
                        "content/_index.de.md: link to '#nirgends' on /de/: no such anchor",
                        "content/start-kopie.de.md:2: warning: has the same title as content/kontakt.de.md: 'Kontakt'",
                        "content/projekte/_index.de.md:5: warning: hard to read: Flesch (Amstad)",
                        "content/projekte/_index.de.md:1: warning: not updated since 2020-01-01 (more than 24 months)",
                        "content/_index.ls.md:4: warning: Leichte Sprache: sentence of 19 words (at most 15)",
                        "content/_index.ls.md:5: warning: Leichte Sprache: passive voice",
                        "content/_index.ls.md:6: warning: Leichte Sprache: long word 'Integrationsbeauftragte'");
        assertThat(run.err()).doesNotContain("'#sprechzeiten'");
        assertThat(run.out()).contains("External links (1)", "https://www.wetzlar.de");
    }

    @Test
    void everyWarningAboutTextHasTheLineOfItsParagraph() {
        TestSite site = TestSite.write(dir, SITE);
        site.file("content/projekte/_index.de.md", """
                ---
                title: Projekte
                ---
                Kurz.

                [Die Implementierung](/kontakt.md) interkultureller **Organisationsentwicklungsprozesse** innerhalb
                kommunaler Verwaltungsstrukturen erfordert die systematische Berücksichtigung heterogener Bedarfskonstellationen
                unterschiedlichster Zielgruppen, insbesondere hinsichtlich niedrigschwelliger Zugangsmöglichkeiten, bürgerorientierter
                Kommunikationsstrategien sowie partizipativer Beteiligungsverfahren, welche gleichermaßen Transparenz gewährleisten sollen.
                """);
        TestSite.Run run = TestSite.run("check", "--source", dir.toString(), "--build-date", "2026-11-28");
        assertThat(run.err()).contains("content/projekte/_index.de.md:6: warning: hard to read");
        assertThat(run.errLines())
                .filteredOn(l -> l.contains("warning:"))
                .noneMatch(l -> l.matches("content/[^:]*: warning:.*"));
    }

    @Test
    void thePassiveRuleFindsParticiplesWithoutGe() {
        TestSite site = TestSite.write(dir, SITE);
        site.file("content/_index.ls.md", """
                ---
                title: Start
                sourceHash: 000000000000
                ---
                Sie wurden gestern von uns informiert.
                Die Räder werden im Hof repariert.
                Die Kosten werden von der Stadt bezahlt.
                Das Formular ist erklärt worden.

                Wir werden morgen kommen.
                """);
        TestSite.Run run = TestSite.run("check", "--source", dir.toString(), "--build-date", "2026-11-28");
        assertThat(run.errLines())
                .filteredOn(l -> l.contains("passive voice"))
                .containsExactly(
                        "content/_index.ls.md:5: warning: Leichte Sprache: passive voice in 'Sie wurden gestern von uns informiert.' (say who does it)",
                        "content/_index.ls.md:6: warning: Leichte Sprache: passive voice in 'Die Räder werden im Hof repariert.' (say who does it)",
                        "content/_index.ls.md:7: warning: Leichte Sprache: passive voice in 'Die Kosten werden von der Stadt bezahlt.' (say who does it)",
                        "content/_index.ls.md:8: warning: Leichte Sprache: passive voice in 'Das Formular ist erklärt worden.' (say who does it)");
        TestSite.Run german =
                TestSite.run("--ui-lang", "de", "check", "--source", dir.toString(), "--build-date", "2026-11-28");
        assertThat(german.err())
                .contains(
                        "content/_index.ls.md:6: Warnung: Leichte Sprache: Passiv in 'Die Räder werden im Hof repariert.'"
                                + " (sagen Sie, wer es tut)");
    }

    @Test
    void aTranslationWithoutSourceHashIsAWarning() {
        TestSite site = TestSite.write(dir, SITE);
        site.file(
                "content/kontakt.en.md",
                "---\ntitle: Contact\nsourceHash: 000000000000\n---\n## Office hours\n\nMonday.\n");
        TestSite.Run run = TestSite.run("check", "--source", dir.toString(), "--build-date", "2026-11-28");
        assertThat(run.err())
                .containsPattern(
                        "content/_index\\.ls\\.md:1: warning: translation of content/_index\\.de\\.md without 'sourceHash':"
                                + " cannot tell whether it is current \\(compare it with the original; when it says the same, add 'sourceHash: [0-9a-f]{12}'");
        TestSite.Run german =
                TestSite.run("--ui-lang", "de", "check", "--source", dir.toString(), "--build-date", "2026-11-28");
        assertThat(german.err())
                .contains("content/_index.ls.md:1: Warnung: Übersetzung von content/_index.de.md ohne 'sourceHash'");
        assertThat(run.errLines())
                .as("a translation with its fingerprint is not reported")
                .filteredOn(l -> l.contains("without 'sourceHash'"))
                .hasSize(1);
    }

    @Test
    void findsABrokenLinkAMissingAltTextAndAnOutdatedTranslationWithTheirLines() {
        TestSite.write(dir, TestSite.SITE_YAML + """
                -- content/_index.de.md --
                ---
                title: Start
                ---
                Hallo.
                -- content/kontakt.de.md --
                ---
                title: Kontakt
                ---
                Siehe [Sprechzeiten](/sprechzeiten.md).

                ![](/bilder/rathaus.png)
                -- content/kontakt.en.md --
                ---
                title: Contact
                sourceHash: 000000000000
                ---
                See the office hours.
                -- content/projekte/_index.de.md --
                ---
                title: Projekte
                ---
                -- assets/bilder/rathaus.png --
                png
                """);
        TestSite.Run run = TestSite.run("check", "--source", dir.toString(), "--build-date", "2026-11-28");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains(
                        "content/kontakt.de.md:4: link target '/sprechzeiten.md' does not exist",
                        "content/kontakt.de.md:6: image '/bilder/rathaus.png' has no alt text",
                        "content/kontakt.en.md:1: warning: may be outdated: content/kontakt.de.md has changed since this translation was made");
    }

    @Test
    void externalLinksAreRequestedOnlyWhenAskedAndFailuresAreWarnings() throws Exception {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/da") ? 200 : 404, -1);
            exchange.close();
        });
        server.start();
        try {
            String origin = "http://127.0.0.1:" + server.getAddress().getPort();
            TestSite.write(dir, TestSite.SITE_YAML + """
                    -- content/_index.de.md --
                    ---
                    title: Start
                    ---
                    [Da](ORIGIN/da) und [weg](ORIGIN/weg).
                    -- content/projekte/_index.de.md --
                    ---
                    title: Projekte
                    ---
                    """.replace("ORIGIN", origin));

            TestSite.Run listed = TestSite.run("check", "--source", dir.toString(), "--build-date", "2026-11-28");
            assertThat(listed.out()).contains("External links (2)", origin + "/weg");
            assertThat(listed.err()).doesNotContain("external link answers");

            TestSite.Run fetched =
                    TestSite.run("check", "--source", dir.toString(), "--build-date", "2026-11-28", "--external");
            assertThat(fetched.exitCode())
                    .as("a broken external link is a warning")
                    .isZero();
            assertThat(fetched.err())
                    .contains(origin + "/weg: warning: external link answers 404")
                    .doesNotContain(origin + "/da:");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void limitsFromTheCheckSectionOfSiteYamlDecideWhatIsReported() {
        TestSite.write(dir, SITE.replace("defaultLanguage: de\n", """
                defaultLanguage: de
                check:
                  staleMonths: 120
                  minReadingEase: -200
                  maxWienerSachtextformel: 40
                  easySentenceWords: 25
                  easyWordLetters: 30
                """));
        TestSite.Run run = TestSite.run("check", "--source", dir.toString(), "--build-date", "2026-11-28");

        assertThat(run.err())
                .contains("content/_index.ls.md:5: warning: Leichte Sprache: passive voice")
                .doesNotContain("hard to read", "not updated since", "sentence of 19 words", "long word");

        TestSite.Run stricter =
                TestSite.run("check", "--source", dir.toString(), "--build-date", "2026-11-28", "--stale-months", "12");
        assertThat(stricter.err())
                .as("the command line overrides site.yaml")
                .contains("not updated since 2020-01-01 (more than 12 months)");
    }

    @Test
    void aCheckLimitThatIsNotAPositiveNumberIsAnErrorWithItsLine() {
        TestSite.write(
                dir,
                SITE.replace(
                        "defaultLanguage: de\n",
                        "defaultLanguage: de\ncheck:\n  maxWienerSachtextformel: 0\n  maxFlesch: 3\n"));
        TestSite.Run run = TestSite.run("check", "--source", dir.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains(
                        "site.yaml:4: check.maxWienerSachtextformel must be a positive number, not 0",
                        "site.yaml:5:",
                        "maxFlesch");
    }

    @Test
    void reportsAsJsonAndPassesWithOnlyWarnings() {
        TestSite.write(dir, SITE.replace(" und [fehlt](/kontakt.md#oeffnungszeiten) und [oben](#nirgends)", ""));
        TestSite.Run run =
                TestSite.run("check", "--source", dir.toString(), "--format", "json", "--build-date", "2026-11-28");

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out())
                .startsWith("{")
                .contains(
                        "\"errors\": 0",
                        "\"severity\": \"warning\"",
                        "\"file\": \"content/start-kopie.de.md\"",
                        "\"externalLinks\": [\n    \"https://www.wetzlar.de\"",
                        "\"language\": \"ls\"");
    }

    @Test
    void scoresEasyAndHardGermanTextsApart() {
        Readability.Score easy = Readability.score("Wir helfen Ihnen. Das kostet nichts. Rufen Sie an.");
        Readability.Score hard =
                Readability.score("Die Implementierung interkultureller Organisationsentwicklungsprozesse erfordert "
                        + "die systematische Berücksichtigung heterogener Bedarfskonstellationen.");
        assertThat(easy.flesch()).isGreaterThan(70);
        assertThat(hard.flesch()).isLessThan(0);
        assertThat(hard.wiener()).isGreaterThan(easy.wiener());
        assertThat(Readability.syllables("Maus")).isEqualTo(1);
        assertThat(Readability.syllables("Integration")).isEqualTo(5);
    }
}
