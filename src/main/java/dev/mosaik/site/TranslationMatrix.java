package dev.mosaik.site;

import dev.mosaik.config.Language;
import dev.mosaik.config.TranslationSettings;
import dev.mosaik.content.Translation;
import dev.mosaik.content.TranslationKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every page of the default language against every language: whether a reader of that language gets a
 * translation, and of what kind, or the original with a fallback notice. What {@code mosaik translations}
 * prints and the preview's status page shows.
 */
public record TranslationMatrix(List<Language> languages, List<Row> rows) {

    public TranslationMatrix {
        languages = List.copyOf(languages);
        rows = List.copyOf(rows);
    }

    /** What a reader of a language gets for a page. */
    public enum State {
        /** the page is written in this language */
        ORIGINAL("original"),
        /** translated by a person */
        HUMAN("own"),
        /** translated by machine, checked by no one */
        MACHINE("machine"),
        /** translated and checked by a named person */
        REVIEWED("reviewed"),
        /** translated, but the original changed since */
        OUTDATED("outdated"),
        /** not translated: readers get the original with a notice */
        FALLBACK("fallback"),
        /** the language does not set out to translate this page (its translation scope) */
        NOT_IN_SCOPE("-");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean translated() {
            return this == HUMAN || this == MACHINE || this == REVIEWED || this == OUTDATED || this == ORIGINAL;
        }
    }

    /** One page of the default language, with a state per language in the order of {@link #languages()}. */
    public record Row(TranslationKey key, String source, String title, List<State> states) {
        public Row {
            states = List.copyOf(states);
        }
    }

    /** How much of what a language sets out to translate it has. */
    public record Coverage(Language language, int translated, int total) {
        /** Whole percent, rounded down, so that 100 means complete. */
        public int percent() {
            return total == 0 ? 100 : (int) (100L * translated / total);
        }
    }

    public static TranslationMatrix of(Site site) {
        Language original = site.config().defaultLanguage();
        List<Row> rows = new ArrayList<>();
        for (Page page : site.pages().stream()
                .filter(p -> p.language().equals(original) && !p.isFallback())
                .toList()) {
            List<State> states = new ArrayList<>();
            for (Language language : site.languages()) {
                states.add(
                        language.equals(original)
                                ? State.ORIGINAL
                                : !inScope(site, language, page.key())
                                        ? State.NOT_IN_SCOPE
                                        : state(site.page(language, page.key())));
            }
            rows.add(new Row(page.key(), page.source().relative(), page.title(), states));
        }
        return new TranslationMatrix(site.languages(), rows);
    }

    private static State state(Optional<Page> page) {
        if (page.isEmpty() || page.get().isFallback()) {
            return State.FALLBACK;
        }
        if (page.get().outdated().isPresent()) {
            return State.OUTDATED;
        }
        Optional<Translation> translation =
                page.get().frontMatter().translated().translation();
        if (translation.filter(Translation::isMachine).isPresent()) {
            return State.MACHINE;
        }
        return translation.filter(Translation::isReviewed).isPresent() ? State.REVIEWED : State.HUMAN;
    }

    /** Whether {@code language} sets out to translate {@code key}: every page, unless site.yaml names a scope. */
    static boolean inScope(Site site, Language language, TranslationKey key) {
        Optional<TranslationSettings.Scope> scope = site.config().translation().scopeOf(language);
        if (scope.isEmpty()) {
            return true;
        }
        Set<TranslationKey> keys = scope.get().pages().stream()
                .map(link -> TranslationKey.ofLink(link.endsWith(".md") ? link : link + ".md", TranslationKey.HOME))
                .flatMap(Optional::stream)
                .collect(Collectors.toSet());
        return keys.contains(key);
    }

    /** Coverage of every language, in configured order. */
    public List<Coverage> coverage() {
        List<Coverage> coverage = new ArrayList<>();
        for (int i = 0; i < languages.size(); i++) {
            int index = i;
            int total = (int) rows.stream()
                    .filter(r -> r.states().get(index) != State.NOT_IN_SCOPE)
                    .count();
            int translated = (int) rows.stream()
                    .filter(r -> r.states().get(index).translated())
                    .count();
            coverage.add(new Coverage(languages.get(i), translated, total));
        }
        return coverage;
    }
}
