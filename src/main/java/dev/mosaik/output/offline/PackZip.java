package dev.mosaik.output.offline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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
    /** The fixed parts' lengths: a local header, a data descriptor, a central directory record, its end. */
    private static final int LOCAL_LENGTH = 30;

    private static final int DESCRIPTOR_LENGTH = 16;
    private static final int CENTRAL_LENGTH = 46;
    private static final int END_LENGTH = 22;
    private static final long LIMIT = 0xFFFFFFFFL;

    private PackZip() {}

    /**
     * Writes the zip to {@code out} as it goes: a pack of a large site is a hundred megabytes, which the build would
     * otherwise hold in memory beside the entries it is made of.
     *
     * @param entries by name, in the order they are written
     */
    static void write(SortedMap<String, PackEntry> entries, LocalDateTime stamp, OutputStream out) throws IOException {
        long total = END_LENGTH;
        long directory = END_LENGTH;
        // Each name encoded once, for the sizes here and for both records it is written in.
        List<byte[]> names = new ArrayList<>(entries.size());
        for (Map.Entry<String, PackEntry> named : entries.entrySet()) {
            byte[] name = named.getKey().getBytes(StandardCharsets.UTF_8);
            names.add(name);
            total += LOCAL_LENGTH + name.length + named.getValue().deflated().length + DESCRIPTOR_LENGTH;
            directory += CENTRAL_LENGTH + name.length;
        }
        total += directory;
        if (entries.size() >= 0xFFFF || total >= LIMIT) {
            throughZipOutputStream(entries, stamp, out);
            return;
        }
        int time = dosTime(stamp);
        ByteBuffer central = little((int) directory);
        ByteBuffer head = little(LOCAL_LENGTH + 0xFFFF);
        int offset = 0;
        Iterator<byte[]> encoded = names.iterator();
        for (PackEntry entry : entries.values()) {
            byte[] name = encoded.next();
            local(head, name, entry, time, out);
            central.putInt(CENTRAL)
                    .putShort((short) VERSION)
                    .putShort((short) VERSION)
                    .putShort((short) FLAGS);
            central.putShort((short) ZipEntry.DEFLATED).putInt(time).putInt((int) entry.crc());
            central.putInt(entry.deflated().length).putInt((int) entry.size()).putShort((short) name.length);
            central.putShort((short) 0)
                    .putShort((short) 0)
                    .putShort((short) 0)
                    .putShort((short) 0)
                    .putInt(0);
            central.putInt(offset).put(name);
            offset += LOCAL_LENGTH + name.length + entry.deflated().length + DESCRIPTOR_LENGTH;
        }
        int size = central.position();
        central.putInt(END).putShort((short) 0).putShort((short) 0);
        central.putShort((short) entries.size()).putShort((short) entries.size());
        central.putInt(size).putInt(offset).putShort((short) 0);
        out.write(central.array(), 0, central.position());
    }

    /** Writes an entry's local header, its deflated data and its data descriptor; {@code head} is reused. */
    private static void local(ByteBuffer head, byte[] name, PackEntry entry, int time, OutputStream out)
            throws IOException {
        head.clear();
        head.putInt(LOCAL).putShort((short) VERSION).putShort((short) FLAGS).putShort((short) ZipEntry.DEFLATED);
        head.putInt(time)
                .putInt(0)
                .putInt(0)
                .putInt(0)
                .putShort((short) name.length)
                .putShort((short) 0);
        head.put(name);
        out.write(head.array(), 0, head.position());
        out.write(entry.deflated());
        head.clear();
        head.putInt(DESCRIPTOR)
                .putInt((int) entry.crc())
                .putInt(entry.deflated().length)
                .putInt((int) entry.size());
        out.write(head.array(), 0, head.position());
    }

    /** A buffer for little-endian numbers, as zip files hold them. */
    private static ByteBuffer little(int capacity) {
        return ByteBuffer.allocate(capacity).order(ByteOrder.LITTLE_ENDIAN);
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

    static void throughZipOutputStream(SortedMap<String, PackEntry> entries, LocalDateTime stamp, OutputStream out)
            throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.setLevel(Deflater.BEST_COMPRESSION);
        for (Map.Entry<String, PackEntry> entry : entries.entrySet()) {
            ZipEntry zipEntry = new ZipEntry(entry.getKey());
            // Local time without a zone: the same bytes wherever the build runs.
            zipEntry.setTimeLocal(stamp);
            zip.putNextEntry(zipEntry);
            zip.write(inflate(entry.getValue()));
            zip.closeEntry();
        }
        // Finished, not closed: the stream is the caller's.
        zip.finish();
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
}
