package dev.mosaik.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.diag.Problem;
import dev.mosaik.diag.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentReaderTest {

    @TempDir
    Path dir;

    private final Problems problems = new Problems();

    private SourceFile write(byte[] bytes) throws Exception {
        Path path = dir.resolve("content/a.de.md");
        Files.createDirectories(path.getParent());
        Files.write(path, bytes);
        return new SourceFile(
                "content/a.de.md", dir, new TranslationKey("a"), ContentTestSupport.CONFIG.defaultLanguage());
    }

    @Test
    void removesTheByteOrderMarkAndNormalisesLineEnds() throws Exception {
        SourceFile file = write("\uFEFF---\r\ntitle: A\r\n---\rText\r\n".getBytes("UTF-8"));
        SourceDocument document = new ContentReader().read(file, problems).orElseThrow();
        assertThat(document.frontMatter().title()).isEqualTo("A");
        assertThat(document.body()).isEqualTo("Text\n");
    }

    @Test
    void invalidUtf8IsReportedAtTheLineOfTheBadByte() throws Exception {
        byte[] bytes = {
            '-',
            '-',
            '-',
            '\n',
            't',
            'i',
            't',
            'l',
            'e',
            ':',
            ' ',
            'A',
            '\n',
            '-',
            '-',
            '-',
            '\n',
            'M',
            (byte) 0xFC,
            'l',
            'l',
            '\n'
        };
        SourceFile file = write(bytes);
        assertThat(new ContentReader().read(file, problems)).isEmpty();
        assertThat(problems.all())
                .extracting(Problem::format)
                .containsExactly(
                        "content/a.de.md:4: the file is not valid UTF-8 (save it as UTF-8 in your editor ('Unicode (UTF-8)'))");
    }

    @Test
    void nulCharactersMeanTheFileIsNotText() throws Exception {
        SourceFile file = write("---\ntitle: A\n---\nx\0y\n".getBytes("UTF-8"));
        assertThat(new ContentReader().read(file, problems)).isEmpty();
        assertThat(problems.all())
                .extracting(Problem::format)
                .containsExactly(
                        "content/a.de.md:4: the file contains a NUL character, so it is probably not a text file");
    }
}
