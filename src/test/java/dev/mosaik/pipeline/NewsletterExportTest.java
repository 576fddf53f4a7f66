package dev.mosaik.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.TestSite;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code mosaik newsletter export} renders the issue from the site model. The golden files were written by the
 * export before it did (a whole build into a temporary folder, the issue found in its HTML): the .eml is the same
 * to the byte. When the shipped issue is edited, write them again with the command in the file name's terms:
 * {@code mosaik newsletter export 4 --lang de --build-date 2026-12-01 --output src/test/resources/newsletter/ausgabe-4-de-2026-12-01.eml}.
 */
class NewsletterExportTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"de", "ar"})
    void exportsTheShippedIssueFromTheModelByteForByteAsTheBuildRenderedIt(String language) throws IOException {
        Path eml = dir.resolve("issue.eml");
        TestSite.Run run = TestSite.run(
                "newsletter",
                "export",
                "4",
                "--lang",
                language,
                "--source",
                ".",
                "--build-date",
                "2026-12-01",
                "--output",
                eml.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (InputStream golden =
                getClass().getResourceAsStream("/newsletter/ausgabe-4-" + language + "-2026-12-01.eml")) {
            assertThat(Files.readAllBytes(eml)).isEqualTo(golden.readAllBytes());
        }
    }
}
