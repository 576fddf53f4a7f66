package dev.mosaik.output.offline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.SortedMap;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Puts deflated entries together into a zip, byte for byte as {@link ZipOutputStream} writes the same files (UTF-8
 * names, best compression, one date for all): per entry a local header with the sizes left to a data descriptor
 * after the data, then the central directory and its end. {@code ZipOutputStream} cannot take data deflated
 * beforehand, and deflating is what the cache saves. A pack too large for the plain format (65,535 entries, 4 GB)
 * needs ZIP64 records: it goes through {@code ZipOutputStream} itself, inflating the entries again.
 */
final class PackZip {

    private static final int LOCAL = 0x04034b50;
    private static final int DESCRIPTOR = 0x08074b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int END = 0x06054b50;
    /** Sizes in a data descriptor, and UTF-8 names. */
    private static final int FLAGS = 0x0808;

    private static final int VERSION = 20;
    private static final long LIMIT = 0xFFFFFFFFL;

    private PackZip() {}

    /** @param entries by name, in the order they are written */
    static byte[] write(SortedMap<String, PackEntry> entries, LocalDateTime stamp) {
        long total = 0;
        for (PackEntry entry : entries.values()) {
            total += entry.deflated().length + 128L;
        }
        if (entries.size() >= 0xFFFF || total >= LIMIT) {
            return throughZipOutputStream(entries, stamp);
        }
        int time = dosTime(stamp);
        Bytes out = new Bytes();
        Bytes central = new Bytes();
        for (Map.Entry<String, PackEntry> named : entries.entrySet()) {
            byte[] name = named.getKey().getBytes(StandardCharsets.UTF_8);
            PackEntry entry = named.getValue();
            int offset = out.size();
            out.int32(LOCAL)
                    .int16(VERSION)
                    .int16(FLAGS)
                    .int16(ZipEntry.DEFLATED)
                    .int32(time);
            out.int32(0).int32(0).int32(0).int16(name.length).int16(0).add(name);
            out.add(entry.deflated());
            out.int32(DESCRIPTOR)
                    .int32(entry.crc())
                    .int32(entry.deflated().length)
                    .int32(entry.size());
            central.int32(CENTRAL).int16(VERSION).int16(VERSION).int16(FLAGS).int16(ZipEntry.DEFLATED);
            central.int32(time)
                    .int32(entry.crc())
                    .int32(entry.deflated().length)
                    .int32(entry.size());
            central.int16(name.length)
                    .int16(0)
                    .int16(0)
                    .int16(0)
                    .int16(0)
                    .int32(0)
                    .int32(offset);
            central.add(name);
        }
        int start = out.size();
        out.add(central.toByteArray());
        out.int32(END).int16(0).int16(0).int16(entries.size()).int16(entries.size());
        out.int32(central.size()).int32(start).int16(0);
        return out.toByteArray();
    }

    /** The date and time as a zip entry holds them: local time, to two seconds, from 1980 on. */
    static int dosTime(LocalDateTime time) {
        if (time.getYear() < 1980 || time.getYear() > 2107) {
            throw new IllegalArgumentException("a zip entry's date lies between 1980 and 2107: " + time);
        }
        return (time.getYear() - 1980) << 25
                | time.getMonthValue() << 21
                | time.getDayOfMonth() << 16
                | time.getHour() << 11
                | time.getMinute() << 5
                | time.getSecond() >> 1;
    }

    static byte[] throughZipOutputStream(SortedMap<String, PackEntry> entries, LocalDateTime stamp) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (Map.Entry<String, PackEntry> entry : entries.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                // Local time without a zone: the same bytes wherever the build runs.
                zipEntry.setTimeLocal(stamp);
                zip.putNextEntry(zipEntry);
                zip.write(inflate(entry.getValue()));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a zip into memory", e);
        }
        return out.toByteArray();
    }

    private static byte[] inflate(PackEntry entry) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(entry.deflated());
            byte[] bytes = new byte[Math.toIntExact(entry.size())];
            int done = 0;
            while (done < bytes.length && !inflater.finished()) {
                done += inflater.inflate(bytes, done, bytes.length - done);
            }
            return bytes;
        } catch (DataFormatException e) {
            throw new IllegalStateException("an entry deflated here does not inflate", e);
        } finally {
            inflater.end();
        }
    }

    /** A growing byte array with little-endian numbers, as zip files hold them. */
    private static final class Bytes extends ByteArrayOutputStream {

        Bytes int16(int value) {
            write(value);
            write(value >>> 8);
            return this;
        }

        Bytes int32(long value) {
            return int16((int) value).int16((int) (value >>> 16));
        }

        Bytes add(byte[] bytes) {
            write(bytes, 0, bytes.length);
            return this;
        }
    }
}
