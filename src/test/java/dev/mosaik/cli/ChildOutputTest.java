package dev.mosaik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The tuned JVM's output passed on by the launcher: every byte but the one line the JDK prints unasked. */
class ChildOutputTest {

    private static final String NOTE = "AOTConfiguration recorded: /home/u/.cache/mosaik/cds/mosaik-1.aotconf";

    @Test
    void leavesOutOnlyTheRecordedNoteAndPassesEveryOtherByteAsItCame() {
        byte[] latin1 = {(byte) 0xe4, '\n'};
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        in.writeBytes("Built 3 pages → public\n".getBytes(StandardCharsets.UTF_8));
        in.writeBytes(latin1);
        in.writeBytes((" " + NOTE + "\n").getBytes(StandardCharsets.UTF_8));
        in.writeBytes((NOTE + " and more\n").getBytes(StandardCharsets.UTF_8));
        in.writeBytes("AOTConfiguration recorded: \n".getBytes(StandardCharsets.UTF_8));
        in.writeBytes("last line without its end".getBytes(StandardCharsets.UTF_8));

        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes("Built 3 pages → public\n".getBytes(StandardCharsets.UTF_8));
        expected.writeBytes(latin1);
        expected.writeBytes((NOTE + " and more\n").getBytes(StandardCharsets.UTF_8));
        expected.writeBytes("AOTConfiguration recorded: \nlast line without its end".getBytes(StandardCharsets.UTF_8));

        assertThat(passed(new ByteArrayInputStream(in.toByteArray()))).isEqualTo(expected.toByteArray());
    }

    @Test
    void theNoteIsRecognisedWhenItArrivesInPiecesAndAPromptIsNotHeldBack() {
        byte[] text = ("Ask: " + "\n" + " " + NOTE + "\nend\n").getBytes(StandardCharsets.UTF_8);
        assertThat(new String(passed(new OneByteAtATime(text)), StandardCharsets.UTF_8))
                .isEqualTo("Ask: \nend\n");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InputStream prompt = new ByteArrayInputStream("Overwrite? ".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                int n = super.read(b, off, len);
                if (n < 0) {
                    // The prompt must be out before the launcher waits for more.
                    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("Overwrite? ");
                }
                return n;
            }
        };
        new ChildOutput(prompt, out, NOTE).run();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("Overwrite? ");
    }

    private static byte[] passed(InputStream in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ChildOutput(in, out, NOTE).run();
        return out.toByteArray();
    }

    /** A pipe that hands over one byte per read, as a slow child's output may come. */
    private static final class OneByteAtATime extends FilterInputStream {

        OneByteAtATime(byte[] bytes) {
            super(new ByteArrayInputStream(bytes));
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return super.read(b, off, Math.min(len, 1));
        }
    }
}
