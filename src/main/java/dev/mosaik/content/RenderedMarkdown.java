package dev.mosaik.content;

import java.util.List;

/**
 * A page's body as HTML, with the links to addresses that only the finished build can confirm ({@link AddressLink}).
 */
public record RenderedMarkdown(String html, List<AddressLink> laterLinks) {

    public RenderedMarkdown {
        laterLinks = List.copyOf(laterLinks);
    }

    public static RenderedMarkdown empty() {
        return new RenderedMarkdown("", List.of());
    }
}
