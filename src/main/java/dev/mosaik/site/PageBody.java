package dev.mosaik.site;

import dev.mosaik.content.AddressLink;
import dev.mosaik.content.Utf8Text;
import java.util.List;

/**
 * A page's rendered Markdown body, kept compact ({@link Utf8Text}: a large site holds all of them until it
 * renders), with the links to addresses only the finished build can confirm ({@link AddressLinks}).
 */
public record PageBody(Utf8Text html, List<AddressLink> laterLinks) {

    public PageBody {
        laterLinks = List.copyOf(laterLinks);
    }
}
