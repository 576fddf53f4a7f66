package dev.mosaik.check;

import dev.mosaik.config.Language;
import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import dev.mosaik.diag.SourceText;
import dev.mosaik.i18n.Glossary;
import dev.mosaik.i18n.GlossaryEntry;
import dev.mosaik.site.Page;
import dev.mosaik.site.Site;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Holds translations to the glossary: where the original names a term, its translation must use the glossary's
 * rendering (any of its forms) and, for a term the glossary keeps, the German word too. One warning per page and
 * term, at the translation's counterpart of the original's first mention (the same front-matter key, the block
 * with the same number).
 */
final class GlossaryCheck {

    private final Glossary glossary;

    GlossaryCheck(Glossary glossary) {
        this.glossary = glossary;
    }

    void run(Site site, Problems problems) {
        if (glossary.isEmpty()) {
            return;
        }
        Language german = site.config().defaultLanguage();
        Map<String, Optional<PageText>> originals = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Page page : site.pages()) {
            if (page.isFallback()
                    || page.contentLanguage().equals(german)
                    || !seen.add(page.source().relative())) {
                continue;
            }
            List<GlossaryEntry> entries = glossary.entriesFor(page.contentLanguage());
            Optional<Page> original = site.page(german, page.key()).filter(o -> !o.isFallback());
            if (entries.isEmpty() || original.isEmpty()) {
                continue;
            }
            Optional<String> type = original.get().frontMatter().type();
            Optional<PageText> source = originals.computeIfAbsent(
                    original.get().source().relative(), f -> read(original.get(), type, problems));
            Optional<PageText> translation = read(page, type, problems);
            if (source.isPresent() && translation.isPresent()) {
                check(
                        page,
                        entries,
                        source.get(),
                        translation.get(),
                        original.get().source().relative(),
                        problems);
            }
        }
    }

    private static void check(
            Page page,
            List<GlossaryEntry> entries,
            PageText source,
            PageText translation,
            String originalFile,
            Problems problems) {
        String translated = translation.all();
        String language = page.contentLanguage().name();
        for (GlossaryEntry entry : entries) {
            Optional<PageText.Passage> mention = source.first(entry::occursIn);
            if (mention.isEmpty()) {
                continue;
            }
            SourcePosition at = page.source().position(translation.lineOf(mention.get()));
            String where = " (" + originalFile + ":" + mention.get().line() + ")";
            if (entry.missingRendering(translated)) {
                problems.warning(
                        at,
                        "glossary: the original names '" + entry.term() + "'" + where + "; the " + language
                                + " translation never says '"
                                + entry.rendering().orElseThrow() + "'",
                        Optional.of("use the glossary's rendering, or add the form this page uses to " + Glossary.FILE
                                + " (" + page.contentLanguage().code() + ": [" + String.join(", ", entry.forms())
                                + ", …])"));
            }
            if (entry.missingTerm(translated)) {
                problems.warning(
                        at,
                        "glossary: the original names '" + entry.term() + "'" + where + ", which " + language
                                + " pages keep in German; this translation never names it",
                        Optional.of("write '" + entry.term() + "' at its first mention"
                                + entry.rendering()
                                        .map(r -> ", explained: " + r + " (" + entry.term() + ")")
                                        .orElse("")));
            }
        }
    }

    private static Optional<PageText> read(Page page, Optional<String> type, Problems problems) {
        return SourceText.read(page.source().path(), page.source().relative(), "content file", problems)
                .map(text -> PageText.of(text, page.source().relative(), type));
    }
}
