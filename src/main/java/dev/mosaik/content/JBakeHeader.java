package dev.mosaik.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * JBake's page header: {@code key=value} lines ended by a line {@code ~~~~~~}, and the address JBake gave a page
 * ({@code content/blog/2013/post.md} → {@code /blog/2013/post.html}), which a page read from JBake's format keeps
 * as an alias so that links from elsewhere still arrive.
 */
final class JBakeHeader {

    static final String END = "~~~~~~";
    private static final Pattern LINE = Pattern.compile("\\s*[A-Za-z][\\w.-]*\\s*=.*");
    /** A header longer than this is not a JBake header: the peek into HTML files stays cheap. */
    private static final int PEEK_BYTES = 16 * 1024;

    private JBakeHeader() {}

    /** Whether {@code lines} start with a JBake header. */
    static boolean starts(String[] lines) {
        if (lines.length == 0 || !LINE.matcher(stripBom(lines[0])).matches()) {
            return false;
        }
        for (String line : lines) {
            if (line.strip().equals(END)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the file starts with a page header, JBake's or YAML front matter ({@code ---} as its first line, as
     * {@code import-jbake} writes them): an HTML file with one is a page, one without is published as it is. Reads only
     * the file's start; a file that cannot be read is no page here (the static-file step reports it).
     */
    static boolean startsPage(Path file) {
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(PEEK_BYTES);
        } catch (IOException e) {
            return false;
        }
        String text =
                new String(start, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
        String[] lines = text.split("\n", -1);
        return stripBom(lines[0]).strip().equals("---") || starts(lines);
    }

    /**
     * The address JBake published the file at: its path below {@code content/} with {@code .html} for its
     * extension. Empty for {@code index} files, whose address ({@code /blog/index.html}) is a section's in mosaik.
     */
    static Optional<String> address(SourceFile file) {
        // A page's path starts with the content folder: what follows its first slash is the path below it.
        return address(file.relative().substring(file.relative().indexOf('/') + 1), file.format());
    }

    /** The address JBake published a page at whose path below {@code content/} is {@code below}. */
    static Optional<String> address(String below, SourceFormat format) {
        String withoutExtension = format.strip(below);
        String name = withoutExtension.substring(withoutExtension.lastIndexOf('/') + 1);
        if (name.equals("index") || name.startsWith("_index")) {
            return Optional.empty();
        }
        return Optional.of("/" + UrlSegment.normalise(withoutExtension) + ".html");
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
