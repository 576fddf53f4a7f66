package dev.mosaik.diag;

import java.util.Locale;
import java.util.Optional;

/**
 * The language mosaik speaks to the editor (messages, scaffolding comments, the preview's overlay) — not the
 * site's languages. German and English; German when the system's locale is German.
 */
public enum UiLanguage {
    DE, EN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code de} or {@code en}; anything else is empty, so that the command line can say what is allowed. */
    public static Optional<UiLanguage> parse(String code) {
        return switch (code.strip().toLowerCase(Locale.ROOT)) {
            case "de" -> Optional.of(DE);
            case "en" -> Optional.of(EN);
            default -> Optional.empty();
        };
    }

    /** German for a German locale ({@code de}, {@code de_DE}, {@code de_AT}, …), English for every other. */
    public static UiLanguage of(Locale locale) {
        return locale.getLanguage().equals("de") ? DE : EN;
    }
}
