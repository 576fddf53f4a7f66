package dev.mosaik.output.search;

import dev.mosaik.render.PageSink;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32C;

/**
 * Rows of a JSON array cut into files of at most {@code target} bytes (a row larger than that gets a file of its
 * own: one term's postings are never split), each written as soon as it is full, so that a large index is never
 * held whole. A file is named by its number and a checksum of its bytes ({@code search-terms-0003-1f2e3d4c.json}):
 * the same rows give the same name, and a changed chunk a new one (but for one chance in four billion), so that a
 * browser that cached the old chunk never pairs it with a new manifest.
 */
final class ChunkWriter {

    /** One written file and the key of its first row (a term, a page number). */
    record Chunk(String first, String file) {}

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

    /** Adds a row, one JSON value; its key names the chunk in the manifest if the row is the first of one. */
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

    /**
     * CRC-32C rather than a cryptographic hash: it only has to tell two versions of one chunk apart, and it is a
     * processor instruction (SHA-256 was a tenth of the search job at 10,000 pages).
     */
    private static String hash(byte[] content) {
        CRC32C crc = new CRC32C();
        crc.update(content);
        return String.format(Locale.ROOT, "%08x", crc.getValue());
    }
}
