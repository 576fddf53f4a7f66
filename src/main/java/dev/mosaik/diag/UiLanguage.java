package dev.mosaik.diag;

import java.util.Locale;
import java.util.Optional;

/**
 * The language mosaik speaks to the editor (messages, scaffolding comments, the preview's overlay) — not the
 * site's languages. German and English; German when the system's locale is German.
 */
public enum UiLanguage {
    DE,
    EN;

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

    /** The environment variable that names the editor's language for every command ({@code de} or {@code en}). */
    public static final String VARIABLE = "MOSAIK_UI_LANG";

    /**
     * The editor's language as the environment says it: {@link #VARIABLE}, else the locale variables in POSIX order
     * ({@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG}; the first one set decides). Read from the variables rather
     * than the JVM's locale: a German locale that the system has not generated ({@code LANG=de_DE.UTF-8} in a
     * container) leaves the JVM in English, and the relaunch into {@code C.UTF-8} for file names would lose it.
     */
    public static Optional<UiLanguage> fromEnvironment(java.util.Map<String, String> environment) {
        Optional<UiLanguage> named =
                Optional.ofNullable(environment.get(VARIABLE)).flatMap(UiLanguage::parse);
        if (named.isPresent()) {
            return named;
        }
        for (String variable : java.util.List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
            String value = environment.getOrDefault(variable, "");
            if (!value.isBlank()) {
                return Optional.of(value.matches("de([_.@].*)?") ? DE : EN);
            }
        }
        return Optional.empty();
    }
}
