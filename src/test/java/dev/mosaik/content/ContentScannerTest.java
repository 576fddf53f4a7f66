package dev.mosaik.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.diag.Problem;
import dev.mosaik.diag.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentScannerTest {

    @TempDir
    Path site;

    private void touch(String path) throws Exception {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
    }

    @Test
    void derivesKeyAndLanguageFromTheFileName() throws Exception {
        touch("content/_index.de.md");
        touch("content/projekte/kulturfest.ar.md");
        touch("content/blog/post.md");
        touch("content/projekte/bild.jpg");
        // A picture must start like one (PublishedFileTypes): the JPEG signature.
        Files.write(
                site.resolve("content/projekte/bild.jpg"),
                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0});
        touch("content/.hidden.de.md");
        touch("assets/css/extra.css");
        Problems problems = new Problems();
        ContentScanner.Scan scan = new ContentScanner().scan(site, ContentTestSupport.CONFIG, problems);
        assertThat(problems.isEmpty()).isTrue();
        assertThat(scan.sources())
                .extracting(s -> s.key() + "@" + s.language().code())
                .containsExactly("_index@de", "blog/post@de", "projekte/kulturfest@ar");
        assertThat(scan.staticFiles()).extracting(StaticFile::sitePath).containsExactly("projekte/bild.jpg");
        assertThat(scan.assets()).extracting(StaticFile::sitePath).containsExactly("css/extra.css");
    }

    @Test
    void reportsUnknownLanguagesUnsafeNamesAndDuplicates() throws Exception {
        touch("content/seite.fr.md");
        touch("content/mein bild.de.md");
        touch("content/post.md");
        touch("content/post.de.md");
        Problems problems = new Problems();
        new ContentScanner().scan(site, ContentTestSupport.CONFIG, problems);
        assertThat(problems.all())
                .extracting(Problem::format)
                .containsExactly(
                        "content/mein bild.de.md: 'mein bild' cannot be part of a web address (use letters, digits and hyphens, e.g. 'mein-bild')",
                        "content/post.md: is the same page as content/post.de.md (a name without language means the default language 'de')",
                        "content/seite.fr.md: unknown language 'fr' in the file name; site.yaml lists de, en, ar (name files like seite.de.md, or add 'fr' to the languages in site.yaml)");
    }
}
