package dev.mosaik.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Raw HTML in Markdown may not make readers' browsers load pictures, media or frames from another server (issue 15, point 11). */
class ForeignSourcesTest {

    private static final String HINT =
            "; readers' browsers would contact it (save the file in the site, next to the page, and link it by file name)";

    @TempDir
    Path dir;

    private TestSite site(String siteYamlExtra) {
        return TestSite.write(dir, """
                -- site.yaml --
                baseUrl: https://example.org/
                defaultLanguage: de
                languages:
                  - code: de
                    title: Testseite
                """ + siteYamlExtra + """
                -- content/_index.de.md --
                ---
                title: Start
                ---
                Text mit <img src="https://tracker.example/pixel.gif" alt=""> darin.

                <figure>
                  <video poster="//cdn.example/bild.jpg" controls>
                    <source src="/videos/eigen.mp4">
                    <track src="https:evil.example/untertitel.vtt">
                  </video>
                  <img srcset="/bild.png 1x, \\\\evil.example\\bild.png 2x" alt="">
                </figure>

                <audio src="  HTTPS://radio.example/stream"></audio> <iframe src="https://video.example/embed/1"></iframe>

                ![Fremd](//cdn.example/bild.png)

                <img src="/eigenes-bild.png" alt="Eigenes"> und <img src="data:image/png;base64,AAAA" alt="">
                """);
    }

    @Test
    void rawImagesMediaAndFramesFromOtherServersAreErrorsAtTheirLines() {
        TestSite.Run run = site("").build("--no-pdf");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.errLines())
                .contains(
                        "content/_index.de.md:4: <img> src 'https://tracker.example/pixel.gif' is on another server"
                                + HINT,
                        "content/_index.de.md:7: <video> poster '//cdn.example/bild.jpg' is on another server" + HINT,
                        "content/_index.de.md:9: <track> src 'https:evil.example/untertitel.vtt' is on another server"
                                + HINT,
                        "content/_index.de.md:11: <img> srcset '\\\\evil.example\\bild.png' is on another server"
                                + HINT,
                        "content/_index.de.md:14: <audio> src 'HTTPS://radio.example/stream' is on another server"
                                + HINT,
                        "content/_index.de.md:14: <iframe> src 'https://video.example/embed/1' is on another server"
                                + HINT,
                        "content/_index.de.md:16: image '//cdn.example/bild.png' is on another server; readers' browsers would contact it"
                                + " (save the image in the site, next to the page, and link it by file name)");
        assertThat(run.err())
                .doesNotContain("/videos/eigen.mp4")
                .doesNotContain("eigenes-bild.png")
                .doesNotContain("data:image");
    }

    @Test
    void aSiteThatLetsRawHtmlThroughStillRefusesOtherServers() {
        TestSite.Run run = site("markdown:\n  rawHtml: true\n").build("--no-pdf");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err())
                .contains("content/_index.de.md:4: <img> src 'https://tracker.example/pixel.gif' is on another server");
    }
}
