package dev.mosaik.output.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The cache's hash: MurmurHash3 x64 128 with seed 0, whole or fed in pieces. */
class Murmur3Test {

    @Test
    void givesTheReferenceHashes() {
        // As Guava's Hashing.murmur3_128().hashBytes(...) gives them.
        assertThat(hex("")).isEqualTo("00000000000000000000000000000000");
        assertThat(hex("a")).isEqualTo("897859f6655555855a890e51483ab5e6");
        assertThat(hex("The quick brown fox jumps over the lazy dog")).isEqualTo("6c1b07bc7bbc4be347939ac4a93c437a");
        assertThat(hex("mosaik Wetzlar 0123456789abcdef!")).isEqualTo("dced327d7f3dbb914b6a11fc6cb4829d");
    }

    @Test
    void hashesTheSameWhetherFedWholeOrInPiecesOfAnySize() {
        Random random = new Random(21);
        for (int length = 0; length < 300; length++) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            Murmur3 pieces = new Murmur3();
            for (int at = 0; at < length; ) {
                int count = Math.min(length - at, random.nextInt(37));
                pieces.update(bytes, at, count);
                at += count;
            }
            assertThat(pieces.digest()).as("length %d", length).isEqualTo(Murmur3.hash(bytes));
        }
    }

    @Test
    void aChangedByteAnywhereChangesTheHash() {
        byte[] bytes = "Sprachkurse in der Kita am Dalheimer Tor".getBytes(StandardCharsets.UTF_8);
        byte[] original = Murmur3.hash(bytes);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] ^= 1;
            assertThat(Murmur3.hash(bytes)).as("byte %d", i).isNotEqualTo(original);
            bytes[i] ^= 1;
        }
    }

    private static String hex(String text) {
        return HexFormat.of().formatHex(Murmur3.hash(text.getBytes(StandardCharsets.UTF_8)));
    }
}
