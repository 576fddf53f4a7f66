package dev.mosaik.i18n;

import com.ibm.icu.text.MessageFormat;
import dev.mosaik.config.Language;
import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * UI strings of one language with fallback: the language's own bundle, then its fallback languages, then
 * the default language. A key missing in the language is reported once as a warning (the reader still gets
 * the fallback text); a key missing everywhere is an error.
 */
public final class Messages {

    private final Language language;
    private final List<Messages> fallbacks;
    private final MessageBundle bundle;
    private final String file;
    private final Problems problems;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    Messages(Language language, MessageBundle bundle, List<Messages> fallbacks, String file, Problems problems) {
        this.language = language;
        this.bundle = bundle;
        this.fallbacks = List.copyOf(fallbacks);
        this.file = file;
        this.problems = problems;
    }

    public Language language() {
        return language;
    }

    /** The message for {@code key} formatted with named arguments, e.g. {@code count → 3}. */
    public String format(String key, Map<String, ?> arguments) {
        return lookup(key).map(message -> apply(message, arguments)).orElse(key);
    }

    /**
     * The forms of a message with one plural argument, for a script that picks one with the browser's CLDR rules
     * ({@code Intl.PluralRules}): keyed by plural category ({@code one}, {@code few}, {@code other}) or explicit
     * value ({@code =0}), with {@code {#}} where the number goes and {@code {name}} for other arguments. A message
     * without a plural has the single form {@code other}.
     */
    public Map<String, String> pluralForms(String key) {
        return lookup(key).map(message -> PluralForms.of(message.pattern())).orElse(Map.of("other", key));
    }

    /** The message in this language or, with a warning, in a fallback; an error when no language has it. */
    private Optional<MessageBundle.Message> lookup(String key) {
        used.add(key);
        Optional<MessageBundle.Message> own = bundle.get(key);
        if (own.isPresent()) {
            return own;
        }
        for (Messages fallback : fallbacks) {
            Optional<MessageBundle.Message> found = fallback.bundle.get(key);
            if (found.isPresent()) {
                if (reported.add(key)) {
                    problems.warning(
                            SourcePosition.file(file),
                            "message '" + key + "' is missing; readers see the " + fallback.language.name() + " text",
                            Optional.of("add '" + key + ": …' to " + file));
                }
                return found;
            }
        }
        if (reported.add(key)) {
            problems.error(
                    SourcePosition.file(file),
                    "message '" + key + "' is used by a template but defined in no language",
                    Optional.of("add '" + key + ": …' to " + file));
        }
        return Optional.empty();
    }

    public String format(String key) {
        return format(key, Map.of());
    }

    /** Convenience for the common case of one argument. */
    public String format(String key, String name, Object value) {
        Map<String, Object> arguments = new HashMap<>();
        arguments.put(name, value instanceof LocalDate date ? LocaleServices.toUtcDate(date) : value);
        return format(key, arguments);
    }

    /**
     * Asks for {@code key} as a template does, without formatting it: reported as missing as {@link #format} would. A
     * page taken from the build cache asks again for what it asked for when it was rendered.
     */
    public void ask(String key) {
        lookup(key);
    }

    public boolean has(String key) {
        return bundle.get(key).isPresent();
    }

    /** Keys asked for so far (for the unused-key report). */
    public Set<String> usedKeys() {
        return new TreeSet<>(used);
    }

    private static String apply(MessageBundle.Message message, Map<String, ?> arguments) {
        MessageFormat format = message.format();
        // ICU's MessageFormat is not thread-safe; pages render in parallel.
        synchronized (format) {
            return format.format(arguments);
        }
    }
}
