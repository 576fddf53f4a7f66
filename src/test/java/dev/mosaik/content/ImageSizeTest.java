package dev.mosaik.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.TestSite;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageSizeTest {

    @Test
    void readsTheSizeOfRasterImagesFromTheirHeader(@TempDir Path folder) throws Exception {
        Path png = folder.resolve("bild.png");
        ImageIO.write(new BufferedImage(320, 180, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        assertThat(ImageSize.of(png)).contains(new ImageSize(320, 180));
    }

    @Test
    void readsSvgSizesFromWidthAndHeightOrTheViewBox() {
        assertThat(ImageSize.svg("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"360px\">"))
                .contains(new ImageSize(640, 360));
        assertThat(ImageSize.svg("<svg viewBox=\"0 0 24 12\">")).contains(new ImageSize(24, 12));
        assertThat(ImageSize.svg("<svg width=\"100%\">")).isEmpty();
    }

    @Test
    void markdownImagesGetWidthAndHeightSoThatTheTextDoesNotJump(@TempDir Path root) throws Exception {
        TestSite site = TestSite.write(root, TestSite.SITE_YAML + """
                -- content/_index.de.md --
                ---
                title: Start
                ---
                ![Ein Fest](fest.png)
                -- content/projekte/_index.de.md --
                ---
                title: Projekte
                ---
                """);
        ImageIO.write(
                new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB),
                "png",
                root.resolve("content/fest.png").toFile());
        TestSite.Run run = TestSite.run(
                "build",
                "--source",
                root.toString(),
                "--output",
                root.resolve("public").toString(),
                "--no-pdf");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Element image = site.page("de/index.html").selectFirst("main img");
        assertThat(image.attr("width")).isEqualTo("120");
        assertThat(image.attr("height")).isEqualTo("80");
        assertThat(Files.exists(root.resolve("public/fest.png"))).isTrue();
    }

    @Test
    void projectPicturesAndPortraitsGetWidthAndHeightToo(@TempDir Path root) throws Exception {
        TestSite site = TestSite.write(root, TestSite.SITE_YAML + """
                -- content/_index.de.md --
                ---
                title: Start
                ---
                -- content/projekte/_index.de.md --
                ---
                title: Projekte
                ---
                -- content/projekte/garten.de.md --
                ---
                title: Gemeinschaftsgarten
                type: projekt
                images:
                  - src: garten.png
                    alt: Beete vor dem Rathaus
                ---
                Text.
                -- content/projekte/aylin.de.md --
                ---
                title: Aylin
                type: vorbild
                name: Aylin Beispiel
                consent: 2026-02-01
                photo:
                  src: aylin.png
                  alt: Aylin lacht
                  consent: 2026-03-01
                ---
                Text.
                """);
        ImageIO.write(
                new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB),
                "png",
                root.resolve("content/projekte/garten.png").toFile());
        ImageIO.write(
                new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB),
                "png",
                root.resolve("content/projekte/aylin.png").toFile());
        TestSite.Run run = TestSite.run(
                "build",
                "--source",
                root.toString(),
                "--output",
                root.resolve("public").toString(),
                "--no-pdf");
        assertThat(run.exitCode()).as(run.err()).isZero();

        Element picture = site.page("de/projekte/garten/index.html").selectFirst(".project-image img");
        assertThat(picture.attr("width")).isEqualTo("400");
        assertThat(picture.attr("height")).isEqualTo("300");
        Element portrait = site.page("de/projekte/aylin/index.html").selectFirst(".portrait img");
        assertThat(portrait.attr("width")).isEqualTo("240");
        assertThat(portrait.attr("height"))
                .as("the portrait's height at its fixed width")
                .isEqualTo("320");
    }
}
