package dev.mosaik.diag;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The editor's message bundles: ICU MessageFormat patterns (plurals, numbers; arguments by position) in
 * {@code ui/messages_de.properties} and {@code ui/messages_en.properties}, read as UTF-8. A key missing in German
 * falls back to English, a key missing in both shows as itself (a test holds both files to the same keys).
 */
public final class UiMessages {

    private static final Map<UiLanguage, UiMessages> LOADED = load();

    private final UiLanguage language;
    private final Map<String, String> patterns;
    private final Map<String, String> fallback;

    private UiMessages(UiLanguage language, Map<String, String> patterns, Map<String, String> fallback) {
        this.language = language;
        this.patterns = patterns;
        this.fallback = fallback;
    }

    public static UiMessages of(UiLanguage language) {
        return LOADED.get(language);
    }

    /** The English messages: the text of every problem as stored (logs, JSON, tests). */
    public static UiMessages english() {
        return LOADED.get(UiLanguage.EN);
    }

    public UiLanguage language() {
        return language;
    }

    public String format(String key, Object... arguments) {
        String pattern = patterns.getOrDefault(key, fallback.get(key));
        if (pattern == null) {
            return key;
        }
        // A new format per call: ICU's MessageFormat is not thread-safe, and problems are reported in parallel.
        return new MessageFormat(pattern, new ULocale(language.code())).format(arguments);
    }

    /** The text in this language; an argument that is itself a {@link UiText} is rendered first. */
    public String format(UiText text) {
        return format(
                text.key(),
                text.arguments().stream()
                        .map(a -> a instanceof UiText nested ? format(nested) : a)
                        .toArray());
    }

    /** The pattern of {@code key} in this language's own file, for the test that compiles every one. */
    java.util.Optional<String> pattern(String key) {
        return java.util.Optional.ofNullable(patterns.get(key));
    }

    /** The keys of this language's own file, for the test that holds the two files to the same keys. */
    public java.util.Set<String> keys() {
        return patterns.keySet();
    }

    private static Map<UiLanguage, UiMessages> load() {
        Map<String, String> english = read(UiLanguage.EN);
        Map<UiLanguage, UiMessages> all = new EnumMap<>(UiLanguage.class);
        for (UiLanguage language : UiLanguage.values()) {
            all.put(language, new UiMessages(language, language == UiLanguage.EN ? english : read(language), english));
        }
        return all;
    }

    private static Map<String, String> read(UiLanguage language) {
        String name = "/ui/messages_" + language.code() + ".properties";
        try (InputStream in = UiMessages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> map = new TreeMap<>();
            properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
            return Map.copyOf(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
