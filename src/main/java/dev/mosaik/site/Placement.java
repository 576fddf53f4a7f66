package dev.mosaik.site;

import dev.mosaik.config.Language;
import dev.mosaik.content.SourceDocument;
import dev.mosaik.content.TranslationKey;

/** A source chosen for a key in a language tree, at the address the key has in that tree. */
record Placement(TranslationKey key, Language language, SourceDocument source, SitePath path) {

    /** Whether the tree shows another language's text: the key has no translation of its own there. */
    boolean fallback() {
        return !source.file().language().code().equals(language.code());
    }

    PageKind kind() {
        return key.isHome() ? PageKind.HOME : key.isSectionIndex() ? PageKind.SECTION : PageKind.PAGE;
    }
}
