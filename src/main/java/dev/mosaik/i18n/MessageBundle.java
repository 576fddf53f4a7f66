package dev.mosaik.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import dev.mosaik.yaml.YamlDocument;
import dev.mosaik.yaml.YamlMapping;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The UI strings of one language from one file, compiled as ICU MessageFormat patterns (plurals, select,
 * numbers, dates). Nested YAML keys are joined with dots: {@code nav: {skip: …}} is {@code nav.skip}.
 */
final class MessageBundle {

    /** A compiled message and where it was written. */
    record Message(String pattern, MessageFormat format, SourcePosition position) {
    }

    private final Map<String, Message> messages;

    private MessageBundle(Map<String, Message> messages) {
        this.messages = Map.copyOf(messages);
    }

    static MessageBundle empty() {
        return new MessageBundle(Map.of());
    }

    static MessageBundle parse(String text, String file, ULocale locale, Problems problems) {
        Map<String, Message> messages = new LinkedHashMap<>();
        YamlDocument.parseMapping(text, file, 1, problems).ifPresent(root -> collect(root, "", locale, messages, problems));
        return new MessageBundle(messages);
    }

    private static void collect(YamlMapping mapping, String prefix, ULocale locale, Map<String, Message> into, Problems problems) {
        for (String key : mapping.keys()) {
            String fullKey = prefix + key;
            SourcePosition position = mapping.positionOf(key);
            if (mapping.isMapping(key)) {
                mapping.mapping(key).ifPresent(nested -> collect(nested, fullKey + ".", locale, into, problems));
                continue;
            }
            mapping.string(key).ifPresent(pattern -> {
                try {
                    into.put(fullKey, new Message(pattern, new MessageFormat(pattern, locale), position));
                } catch (IllegalArgumentException e) {
                    problems.error(position, "message '" + fullKey + "' is not valid ICU MessageFormat: " + e.getMessage(),
                            Optional.of("plurals read like {count, plural, one {# Kurs} other {# Kurse}}"));
                }
            });
        }
    }

    Optional<Message> get(String key) {
        return Optional.ofNullable(messages.get(key));
    }

    java.util.Set<String> keys() {
        return messages.keySet();
    }

    /** This bundle with {@code overrides} laid over it. */
    MessageBundle overriddenBy(MessageBundle overrides) {
        Map<String, Message> merged = new LinkedHashMap<>(messages);
        merged.putAll(overrides.messages);
        return new MessageBundle(merged);
    }
}
