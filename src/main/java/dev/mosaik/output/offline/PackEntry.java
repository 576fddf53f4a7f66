package dev.mosaik.output.offline;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * One file of an offline pack, deflated as {@link java.util.zip.ZipOutputStream} deflates it (raw deflate at the best
 * compression): its CRC-32, its length before and the deflated bytes. Deflating is most of a pack's cost, so entries
 * are made in parallel and kept in the build cache; {@link PackZip} puts them together.
 *
 * @param size     the file's length
 * @param deflated the deflated bytes (not copied: never changed once made)
 */
record PackEntry(long crc, long size, byte[] deflated) {

    static PackEntry of(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return new PackEntry(crc.getValue(), bytes.length, out.toByteArray());
        } finally {
            deflater.end();
        }
    }
}
