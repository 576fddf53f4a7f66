package dev.mosaik.content;

import dev.mosaik.diag.Problems;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;

/**
 * Reads content files in parallel: checks size and encoding, normalises line ends, and splits off the
 * front matter. Files are read once; the results keep the scan's (sorted) order.
 */
public final class ContentReader {

    /** Far above any real page; a larger file is almost certainly an export or a mistake. */
    public static final long MAX_FILE_BYTES = 8L * 1024 * 1024;

    private final FrontMatterReader frontMatterReader = new FrontMatterReader();

    public List<SourceDocument> read(List<SourceFile> files, ForkJoinPool pool, Problems problems) {
        return pool.submit(() -> files.parallelStream().map(f -> read(f, problems)).flatMap(Optional::stream).toList()).join();
    }

    public Optional<SourceDocument> read(SourceFile file, Problems problems) {
        return text(file, problems).flatMap(text -> frontMatterReader.read(file, text, problems));
    }

    /** The file as text: strict UTF-8, byte-order mark removed, CRLF and CR turned into LF. */
    Optional<String> text(SourceFile file, Problems problems) {
        byte[] bytes;
        try {
            long size = Files.size(file.path());
            if (size > MAX_FILE_BYTES) {
                problems.error(file.position(0), "the file is " + (size / (1024 * 1024)) + " MB; pages may be at most "
                        + (MAX_FILE_BYTES / (1024 * 1024)) + " MB", Optional.of("split it into several pages"));
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file.path());
        } catch (IOException e) {
            problems.error(file.position(0), "cannot read the file: " + e.getMessage());
            return Optional.empty();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.error(file.position(firstBadLine(bytes)), "the file is not valid UTF-8",
                    Optional.of("save it as UTF-8 in your editor ('Unicode (UTF-8)')"));
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            problems.error(file.position(lineAt(text, nul)), "the file contains a NUL character, so it is probably not a text file");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    private static int firstBadLine(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        int line = 1;
        for (int i = 0; i < in.position(); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int lineAt(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
