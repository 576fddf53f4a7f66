package dev.mosaik.site;

import dev.mosaik.content.TranslationKey;
import java.util.Optional;

/**
 * A resolved menu entry: the link to show, and the page it leads to when it leads into the site (to mark
 * the current section).
 */
public record MenuEntry(String title, String href, Optional<TranslationKey> target) {}
