package dev.mosaik.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** A file of the version being written, replaced in place where that is safe ({@link OutputFolder#rewrite}). */
final class StagedFile {

    private StagedFile() {}

    /**
     * Writes over the file's bytes and cuts off what is left beyond them. Never emptied first: ext4 writes a file
     * emptied and written again out to disk when it is closed (its {@code auto_da_alloc}), which costs ten times
     * as much as writing over it, and as much as deleting it and writing a new one.
     */
    static void overwrite(Path file, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            ByteBuffer bytes = ByteBuffer.wrap(content);
            while (bytes.hasRemaining()) {
                channel.write(bytes, bytes.position());
            }
            if (channel.size() > content.length) {
                channel.truncate(content.length);
            }
        }
    }

    /**
     * Writes a new file as {@code content} makes it. A file of that name (which may be a link to the published copy)
     * is removed first, so that nothing is written through a link.
     */
    static void create(Path file, OutputTarget.Streamed content) throws IOException {
        Files.deleteIfExists(file);
        try (OutputStream out = new BufferedOutputStream(
                Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
            content.writeTo(out);
        }
    }

    /** How many names the file has; 0 where the file system does not tell (then it may be a link). */
    static int links(Path file) throws IOException {
        try {
            return ((Number) Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).intValue();
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return 0;
        }
    }
}
