package dev.mosaik.site;

import dev.mosaik.config.Language;
import dev.mosaik.content.Translation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How far one language's translation of the site has come, page by page, measured against the default
 * language: what is missing (shown as fallback), what may be outdated, what is machine-translated.
 *
 * @param total      pages of the default language
 * @param missing    default-language source files of pages this language has no translation of
 * @param outdated   translations whose original changed since they were made
 * @param machine    machine translations not yet reviewed
 */
public record TranslationStatus(
        Language language,
        int total,
        int translated,
        List<String> missing,
        List<String> outdated,
        List<String> machine) {

    public TranslationStatus {
        missing = List.copyOf(missing);
        outdated = List.copyOf(outdated);
        machine = List.copyOf(machine);
    }

    /** Translated pages as a whole percentage of all pages (rounded down, so 100 means complete). */
    public int percent() {
        return total == 0 ? 100 : (int) (100L * translated / total);
    }

    /** The status of every language, in configured order; the default language is complete by definition. */
    public static List<TranslationStatus> of(Site site) {
        Language defaultLanguage = site.config().defaultLanguage();
        List<Page> originals = site.pages().stream()
                .filter(p -> p.language().equals(defaultLanguage))
                .toList();
        List<TranslationStatus> statuses = new ArrayList<>();
        for (Language language : site.languages()) {
            int translated = 0;
            List<String> missing = new ArrayList<>();
            List<String> outdated = new ArrayList<>();
            List<String> machine = new ArrayList<>();
            for (Page original : originals) {
                if (!TranslationMatrix.inScope(site, language, original.key())) {
                    continue; // a language with a scope (Leichte Sprache) is measured by its own list
                }
                Optional<Page> page = site.page(language, original.key()).filter(p -> !p.isFallback());
                if (page.isEmpty()) {
                    missing.add(original.source().relative());
                    continue;
                }
                translated++;
                if (page.get().outdated().isPresent()) {
                    outdated.add(page.get().source().relative());
                }
                if (page.get()
                        .frontMatter()
                        .translated()
                        .translation()
                        .filter(Translation::isMachine)
                        .isPresent()) {
                    machine.add(page.get().source().relative());
                }
            }
            int total = (int) originals.stream()
                    .filter(o -> TranslationMatrix.inScope(site, language, o.key()))
                    .count();
            statuses.add(new TranslationStatus(language, total, translated, missing, outdated, machine));
        }
        return statuses;
    }
}
