package dev.mosaik.translate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.TestSite;
import dev.mosaik.translate.TranslationStub.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mosaik translate --machine} end to end, through the CLI, against a LibreTranslate stub on the loopback interface. */
class MachineTranslateCommandTest {

    @TempDir
    Path dir;

    private TranslationStub stub;

    @AfterEach
    void stop() throws Exception {
        stub.close();
    }

    private static Reply capitals(String body) {
        List<String> texts = Json.strings(body, "q", Optional.empty()).orElseThrow();
        return Reply.ok(Json.write(json -> Json.stringArray(
                json,
                "translatedText",
                texts.stream()
                        .map(t -> t.replaceAll("(?<=>|^)([^<]+)", "EN $1"))
                        .toList())));
    }

    private TestSite site(String page) throws Exception {
        stub = new TranslationStub().echo(MachineTranslateCommandTest::capitals);
        return TestSite.write(
                dir,
                TestSite.SITE_YAML + "translation:\n  provider: libretranslate\n  url: " + stub.url() + "\n"
                        + "-- content/_index.de.md --\n---\ntitle: Start\n---\nHallo\n-- content/projekte/_index.de.md --\n---\ntitle: Projekte\n---\n"
                        + "-- content/kontakt.de.md --\n" + page);
    }

    private TestSite.Run translate(String... extra) {
        List<String> args = new java.util.ArrayList<>(
                List.of("translate", "content/kontakt.de.md", "--to", "en", "--machine", "--source", dir.toString()));
        args.addAll(List.of(extra));
        return TestSite.run(args.toArray(String[]::new));
    }

    private static final String PAGE =
            "---\ntitle: Kontakt\nweight: 2\n---\nSie erreichen uns im Büro. Schreiben Sie uns über [das Formular](/kontakt.md).\n\n"
                    + "Wir sind von Montag bis Freitag da.\n";

    @Test
    void writesAMachineTranslationWithTheOriginalsMarkupAndLabel() throws Exception {
        TestSite site = site(PAGE);
        TestSite.Run run = translate();
        assertThat(run.exitCode()).as(run.err()).isZero();
        String translation = Files.readString(dir.resolve("content/kontakt.en.md"));
        assertThat(translation)
                .contains(
                        "title: \"EN Kontakt\"",
                        "weight: 2",
                        "translation: machine",
                        "EN Sie erreichen uns im Büro. Schreiben Sie uns über [EN das Formular](/kontakt.md)EN .")
                .containsPattern("sourceHash: [0-9a-f]{12}");
        assertThat(Files.exists(dir.resolve(".mosaik/tm/kontakt.en.json"))).isTrue();
        TestSite.Run build = site.build();
        assertThat(build.exitCode()).as(build.err()).isZero();
    }

    @Test
    void updateSendsOnlyChangedBlocksAndKeepsWhatAPersonEdited() throws Exception {
        TestSite site = site(PAGE);
        assertThat(translate().exitCode()).isZero();
        Path english = dir.resolve("content/kontakt.en.md");
        site.file(
                "content/kontakt.en.md",
                Files.readString(english)
                        .replace("EN Wir sind von Montag bis Freitag da.", "We are open Monday to Friday."));
        site.file("content/kontakt.de.md", PAGE.replace("im Büro", "im Rathaus"));
        int before = stub.received().size();
        TestSite.Run run = translate("--update");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(stub.received()).hasSize(before + 1);
        assertThat(stub.received().get(before).body())
                .contains("im Rathaus")
                .doesNotContain("Montag")
                .doesNotContain("Kontakt\"");
        assertThat(Files.readString(english))
                .contains("EN Sie erreichen uns im Rathaus.", "We are open Monday to Friday.");
        assertThat(translate("--update").out()).contains("unchanged");
    }

    @Test
    void neverOverwritesATranslationAPersonWrote() throws Exception {
        TestSite site = site(PAGE);
        String human = "---\ntitle: Contact\ntranslation: human\n---\nWritten by hand.\n";
        site.file("content/kontakt.en.md", human);
        TestSite.Run run = translate();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("content/kontakt.en.md: skipped: it is not 'translation: machine'");
        assertThat(Files.readString(dir.resolve("content/kontakt.en.md"))).isEqualTo(human);
        assertThat(stub.received()).isEmpty();
    }

    @Test
    void refusesHardGermanWithItsHardestSentencesUnlessForced() throws Exception {
        site(
                "---\ntitle: Kontakt\n---\nDie Inanspruchnahme integrationsfördernder Beratungsdienstleistungen erfordert grundsätzlich "
                        + "vorherige Terminvereinbarung unter Berücksichtigung datenschutzrechtlicher Rahmenbedingungen.\n");
        TestSite.Run run = translate();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("content/kontakt.de.md:1: the German text is hard to read (reading ease")
                .contains("content/kontakt.de.md:4: warning: hard sentence");
        assertThat(Files.exists(dir.resolve("content/kontakt.en.md"))).isFalse();
        assertThat(translate("--force").exitCode()).isZero();
    }

    @Test
    void aFailingServiceWritesNothing() throws Exception {
        site(PAGE);
        stub.then(Reply.status(400, "{\"error\":\"en is not supported\"}"));
        TestSite.Run run = translate();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("content/kontakt.de.md: not translated into English:")
                .contains("LibreTranslate refused the request (HTTP 400)");
        assertThat(Files.exists(dir.resolve("content/kontakt.en.md"))).isFalse();
        assertThat(Files.exists(dir.resolve(".mosaik"))).isFalse();
    }

    @Test
    void aTranslationThatLostALinkIsRefusedAndNothingWritten() throws Exception {
        site(PAGE);
        stub.then(
                Reply.ok(
                        "{\"translatedText\":[\"Contact\",\"You reach us at the office. Write to us via the form.\",\"We are open.\"]}"));
        TestSite.Run run = translate();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains(
                        "content/kontakt.de.md:5: the translation of this paragraph lost the link [das Formular](/kontakt.md)");
        assertThat(Files.exists(dir.resolve("content/kontakt.en.md"))).isFalse();
    }

    @Test
    void aKeyWrittenIntoSiteYamlIsAnError() throws Exception {
        stub = new TranslationStub();
        TestSite.write(
                dir,
                TestSite.SITE_YAML + "translation:\n  provider: deepl\n  key: abc123\n-- content/kontakt.de.md --\n"
                        + PAGE);
        TestSite.Run run = translate();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("site.yaml:19: a key does not belong in site.yaml");
    }

    private static final String SECTIONS = "---\ntitle: Kontakt\n---\nSo erreichen Sie uns.\n\n"
            + "## Sprechzeiten\n\nMontag bis Freitag.\n\n## Anfahrt\n\nMit dem Bus.\n\n## Beratung\n\nIm Büro.\n\n"
            + "## Formulare\n\nAm Empfang.\n\n## Dolmetschen\n\nAuf Anfrage.\n";

    @Test
    void theOutdatedNoticeNamesTheSectionsOfTheOriginalThatChanged() throws Exception {
        TestSite site = site(SECTIONS);
        assertThat(translate().exitCode()).isZero();
        assertThat(Files.readString(dir.resolve("content/kontakt.en.md")))
                .containsPattern("sourceSections: \\[[0-9a-f]{8}(, [0-9a-f]{8}){5}]");
        site.file(
                "content/kontakt.de.md",
                SECTIONS.replace("Mit dem Bus.", "Mit dem Bus oder zu Fuß.").replace("Im Büro.", "Im Rathaus."));

        TestSite.Run build = site.build();

        assertThat(build.exitCode()).as(build.err()).isZero();
        org.jsoup.nodes.Element notice = site.page("en/kontakt/index.html").selectFirst(".notice-outdated");
        assertThat(notice.text())
                .isEqualTo(
                        "This translation may be outdated: since it was translated, the original has changed in the sections "
                                + "\u201CAnfahrt\u201D and \u201CBeratung\u201D.");
        assertThat(notice.select("bdi[lang=de]").eachText()).containsExactly("Anfahrt", "Beratung");
        assertThat(notice.attr("lang")).isEqualTo("en");
    }

    @Test
    void theOutdatedNoticeNamesThreeChangedSectionsAndCountsTheRest() throws Exception {
        TestSite site = site(SECTIONS);
        assertThat(translate().exitCode()).isZero();
        site.file("content/kontakt.de.md", SECTIONS.replace(".\n", "!\n"));

        TestSite.Run build = site.build();

        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(site.page("en/kontakt/index.html")
                        .selectFirst(".notice-outdated")
                        .text())
                .isEqualTo("This translation may be outdated: "
                        + "since it was translated, the original has changed in the sections \u201CKontakt\u201D, \u201CSprechzeiten\u201D, "
                        + "\u201CAnfahrt\u201D, and 3 more.");
    }

    @Test
    void aTranslationWithoutRecordedSectionsKeepsTheGeneralOutdatedNotice() throws Exception {
        TestSite site = site(SECTIONS);
        assertThat(translate().exitCode()).isZero();
        Path english = dir.resolve("content/kontakt.en.md");
        site.file("content/kontakt.en.md", Files.readString(english).replaceAll("sourceSections: .*\n", ""));
        site.file("content/kontakt.de.md", SECTIONS.replace("Im Büro.", "Im Rathaus."));

        TestSite.Run build = site.build();

        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(site.page("en/kontakt/index.html")
                        .selectFirst(".notice-outdated")
                        .text())
                .isEqualTo("This translation may be outdated: the original text has changed since it was translated.");
    }
}
