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
public record TranslationSettings(Map<String, Scope> scopes, Optional<Machine> machine, int minReadingEase) {

    /** Amstad's reading ease below which a German text is refused for machine translation ("difficult"). */
    public static final int DEFAULT_MIN_READING_EASE = 30;

    public static final TranslationSettings DEFAULT = new TranslationSettings(Map.of());

    public TranslationSettings {
        scopes = Map.copyOf(scopes);
    }

    public TranslationSettings(Map<String, Scope> scopes) {
        this(scopes, Optional.empty(), DEFAULT_MIN_READING_EASE);
    }

    /**
     * The machine-translation service: {@code provider} is {@code deepl} or {@code libretranslate}; the key is
     * read from the environment variable {@code keyEnv} when a translation starts, never from a file.
     *
     * @param url      the service's base URL, or empty for the provider's public default
     * @param position the line of {@code provider} in site.yaml, for messages about the service
     */
    public record Machine(String provider, Optional<String> url, Optional<String> keyEnv, SourcePosition position) {}

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
