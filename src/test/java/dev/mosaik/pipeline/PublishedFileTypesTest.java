package dev.mosaik.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.testing.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content carries no code (issue 15, point 2): files in {@code content/} and {@code assets/} are published only
 * when they are of a type no browser runs, and are what their names say; SVG drawings only when nothing in them
 * is active; HTML and scripts only when the site opts in with {@code publish.rawFiles}.
 */
class PublishedFileTypesTest {

    private static final String HINT = " (remove it, or export the drawing again as a plain SVG; see docs/security.md)";
    private static final String ACTIVE = ", which could run or load something in readers' browsers" + HINT;

    @TempDir
    Path dir;

    private TestSite site;

    @BeforeEach
    void buildThePreviousSite() {
        site = TestSite.write(dir.resolve("site"), """
                -- site.yaml --
                baseUrl: https://example.org/
                defaultLanguage: de
                languages:
                  - code: de
                    title: Testseite
                -- content/_index.de.md --
                ---
                title: Start
                ---
                Willkommen.
                """);
        TestSite.Run run = build();
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private TestSite.Run build() {
        return site.build("--output", dir.resolve("out").toString(), "--no-pdf", "--build-date", "2026-06-01");
    }

    private List<String> failingBuild() {
        Map<String, String> before = HostileContentTest.listing(dir.resolve("out"));
        TestSite.Run run = build();
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(HostileContentTest.listing(dir.resolve("out")))
                .as("the previous output is intact")
                .isEqualTo(before);
        List<String> lines = run.errLines();
        return lines.subList(0, lines.size() - 1);
    }

    private Path out(String path) {
        return dir.resolve("out").resolve(path);
    }

    @Test
    void htmlPhpAndScriptsFromEditorsAreRefusedAtTheirPaths() {
        site.file("content/x/evil.html", "<script>alert(document.cookie)</script>\n");
        site.file("content/shell.php", "<?php system($_GET['c']); ?>\n");
        site.file("content/x/tool.mjs", "export const x = 1;\n");
        site.file("assets/app.js", "alert(1)\n");
        String optIn = "see docs/security.md)";
        assertThat(failingBuild())
                .containsExactly(
                        "assets/app.js: JavaScript files are not published, since they would run with the site's address"
                                + " (if every editor of this site may publish scripts, add 'js' to 'publish: {rawFiles: [...]}' in site.yaml; "
                                + optIn,
                        "content/shell.php: '.php' files are not published: only pictures, PDFs, office documents, audio, video, subtitles, fonts,"
                                + " stylesheets and plain data (CSV, JSON, TXT, ICS) are (convert it to one of those, or link it where it is hosted; "
                                + optIn,
                        "content/x/evil.html: HTML files are not published, since their scripts would run with the site's address"
                                + " (if every editor of this site may publish scripts, add 'html' to 'publish: {rawFiles: [...]}' in site.yaml; "
                                + optIn,
                        "content/x/tool.mjs: JavaScript files are not published, since they would run with the site's address"
                                + " (if every editor of this site may publish scripts, add 'js' to 'publish: {rawFiles: [...]}' in site.yaml; "
                                + optIn);
    }

    @Test
    void aWebPageNamedLikeAPictureOrDocumentIsRefused() {
        site.file("content/bild.png", "<html><script>alert(1)</script></html>\n");
        site.file("content/flyer.pdf", "<svg onload=alert(1)>\n");
        assertThat(failingBuild())
                .containsExactly(
                        "content/bild.png: is not a PNG image, as its name says: its first bytes are those of another kind of file"
                                + " (save it again in its format, or give it the extension of what it is)",
                        "content/flyer.pdf: is not a PDF document, as its name says: its first bytes are those of another kind of file"
                                + " (save it again in its format, or give it the extension of what it is)");
    }

    @Test
    void picturesDocumentsFontsAndPlainDataArePublishedAsTheyAre() throws Exception {
        byte[] png = Files.readAllBytes(
                Path.of(getClass().getResource("/hostile/pixel.png").toURI()));
        Files.write(site.root().resolve("content/bild.png"), png);
        site.file("content/flyer.pdf", "%PDF-1.4\n%…\n");
        site.file("assets/extra.css", "body { margin: 0; }\n");
        site.file("content/daten/liste.csv", "a;b\n1;2\n");
        site.file("content/daten/untertitel.vtt", "WEBVTT\n");
        TestSite.Run run = build();
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readAllBytes(out("bild.png"))).isEqualTo(png);
        assertThat(out("flyer.pdf")).exists();
        assertThat(out("extra.css")).exists();
        assertThat(out("daten/liste.csv")).exists();
        assertThat(out("daten/untertitel.vtt")).exists();
    }

    @Test
    void activeSvgDrawingsAreRefusedAtTheLineOfWhatIsActive() {
        site.file("content/onload.svg", """
                <svg xmlns="http://www.w3.org/2000/svg"
                     onload="alert(document.cookie)">
                  <rect width="1" height="1"/>
                </svg>
                """);
        site.file("content/skript.svg", """
                <svg xmlns="http://www.w3.org/2000/svg">
                  <script>alert(1)</script>
                  <foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>
                </svg>
                """);
        site.file("content/verweise.svg", """
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
                  <use xlink:href="https://evil.example/sprite.svg#a"/>
                  <a href="javascript:alert(1)"><text>klick</text></a>
                  <style>@import url(https://evil.example/x.css);</style>
                  <set attributeName="href" to="javascript:alert(1)"/>
                </svg>
                """);
        site.file("content/entitaeten.svg", """
                <?xml version="1.0"?>
                <!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <svg xmlns="http://www.w3.org/2000/svg"><text>&xxe;</text></svg>
                """);
        List<String> problems = failingBuild();
        assertThat(problems)
                .contains(
                        "content/onload.svg:2: the SVG drawing contains the event handler <svg onload=\"alert(document.cookie)\">"
                                + ACTIVE,
                        "content/skript.svg:2: the SVG drawing contains <script>" + ACTIVE,
                        "content/skript.svg:3: the SVG drawing contains <foreignObject>" + ACTIVE,
                        "content/verweise.svg:2: the SVG drawing contains the link <use href=\"https://evil.example/sprite.svg#a\">"
                                + " to something outside the drawing" + ACTIVE,
                        "content/verweise.svg:3: the SVG drawing contains <a>" + ACTIVE,
                        "content/verweise.svg:3: the SVG drawing contains <a href=\"javascript:alert(1)\">" + ACTIVE,
                        "content/verweise.svg:4: the SVG drawing contains the style in <style> that loads other files"
                                + ACTIVE);
        assertThat(problems)
                .anySatisfy(line -> assertThat(line).startsWith("content/verweise.svg:5: the SVG drawing contains"));
        assertThat(problems)
                .anySatisfy(line ->
                        assertThat(line).startsWith("content/entitaeten.svg:").doesNotContain("root:"));
        assertThat(String.join("\n", problems)).doesNotContain("root:x:0");
    }

    @Test
    void cleanSvgDrawingsArePublishedByteForByte() throws Exception {
        String drawing = """
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">
                  <defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient><circle id="c" r="2"/></defs>
                  <style>.a { fill: url(#g); }</style>
                  <rect class="a" width="10" height="10" style="stroke: url(#g)"/>
                  <use xlink:href="#c"/>
                  <text>Gebärdensprache</text>
                </svg>
                """;
        site.file("content/zeichnung.svg", drawing);
        Files.copy(Path.of("content/gebaerdensprache-video.svg"), site.root().resolve("content/video.svg"));
        TestSite.Run run = build();
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out("zeichnung.svg"), StandardCharsets.UTF_8))
                .isEqualTo(drawing);
        assertThat(Files.readAllBytes(out("video.svg")))
                .isEqualTo(Files.readAllBytes(Path.of("content/gebaerdensprache-video.svg")));
        assertThat(out("mosaik/icon.svg")).exists();
    }

    @Test
    void aSiteThatTrustsItsEditorsPublishesTheTypesItLists() {
        site.file("site.yaml", """
                baseUrl: https://example.org/
                defaultLanguage: de
                languages:
                  - code: de
                    title: Testseite
                publish:
                  rawFiles: [html, js, svg]
                """);
        site.file("content/x/seite.html", "<p>Hallo</p>\n");
        site.file("assets/app.js", "console.log(1)\n");
        site.file("content/aktiv.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"x()\"/>\n");
        TestSite.Run run = build();
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out("x/seite.html")).exists();
        assertThat(out("app.js")).exists();
        assertThat(out("aktiv.svg")).exists();
    }

    @Test
    void anUnknownRawFileTypeIsAnErrorAtItsLineInSiteYaml() {
        site.file("site.yaml", """
                baseUrl: https://example.org/
                defaultLanguage: de
                languages:
                  - code: de
                    title: Testseite
                publish:
                  rawFiles:
                    - html
                    - jss
                """);
        assertThat(failingBuild())
                .containsExactly("site.yaml:9: publish.rawFiles: 'jss' is not a type mosaik can publish raw;"
                        + " it knows html, svg, js (did you mean 'js'?)");
    }
}
