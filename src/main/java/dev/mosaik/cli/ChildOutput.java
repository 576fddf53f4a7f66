package dev.mosaik.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Passes the tuned JVM's standard output on, byte for byte, but for one line the JVM itself prints and no option
 * silences (the AOT cache's "recorded" note, {@link ClassDataArchive#recordedLine}). Bytes, not text: the tuned JVM
 * writes UTF-8 where this one may have been started in an ASCII locale.
 */
final class ChildOutput implements Runnable {

    private final InputStream from;
    private final OutputStream to;
    private final byte[] dropped;

    /** @param dropped the line left out, without its line end and the spaces the JVM puts before it */
    ChildOutput(InputStream from, OutputStream to, String dropped) {
        this.from = from;
        this.to = to;
        this.dropped = dropped.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void run() {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            byte[] buffer = new byte[8192];
            for (int n = from.read(buffer); n >= 0; n = from.read(buffer)) {
                int start = 0;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        line.write(buffer, start, i + 1 - start);
                        pass(line);
                        start = i + 1;
                    }
                }
                line.write(buffer, start, n - start);
                // Text without a line end yet (a prompt, a progress note) is not held back.
                if (line.size() > 0 && !couldBeDropped(line.toByteArray())) {
                    pass(line);
                }
            }
            pass(line);
        } catch (IOException e) {
            // The build goes on; only its output is cut short, as it would be if the terminal had gone.
        }
    }

    private void pass(ByteArrayOutputStream line) throws IOException {
        byte[] bytes = line.toByteArray();
        line.reset();
        if (!isDropped(bytes)) {
            to.write(bytes);
            to.flush();
        }
    }

    private boolean isDropped(byte[] line) {
        int end = line.length;
        while (end > 0 && (line[end - 1] == '\n' || line[end - 1] == '\r')) {
            end--;
        }
        int start = leadingSpaces(line);
        return end - start == dropped.length && Arrays.equals(line, start, end, dropped, 0, dropped.length);
    }

    /** Whether {@code partial}, a line not yet ended, may still become the dropped one. */
    private boolean couldBeDropped(byte[] partial) {
        int start = leadingSpaces(partial);
        int length = Math.min(partial.length - start, dropped.length);
        return partial.length - start <= dropped.length
                && Arrays.equals(partial, start, start + length, dropped, 0, length);
    }

    private static int leadingSpaces(byte[] line) {
        int start = 0;
        while (start < line.length && line[start] == ' ') {
            start++;
        }
        return start;
    }
}
