package dev.mosaik.output.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.HexFormat;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UsedKeysTest {

    @Test
    void containsExactlyTheKeysAddedAcrossManyGrowths() {
        Random random = new Random(7);
        UsedKeys keys = new UsedKeys();
        Set<String> added = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            String key = randomKey(random);
            keys.add(key);
            added.add(key);
        }
        for (String key : added) {
            assertThat(keys.contains(key)).as(key).isTrue();
        }
        for (int i = 0; i < 20_000; i++) {
            String key = randomKey(random);
            assertThat(keys.contains(key)).isEqualTo(added.contains(key));
        }
    }

    @Test
    void tellsKeysApartThatShareOneHalf() {
        UsedKeys keys = new UsedKeys();
        keys.add("0123456789abcdef" + "0000000000000001");
        assertThat(keys.contains("0123456789abcdef" + "0000000000000002")).isFalse();
        assertThat(keys.contains("0000000000000001" + "0123456789abcdef")).isFalse();
        assertThat(keys.contains("0123456789abcdef" + "0000000000000001")).isTrue();
    }

    @Test
    void keepsTheKeyOfAllZerosWhichMarksAFreeSlotInTheTable() {
        UsedKeys keys = new UsedKeys();
        String zeros = "0".repeat(32);
        assertThat(keys.contains(zeros)).isFalse();
        keys.add(zeros);
        assertThat(keys.contains(zeros)).isTrue();
    }

    @Test
    void keepsKeysThatAreNotThirtyTwoLowerCaseHexDigitsAsText() {
        UsedKeys keys = new UsedKeys();
        String upper = "0123456789ABCDEF0123456789ABCDEF";
        String longer = "ab".repeat(32);
        keys.add(upper);
        keys.add(longer);
        assertThat(keys.contains(upper)).isTrue();
        assertThat(keys.contains(longer)).isTrue();
        // The lower-case spelling is another file name, so another key.
        assertThat(keys.contains(upper.toLowerCase(java.util.Locale.ROOT))).isFalse();
        assertThat(keys.contains("ab".repeat(16))).isFalse();
    }

    private static String randomKey(Random random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        // Some keys share a half with another, as the table's slots must tell them apart.
        if (random.nextInt(10) == 0) {
            bytes[15] = 0;
            bytes[14] = 0;
        }
        return HexFormat.of().formatHex(bytes);
    }
}
