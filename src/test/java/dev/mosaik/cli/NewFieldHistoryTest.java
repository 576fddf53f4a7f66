package dev.mosaik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mosaik new handlungsfeld} scaffolds a measure with a history to fill, and writes no status or date itself. */
class NewFieldHistoryTest {

    @TempDir
    Path dir;

    @Test
    void aNewFieldOfActionHasAHistoryExampleThatFailsAtEachUnfilledLine() throws Exception {
        TestSite site = TestSite.write(
                dir,
                TestSite.SITE_YAML + "-- content/_index.de.md --\n---\ntitle: Start\n---\nHallo\n"
                        + "-- content/projekte/_index.de.md --\n---\ntitle: Projekte\n---\n");
        TestSite.Run run =
                TestSite.run("--ui-lang", "en", "new", "handlungsfeld", "felder/neu", "--source", dir.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path file = dir.resolve("content/felder/neu.de.md");
        String text = Files.readString(file);
        assertThat(text)
                .contains("    history:\n      - date:\n        status:\n        note: \"⟨")
                .doesNotContainPattern("(?m)^[ \\t-]*(status|updated|date):[ \\t]*\\S");
        Files.writeString(file, text.replace("draft: true", "draft: false"));
        List<String> lines = Files.readAllLines(file);
        TestSite.Run build = site.build("--no-pdf");
        assertThat(build.exitCode()).isEqualTo(1);
        int date = lines.indexOf("      - date:") + 1;
        assertThat(build.err())
                .contains("content/felder/neu.de.md:" + date + ": missing required key 'date'")
                .contains("content/felder/neu.de.md:" + (date + 1) + ": missing required key 'status'")
                .contains("content/felder/neu.de.md:" + (date + 2) + ":");
    }
}
