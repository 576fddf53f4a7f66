package dev.mosaik.output.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Replacing a marker in a page's bytes, and putting it back at the places noted. */
class SpliceTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void replacesEveryMarkerAtTheStartInTheMiddleAndAtTheEndAndNotesWhereTheReplacementStands() {
        byte[] page = bytes("@@a@@@@b ü @@");
        Splice filled = Splice.replacing(page, bytes("@@"), bytes("<bdi>1 MB</bdi>"));

        assertThat(text(filled.bytes())).isEqualTo("<bdi>1 MB</bdi>a<bdi>1 MB</bdi><bdi>1 MB</bdi>b ü <bdi>1 MB</bdi>");
        assertThat(filled.places()).containsExactly(0, 16, 31, 51);
        for (int place : filled.places()) {
            assertThat(filled.bytes()[place]).isEqualTo((byte) '<');
        }
        assertThat(text(Splice.at(filled.bytes(), filled.places(), 15, bytes("@@"))))
                .as("the marker put back where the replacement stands")
                .isEqualTo("@@a@@@@b ü @@");
    }

    @Test
    void aReplacementShorterThanTheMarkerShrinksThePage() {
        Splice filled = Splice.replacing(bytes("x<marker>y<marker>"), bytes("<marker>"), bytes("1"));

        assertThat(text(filled.bytes())).isEqualTo("x1y1");
        assertThat(filled.places()).containsExactly(1, 3);
    }

    @Test
    void aPageWithoutTheMarkerIsHandedOnAsItIs() {
        byte[] page = bytes("<p>no marker here, only @ and a half @</p>");
        Splice filled = Splice.replacing(page, bytes("@@"), bytes("x"));

        assertThat(filled.replacedAny()).isFalse();
        assertThat(filled.bytes()).isSameAs(page);
        assertThat(Splice.contains(page, bytes("@@"))).isFalse();
        assertThat(Splice.contains(bytes("a@"), bytes("@@")))
                .as("a marker cut off by the end")
                .isFalse();
    }
}
