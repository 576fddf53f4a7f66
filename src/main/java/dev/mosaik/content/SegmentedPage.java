package dev.mosaik.content;

import java.util.List;
import java.util.Optional;

/**
 * A content file cut into {@link Segment}s.
 *
 * @param path     the file relative to the site root, for messages
 * @param text     the file's text the segments' offsets point into
 * @param type     the page's content type, if it has one
 * @param segments in file order
 */
public record SegmentedPage(String path, String text, Optional<String> type, List<Segment> segments) {

    public SegmentedPage {
        segments = List.copyOf(segments);
    }
}
