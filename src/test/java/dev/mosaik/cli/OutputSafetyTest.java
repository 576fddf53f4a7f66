package dev.mosaik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.output.OutputSafety;
import dev.mosaik.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build replaces its output folder as a whole, so {@code --output} must never name a folder mosaik did not
 * write: the site, its sources, a parent, the home folder, the root, or any non-empty folder without the marker.
 * Each refusal is exit 1 with the folder named, and nothing touched.
 */
class OutputSafetyTest {

    @TempDir
    Path dir;

    private Path site;

    @BeforeEach
    void writeSite() throws IOException {
        site = dir.resolve("site");
        TestSite.write(
                site,
                TestSite.SITE_YAML + "-- content/_index.de.md --\n---\ntitle: Start\n---\nHallo\n"
                        + "-- content/projekte/_index.de.md --\n---\ntitle: Projekte\n---\n");
        Files.writeString(site.resolve("notes.txt"), "my notes");
        Files.createDirectories(site.resolve(".git"));
        Files.writeString(site.resolve(".git/HEAD"), "ref: refs/heads/main\n");
    }

    private TestSite.Run build(String output) {
        return TestSite.run(
                "build", "--source", site.toString(), "--output", output, "--no-pdf", "--build-date", "2026-06-01");
    }

    private void assertRefused(String output, String reason) {
        List<String> before = listing(dir);
        TestSite.Run run = build(output);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains(reason).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(listing(dir)).as("nothing touched").isEqualTo(before);
    }

    @Test
    void refusesOutputFolderThatIsTheSourceFolder() {
        assertRefused(site.toString(), "is the site folder");
        assertRefused(site.resolve(".").toString(), "is the site folder");
    }

    @Test
    void refusesOutputFolderThatIsAParentOfTheSourceFolder() {
        assertRefused(site.resolve("..").toString(), "contains the site folder");
        assertRefused(dir.toString(), "contains the site folder");
    }

    @Test
    void refusesOutputFolderInsideOrAroundTheSources() {
        assertRefused(site.resolve("content").toString(), "content/ folder");
        assertRefused(site.resolve("content/out").toString(), "content/ folder");
        assertRefused(site.resolve(".git").toString(), ".git/ folder");
        assertRefused(site.resolve("content/../i18n").toString(), "i18n/ folder");
    }

    @Test
    void refusesTheFileSystemRootWithoutACrash() {
        TestSite.Run run = build("/");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("root of the file system").doesNotContain("NullPointer");
    }

    @Test
    void refusesTheHomeFolderAndItsParents() throws IOException {
        Path home = Files.createDirectories(dir.resolve("home/editor"));
        Files.writeString(Files.createDirectories(home.resolve(".ssh")).resolve("id_ed25519"), "secret");
        String oldHome = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
        try {
            assertThat(OutputSafety.refusal(site, home).map(dev.mosaik.diag.UiMessages.english()::format))
                    .get()
                    .asString()
                    .contains("is your home folder");
            assertThat(OutputSafety.refusal(site, home.getParent()).map(dev.mosaik.diag.UiMessages.english()::format))
                    .get()
                    .asString()
                    .contains("contains your home folder");
            assertRefused(home.toString(), "home folder");
        } finally {
            System.setProperty("user.home", oldHome);
        }
        assertThat(home.resolve(".ssh/id_ed25519")).hasContent("secret");
    }

    @Test
    void refusesALinkThatLeadsToTheSourceFolder() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("public-link"), site);
        assertRefused(link.toString(), "is the site folder");
        assertRefused(link.resolve("content").toString(), "content/ folder");
    }

    @Test
    void refusesANonEmptyFolderMosaikDidNotWrite() throws IOException {
        Path documents = Files.createDirectories(dir.resolve("Documents"));
        Files.writeString(documents.resolve("thesis.odt"), "years of work");
        assertRefused(documents.toString(), "not empty and was not written by mosaik");
        assertThat(documents.resolve("thesis.odt")).hasContent("years of work");
    }

    @Test
    void refusesAFileAsOutputFolder() throws IOException {
        Path file = Files.writeString(dir.resolve("file.txt"), "text");
        assertRefused(file.toString(), "is not a folder");
    }

    @Test
    void buildsTwiceIntoTheSameFolderWhichCarriesTheMarker() {
        Path output = dir.resolve("public");
        for (int i = 0; i < 2; i++) {
            TestSite.Run run = build(output.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
        }
        assertThat(output.resolve(OutputSafety.MARKER)).isRegularFile();
        assertThat(output.resolve("index.html")).isRegularFile();
    }

    @Test
    void buildsTheDefaultOutputInsideTheSiteFolderTwice() {
        for (int i = 0; i < 2; i++) {
            TestSite.Run run = TestSite.run("build", "--source", site.toString(), "--no-pdf");
            assertThat(run.exitCode()).as(run.err()).isZero();
        }
        assertThat(site.resolve("public").resolve(OutputSafety.MARKER)).isRegularFile();
        assertThat(site.resolve("notes.txt")).hasContent("my notes");
    }

    @Test
    void replacesAnEmptyFolderAndTheOutputOfAVersionBeforeTheMarker() throws IOException {
        Path output = Files.createDirectories(dir.resolve("public"));
        assertThat(build(output.toString()).exitCode()).isZero();
        Files.delete(output.resolve(OutputSafety.MARKER));
        TestSite.Run again = build(output.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(output.resolve(OutputSafety.MARKER)).isRegularFile();
    }

    /** Every file and folder below {@code root} with its content, to compare before and after. */
    private static List<String> listing(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.sorted()
                    .map(p -> {
                        try {
                            return root.relativize(p)
                                    + (Files.isRegularFile(p)
                                            ? "=" + Files.readString(p).hashCode()
                                            : "/");
                        } catch (IOException e) {
                            return root.relativize(p) + "=?";
                        }
                    })
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
