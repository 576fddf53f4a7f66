package dev.mosaik.content;

import dev.mosaik.diag.SourcePosition;
import java.util.Optional;

/**
 * A link to an address of the site that no page or file answers while the pages are assembled: a listing, a tag's
 * page, a feed, a course sheet's PDF, an alias — something the build writes later. It is checked once every output
 * has claimed its address, and reported at its line when none has.
 *
 * @param written     the link as the editor wrote it, for the message
 * @param address     the site path the published link points at, without the leading {@code /} ({@code de/atom.xml})
 * @param alternative where the link would point had the editor named the language ({@code /atom.xml} written in a
 *                    German page: {@code de/atom.xml}), for the hint
 */
public record AddressLink(String written, String address, Optional<String> alternative, SourcePosition position) {}
