package dev.mosaik.i18n;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.MessagePattern.Part;
import java.util.Map;
import java.util.TreeMap;

/**
 * Takes an ICU message with a plural argument apart into one text per plural form, so that a script in the
 * browser can choose among them with the same CLDR rules ({@code Intl.PluralRules}) without an ICU of its own.
 * Quoting is resolved; the number is written {@code {#}}, other arguments {@code {name}}.
 */
final class PluralForms {

    private PluralForms() {}

    static Map<String, String> of(String pattern) {
        MessagePattern message = new MessagePattern(pattern);
        int plural = -1;
        for (int i = 0; i < message.countParts(); i++) {
            Part part = message.getPart(i);
            if (part.getType() == Part.Type.ARG_START && part.getArgType() == MessagePattern.ArgType.PLURAL) {
                plural = i;
                break;
            }
        }
        Map<String, String> forms = new TreeMap<>();
        int end = message.countParts() - 1;
        if (plural < 0) {
            forms.put("other", text(message, 0, end, -1, -1));
            return forms;
        }
        int pluralLimit = message.getLimitPartIndex(plural);
        for (int i = plural + 1; i < pluralLimit; i++) {
            Part part = message.getPart(i);
            if (part.getType() != Part.Type.ARG_SELECTOR) {
                continue;
            }
            String selector = message.getSubstring(part);
            int start = i + 1;
            while (message.getPart(start).getType() != Part.Type.MSG_START) {
                start++; // the numeric value of an explicit selector such as =0
            }
            int limit = message.getLimitPartIndex(start);
            forms.put(selector, text(message, 0, end, plural, start));
            i = limit;
        }
        return forms;
    }

    /**
     * The text of the message between parts {@code from} (a MSG_START) and {@code to} (its MSG_LIMIT); the plural
     * argument at part {@code plural} is replaced by its sub-message starting at part {@code chosen}.
     */
    private static String text(MessagePattern message, int from, int to, int plural, int chosen) {
        String pattern = message.getPatternString();
        StringBuilder out = new StringBuilder();
        int index = message.getPart(from).getLimit();
        for (int i = from + 1; i <= to; i++) {
            Part part = message.getPart(i);
            out.append(pattern, index, part.getIndex());
            index = part.getLimit();
            switch (part.getType()) {
                case REPLACE_NUMBER -> out.append("{#}");
                case ARG_START -> {
                    int limit = message.getLimitPartIndex(i);
                    if (i == plural) {
                        out.append(text(message, chosen, message.getLimitPartIndex(chosen), -1, -1));
                    } else {
                        out.append('{')
                                .append(message.getSubstring(message.getPart(i + 1)))
                                .append('}');
                    }
                    i = limit;
                    index = message.getPart(limit).getLimit();
                }
                default -> {
                    // Quoting apostrophes (SKIP_SYNTAX), apostrophes ICU would add for another quoting mode
                    // (INSERT_CHAR,
                    // the literal one is already in the text) and the message's own limit add no text.
                }
            }
        }
        return out.toString();
    }
}
