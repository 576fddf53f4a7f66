package dev.mosaik.content;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** The segments of a {@code /}-separated path with {@code .} and {@code ..} resolved, as a browser resolves them. */
public final class PathSegments {

    private PathSegments() {}

    /** The path's segments, empty ones dropped; empty when {@code ..} leads above the path's root. */
    public static Optional<List<String>> resolve(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return Optional.of(List.copyOf(parts));
    }
}
