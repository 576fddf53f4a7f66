package dev.mosaik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mosaik new} marks what the editor must write with {@code ⟨…⟩} and writes no fact that could be wrong; a page
 * that is published with a placeholder or an empty required field left fails the build at each such line.
 */
class NewPlaceholdersTest {

    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.write(
                dir,
                TestSite.SITE_YAML
                        + "-- content/_index.de.md --\n---\ntitle: Start\n---\nHallo\n-- content/projekte/_index.de.md --\n---\ntitle: Projekte\n---\n"
                        + "-- content/deutsch-lernen/_index.de.md --\n---\ntitle: Deutsch lernen\n---\n");
    }

    private static int lineOf(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line starts with " + start);
    }

    @Test
    void aNewCourseWritesNoFactThatCouldBeWrong() throws Exception {
        TestSite site = site();
        TestSite.Run run =
                TestSite.run("--ui-lang", "en", "new", "kurs", "deutsch-lernen/abendkurs", "--source", dir.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String text = Files.readString(dir.resolve("content/deutsch-lernen/abendkurs.de.md"));
        assertThat(text)
                .contains("provider: \"⟨Provider⟩\"", "# Required:", "draft: true", "⟨Write the text here.⟩")
                .doesNotContain("stepFree: true", "childcare: false", "+49", "today")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}\\s*$")
                .doesNotContainPattern("(?m)^(start|end|fee|stepFree|childcare|courseType): *\\S");
        TestSite.Run build = site.build("--no-pdf");
        assertThat(build.exitCode())
                .as("a draft left out does not stop the build: " + build.err())
                .isZero();
        assertThat(build.err())
                .contains("content/deutsch-lernen/abendkurs.de.md")
                .contains("(draft, not published)");
    }

    @Test
    void aScaffoldedCoursePublishedUnfilledFailsAtEachLine() throws Exception {
        TestSite site = site();
        assertThat(site.build("--no-pdf").exitCode()).isZero();
        TestSite.run("--ui-lang", "en", "new", "kurs", "deutsch-lernen/abendkurs", "--source", dir.toString());
        Path file = dir.resolve("content/deutsch-lernen/abendkurs.de.md");
        Files.writeString(file, Files.readString(file).replace("draft: true", "draft: false"));
        List<String> lines = Files.readAllLines(file);

        TestSite.Run build = site.build("--no-pdf");

        assertThat(build.exitCode()).isEqualTo(1);
        String at = "content/deutsch-lernen/abendkurs.de.md:";
        assertThat(build.err())
                .contains(
                        at + lineOf(lines, "provider:") + ": ",
                        at + lineOf(lines, "levels:") + ": 'levels' must not be empty",
                        at + lineOf(lines, "courseType:") + ": missing required key 'courseType'",
                        at + lineOf(lines, "  - day:") + ": missing required key 'day'",
                        at + lineOf(lines, "    from:") + ": 'from' must not be empty",
                        at + lineOf(lines, "start:") + ": missing required key 'start'",
                        at + lineOf(lines, "end:") + ": missing required key 'end'",
                        at + lineOf(lines, "fee:") + ": missing required key 'fee'",
                        at + lineOf(lines, "childcare:")
                                + ": a course must say 'childcare: true' or 'childcare: false'",
                        at + lineOf(lines, "stepFree:") + ": a course must say 'stepFree: true' or 'stepFree: false'");
        assertThat(build.err()).doesNotContain(at + "2:").doesNotContain("(draft");
        assertThat(Files.exists(site.output().resolve("de/deutsch-lernen/abendkurs")))
                .as("nothing new is published")
                .isFalse();
        try (Stream<Path> all = Files.walk(site.output())) {
            assertThat(all.map(Path::toString)).noneMatch(p -> p.contains("stadtteil"));
        }
    }

    @Test
    void aPlaceholderLeftInAPublishedPageIsAnErrorAtItsLine() throws Exception {
        TestSite site = site();
        TestSite.run("--ui-lang", "en", "new", "kurs", "deutsch-lernen/abendkurs", "--source", dir.toString());
        Path file = dir.resolve("content/deutsch-lernen/abendkurs.de.md");
        String filled = Files.readString(file)
                .replace("draft: true", "draft: false")
                .replace("levels: []", "levels: [A1]")
                .replace("courseType:\n", "courseType: integrationskurs\n")
                .replace("  - day:\n    from:\n    to:\n", "  - day: monday\n    from: \"09:00\"\n    to: \"12:00\"\n")
                .replace("start:\nend:\n", "start: 2026-09-01\nend: 2027-01-31\n")
                .replace("fee:\n", "fee: 0\n")
                .replace("childcare:\nstepFree:\n", "childcare: false\nstepFree: false\n");
        Files.writeString(file, filled);
        List<String> lines = Files.readAllLines(file);

        TestSite.Run build = site.build("--no-pdf");

        String at = "content/deutsch-lernen/abendkurs.de.md:";
        assertThat(build.exitCode()).isEqualTo(1);
        assertThat(build.errLines())
                .filteredOn(l -> l.startsWith(at))
                .containsExactly(
                        at + lineOf(lines, "title:") + ": '⟨Abendkurs⟩' is a placeholder that readers would see"
                                + " (write the real text in its place, or keep 'draft: true' until it is done)",
                        at + lineOf(lines, "provider:") + ": '⟨Provider⟩' is a placeholder that readers would see"
                                + " (write the real text in its place, or keep 'draft: true' until it is done)",
                        at + lineOf(lines, "district:") + ": '⟨District⟩' is a placeholder that readers would see"
                                + " (write the real text in its place, or keep 'draft: true' until it is done)",
                        at + lineOf(lines, "phone:") + ": '⟨Phone number⟩' is a placeholder that readers would see"
                                + " (write the real text in its place, or keep 'draft: true' until it is done)",
                        at + lineOf(lines, "⟨Write")
                                + ": '⟨Write the text here.⟩' is a placeholder that readers would see"
                                + " (write the real text in its place, or keep 'draft: true' until it is done)");
    }

    @Test
    void aDraftMayKeepItsPlaceholders() throws Exception {
        TestSite site = site();
        site.file("content/seite.de.md", "---\ntitle: \"⟨Titel⟩\"\ndraft: true\n---\n⟨Text⟩\n");
        TestSite.Run build = site.build("--drafts", "--no-pdf");
        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(build.err()).doesNotContain("placeholder");
    }

    @Test
    void newWritesGermanCommentsAndTheBuildSaysInGermanWhatIsLeft() throws Exception {
        TestSite site = site();
        TestSite.run("--ui-lang", "de", "new", "kurs", "deutsch-lernen/abendkurs", "--source", dir.toString());
        Path file = dir.resolve("content/deutsch-lernen/abendkurs.de.md");
        String text = Files.readString(file);
        assertThat(text)
                .contains(
                        "# Pflicht: wer den Kurs anbietet.", "provider: \"⟨Anbieter⟩\"", "⟨Hier den Text schreiben.⟩");
        Files.writeString(file, text.replace("draft: true", "draft: false"));
        TestSite.Run build = TestSite.run("--ui-lang", "de", "build", "--source", dir.toString(), "--no-pdf");
        assertThat(build.err())
                .contains("'⟨Anbieter⟩' ist ein Platzhalter")
                .contains("Pflichtfeld 'start' fehlt")
                .contains("nichts wurde veröffentlicht");
    }
}
