package dev.mosaik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mosaik new ort} and {@code mosaik translate} of a place. */
class NewPlaceTest {

    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.write(dir, TestSite.SITE_YAML + """
                -- content/_index.de.md --
                ---
                title: Start
                ---
                -- content/projekte/_index.de.md --
                ---
                title: Projekte
                ---
                """);
    }

    @Test
    void newPlaceIsADraftWhoseFilledInFactsBuild() throws IOException {
        TestSite site = site();
        TestSite.Run run = TestSite.run("--ui-lang", "en", "new", "ort", "orte/buero", "--source", dir.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path file = dir.resolve("content/orte/buero.de.md");
        String text = Files.readString(file);
        assertThat(text).contains("type: ort", "address:", "stepFree:", "Mo-Fr 08:30-12:00");
        Files.writeString(
                file,
                text.replace("⟨Street 1⟩", "Domplatz 1")
                        .replace("⟨Postcode⟩", "35578")
                        .replace("⟨City⟩", "Wetzlar")
                        .replace("⟨District⟩", "Altstadt")
                        .replace("stepFree:\n", "stepFree: true\n")
                        .replace("draft: true\n", "")
                        .replaceAll("[⟨⟩]", ""));
        TestSite.Run build = site.build();
        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(site.page("de/orte/buero/index.html")
                        .selectFirst("dl.place-facts")
                        .text())
                .contains("Domplatz 1", "35578 Wetzlar");
    }

    @Test
    void translationOfAPlaceKeepsOnlyItsProseOnLinesOfTheirOwn() throws IOException {
        site().file("content/orte/buero.de.md", """
                ---
                title: Büro
                type: ort
                access: Aufzug im Hof.
                address:
                  street: Domplatz 1
                  postcode: "35578"
                  city: Wetzlar
                district: Altstadt
                stepFree: true
                lat: 50.55
                lon: 8.5
                ---
                Text.
                """);
        TestSite.Run run =
                TestSite.run("translate", "content/orte/buero.de.md", "--to", "en", "--source", dir.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String translation = Files.readString(dir.resolve("content/orte/buero.en.md"));
        // The facts after the last prose key went, and with them the header's last line break: the comment joined
        // 'access'.
        assertThat(translation).contains("access: Aufzug im Hof.\n#").doesNotContain("lat:", "street:", "district:");
    }
}
