package dev.mosaik.config;

import dev.mosaik.diag.SourcePosition;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code translation} section of {@code site.yaml}: which pages each language sets out to translate.
 * Leichte Sprache, for one, translates a chosen few pages, not the whole site; its coverage is measured
 * against that list.
 *
 * @param scopes per language code, the content files (as content links, {@code /kontakt.md}) it translates;
 *               a language without a scope translates every page
 */
public record TranslationSettings(Map<String, Scope> scopes) {

    public static final TranslationSettings DEFAULT = new TranslationSettings(Map.of());

    public TranslationSettings {
        scopes = Map.copyOf(scopes);
    }

    /** The pages a language translates, with the line of {@code site.yaml} that names them. */
    public record Scope(List<String> pages, SourcePosition position) {
        public Scope {
            pages = List.copyOf(pages);
        }
    }

    public Optional<Scope> scopeOf(Language language) {
        return Optional.ofNullable(scopes.get(language.code()));
    }
}
