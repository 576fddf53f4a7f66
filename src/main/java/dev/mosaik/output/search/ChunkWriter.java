package dev.mosaik.output.search;

import dev.mosaik.render.PageSink;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Rows of a JSON array cut into files of at most {@code target} bytes (a row larger than that gets a file of its
 * own: one term's postings are never split), each written as soon as it is full, so that a large index is never
 * held whole. A file is named by its number and the start of a hash of its bytes
 * ({@code search-terms-0003-1f2e3d4c.json}): the same rows give the same name, and a changed chunk gets a new
 * one, so that a browser that cached the old chunk never pairs it with a new manifest.
 */
final class ChunkWriter {

    /** One written file and the key of its first row, as JSON (a term in quotes, a page number). */
    record Chunk(String first, String file) {
    }

    /** Hex digits of the hash in a name: enough to tell versions of one chunk apart. */
    private static final int HASH_LENGTH = 8;

    private final String folder;
    private final String prefix;
    private final int target;
    private final PageSink sink;
    private final ByteArrayOutputStream buffer;
    private final List<Chunk> chunks = new ArrayList<>();
    private String first;

    /**
     * @param folder the output folder of the files, ending with a slash
     * @param prefix the start of every file name, e.g. {@code search-terms}
     */
    ChunkWriter(String folder, String prefix, int target, PageSink sink) {
        this.folder = folder;
        this.prefix = prefix;
        this.target = target;
        this.sink = sink;
        this.buffer = new ByteArrayOutputStream(target + target / 8);
    }

    /** Adds a row; its key (as JSON) names the chunk if the row is the first of one. */
    void add(String key, CharSequence row) {
        byte[] bytes = row.toString().getBytes(StandardCharsets.UTF_8);
        // "[\n" before the first row, ",\n" before the others, "\n]\n" after the last.
        if (buffer.size() > 0 && buffer.size() + 2 + bytes.length + 3 > target) {
            flush();
        }
        if (buffer.size() == 0) {
            first = key;
            buffer.write('[');
        } else {
            buffer.write(',');
        }
        buffer.write('\n');
        buffer.writeBytes(bytes);
    }

    /** Writes the last chunk. @return every chunk, in order; none when no row was added */
    List<Chunk> finish() {
        if (buffer.size() > 0) {
            flush();
        }
        return List.copyOf(chunks);
    }

    private void flush() {
        buffer.writeBytes("\n]\n".getBytes(StandardCharsets.US_ASCII));
        byte[] content = buffer.toByteArray();
        String file = String.format(Locale.ROOT, "%s-%04d-%s.json", prefix, chunks.size() + 1, hash(content));
        sink.write(folder + file, content);
        chunks.add(new Chunk(first, file));
        buffer.reset();
    }

    private static String hash(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)).substring(0, HASH_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
