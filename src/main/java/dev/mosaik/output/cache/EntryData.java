package dev.mosaik.output.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The fields of a cache entry, written and read in order: strings of any length (UTF-8 with their length), numbers,
 * optional strings. A reader that meets anything unexpected throws {@link IOException}, which the cache treats as a
 * miss.
 */
public final class EntryData {

    private EntryData() {}

    /** Writes fields into a byte array. */
    public static final class Out {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final DataOutputStream data = new DataOutputStream(bytes);

        public Out string(String value) {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            number(utf8.length);
            try {
                data.write(utf8);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a byte array does not fail
            }
            return this;
        }

        /** Bytes of any kind, with their length. */
        public Out blob(byte[] value) {
            number(value.length);
            try {
                data.write(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a byte array does not fail
            }
            return this;
        }

        public Out optional(Optional<String> value) {
            number(value.isPresent() ? 1 : 0);
            value.ifPresent(this::string);
            return this;
        }

        public Out number(long value) {
            try {
                data.writeLong(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        public byte[] bytes() {
            return bytes.toByteArray();
        }
    }

    /** Reads fields from a byte array. */
    public static final class In {
        private final byte[] source;
        private final DataInputStream data;

        public In(byte[] bytes) {
            this.source = bytes;
            this.data = new DataInputStream(new ByteArrayInputStream(bytes));
        }

        public String string() throws IOException {
            int length = count();
            byte[] utf8 = new byte[length];
            data.readFully(utf8);
            return new String(utf8, StandardCharsets.UTF_8);
        }

        public byte[] blob() throws IOException {
            byte[] value = new byte[count()];
            data.readFully(value);
            return value;
        }

        public Optional<String> optional() throws IOException {
            long present = number();
            if (present != 0 && present != 1) {
                throw new IOException("not an optional value");
            }
            return present == 1 ? Optional.of(string()) : Optional.empty();
        }

        public long number() throws IOException {
            return data.readLong();
        }

        /** A number of things (or bytes) that could be in this entry at all: never more than its bytes. */
        public int count() throws IOException {
            long count = number();
            if (count < 0 || count > source.length) {
                throw new IOException("count out of range: " + count);
            }
            return (int) count;
        }

        /** Fails unless every byte was read: an entry is what its writer wrote, or damaged. */
        public void end() throws IOException {
            if (data.available() > 0) {
                throw new IOException("trailing bytes");
            }
        }
    }
}
