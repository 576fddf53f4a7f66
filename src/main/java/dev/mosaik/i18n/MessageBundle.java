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

    /**
     * How deeply braces may nest in a message: a plural inside a select inside a plural uses six. ICU parses and
     * formats nested messages by recursion, and a message nested thousands of levels deep overflowed the stack.
     */
    static final int MAX_DEPTH = 20;

    /** A compiled message and where it was written. */
    record Message(String pattern, MessageFormat format, SourcePosition position) {}

    private final Map<String, Message> messages;

    private MessageBundle(Map<String, Message> messages) {
        this.messages = Map.copyOf(messages);
    }

    static MessageBundle empty() {
        return new MessageBundle(Map.of());
    }

    static MessageBundle parse(String text, String file, ULocale locale, Problems problems) {
        Map<String, Message> messages = new LinkedHashMap<>();
        YamlDocument.parseMapping(text, file, 1, problems)
                .ifPresent(root -> collect(root, "", locale, messages, problems));
        return new MessageBundle(messages);
    }

    private static void collect(
            YamlMapping mapping, String prefix, ULocale locale, Map<String, Message> into, Problems problems) {
        for (String key : mapping.keys()) {
            String fullKey = prefix + key;
            SourcePosition position = mapping.positionOf(key);
            if (mapping.isMapping(key)) {
                mapping.mapping(key).ifPresent(nested -> collect(nested, fullKey + ".", locale, into, problems));
                continue;
            }
            mapping.string(key).ifPresent(pattern -> {
                if (depth(pattern) > MAX_DEPTH) {
                    problems.error(
                            position,
                            "message '" + fullKey + "' has braces nested more than " + MAX_DEPTH + " levels deep",
                            Optional.of(
                                    "no message needs that many; plurals and selects inside each other rarely go beyond three"));
                    return;
                }
                try {
                    into.put(fullKey, new Message(pattern, new MessageFormat(pattern, locale), position));
                } catch (StackOverflowError e) {
                    // The depth check above is meant to prevent this; this is the net for a shape it does not know.
                    problems.error(position, "message '" + fullKey + "' is nested too deeply to be read");
                } catch (IllegalArgumentException e) {
                    problems.error(
                            position,
                            "message '" + fullKey + "' is not valid ICU MessageFormat: " + e.getMessage(),
                            Optional.of("plurals read like {count, plural, one {# Kurs} other {# Kurse}}"));
                }
            });
        }
    }

    /**
     * The deepest nesting of braces in {@code pattern}, outside ICU's quoting ({@code '{'} is a literal brace,
     * {@code ''} an apostrophe); counted on the text, so that ICU never sees a message too deep for it.
     */
    static int depth(String pattern) {
        int depth = 0;
        int deepest = 0;
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            char next = i + 1 < pattern.length() ? pattern.charAt(i + 1) : '\0';
            if (c == '\'') {
                if (next == '\'') {
                    i++;
                } else if (quoted || next == '{' || next == '}' || next == '#' || next == '|') {
                    quoted = !quoted;
                }
            } else if (!quoted && c == '{') {
                deepest = Math.max(deepest, ++depth);
            } else if (!quoted && c == '}') {
                depth = Math.max(0, depth - 1);
            }
        }
        return deepest;
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
