package dev.mosaik.diag;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * A source file (a page, {@code site.yaml}, a file of UI strings) read as text the same way everywhere: at most
 * {@link #MAX_BYTES}, strict UTF-8, byte-order mark removed, CRLF and CR turned into LF, no NUL characters.
 * What is wrong is reported at its line, never thrown.
 */
public final class SourceText {

    /** Far above any real page or configuration; a larger file is almost certainly an export or a mistake. */
    public static final long MAX_BYTES = 8L * 1024 * 1024;

    private SourceText() {}

    /**
     * @param relative the file relative to the site root, for messages
     * @param what     what the file is to an editor, for the size message: "page", "configuration"
     */
    public static Optional<String> read(Path path, String relative, String what, Problems problems) {
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                problems.error(
                        SourcePosition.file(relative),
                        "the file is " + megabytes(size) + "; a " + what + " may be at most " + megabytes(MAX_BYTES),
                        Optional.of(what.equals("page") ? "split it into several pages" : "make it smaller"));
                return Optional.empty();
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            problems.error(SourcePosition.file(relative), "cannot read the file: " + e.getMessage());
            return Optional.empty();
        }
        return decode(bytes, relative, problems);
    }

    /** The text of {@code bytes}, or empty when they are not UTF-8 text (reported). */
    public static Optional<String> decode(byte[] bytes, String relative, Problems problems) {
        String text;
        try {
            text = decoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.error(
                    new SourcePosition(relative, firstBadLine(bytes)),
                    "the file is not valid UTF-8",
                    Optional.of("save it as UTF-8 in your editor ('Unicode (UTF-8)')"));
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            problems.error(
                    new SourcePosition(relative, lineAt(text, nul)),
                    "the file contains a NUL character, so it is probably not a text file");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** {@code 8 MB}, {@code 8.4 MB}, {@code 50 MB}: a decimal only where it tells a file just over the limit from the limit. */
    static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb == Math.rint(mb) || mb >= 10 ? Math.round(mb) + " MB" : String.format(Locale.ROOT, "%.1f MB", mb);
    }

    private static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static int firstBadLine(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        decoder().decode(in, CharBuffer.allocate(bytes.length + 1), true);
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
