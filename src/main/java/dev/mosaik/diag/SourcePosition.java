package dev.mosaik.diag;

import java.util.Objects;

/**
 * Where a problem sits: a file relative to the site root (always with forward slashes, so messages read
 * the same on every system) and a 1-based line; line 0 means "the file as a whole".
 */
public record SourcePosition(String file, int line) implements Comparable<SourcePosition> {

    public SourcePosition {
        Objects.requireNonNull(file, "file");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0: " + line);
        }
        // The system's separator only: elsewhere a backslash is part of a file name and must show as one.
        file = file.replace(java.io.File.separatorChar, '/');
    }

    /** A position for the file as a whole. */
    public static SourcePosition file(String file) {
        return new SourcePosition(file, 0);
    }

    public SourcePosition atLine(int newLine) {
        return new SourcePosition(file, newLine);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }

    @Override
    public int compareTo(SourcePosition other) {
        int byFile = file.compareTo(other.file);
        return byFile != 0 ? byFile : Integer.compare(line, other.line);
    }
}
