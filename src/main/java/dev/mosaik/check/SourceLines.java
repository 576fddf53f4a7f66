package dev.mosaik.check;

import dev.mosaik.site.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a text a reader sees stands in its source file: the line of the paragraph a rendered sentence comes from. The
 * rendered text has lost the Markdown (links, emphasis, line breaks), so paragraphs are compared as bare words.
 */
final class SourceLines {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Enough words to tell paragraphs apart, few enough that a sentence still has them. */
    private static final int PREFIX_WORDS = 6;

    private final String[] lines;
    private final PageText text;

    private SourceLines(String source, String file, java.util.Optional<String> type) {
        this.lines = source.split("\n", -1);
        this.text = PageText.of(source, file, type);
    }

    static SourceLines of(Page page) {
        String source;
        try {
            source = Files.readString(page.source().path(), StandardCharsets.UTF_8)
                    .replace("\r\n", "\n");
        } catch (IOException e) {
            source = "";
        }
        return new SourceLines(
                source, page.source().relative(), page.frontMatter().type());
    }

    /**
     * The line of the body paragraph holding {@code rendered} (a sentence or a whole paragraph as the reader sees it);
     * the first line of the body when no paragraph matches (text a template added, say).
     */
    int paragraphOf(String rendered) {
        String wanted = prefix(words(rendered));
        if (!wanted.isEmpty()) {
            for (PageText.Passage passage : text.passages()) {
                if (passage.key().isEmpty() && (" " + words(passage.text()) + " ").contains(" " + wanted + " ")) {
                    return refine(passage.line(), wanted);
                }
            }
        }
        return Math.min(text.bodyFirstLine(), Math.max(1, lines.length));
    }

    /** Within a paragraph written over several lines (or a list), the line on which the words begin. */
    private int refine(int paragraphLine, String wanted) {
        String first = wanted.contains(" ") ? wanted.substring(0, wanted.indexOf(' ')) : wanted;
        String second =
                wanted.contains(" ") ? wanted.substring(wanted.indexOf(' ') + 1).split(" ")[0] : "";
        for (int i = paragraphLine - 1; i < lines.length && !lines[i].isBlank(); i++) {
            String line = " " + words(lines[i]) + " ";
            if (line.contains(" " + first + " " + second + " ")
                    || second.isEmpty() && line.contains(" " + first + " ")) {
                return i + 1;
            }
        }
        return paragraphLine;
    }

    /** The first line that contains {@code needle}, e.g. an image's file name; 0 when none does. */
    int lineContaining(String needle) {
        for (int i = 0; i < lines.length; i++) {
            if (!needle.isEmpty() && lines[i].contains(needle)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String words(String text) {
        return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static String prefix(String words) {
        List<String> all = List.of(words.split(" "));
        return String.join(" ", all.subList(0, Math.min(PREFIX_WORDS, all.size())))
                .strip();
    }
}
