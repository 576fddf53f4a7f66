package dev.mosaik.render;

import dev.mosaik.i18n.LocaleServices;
import dev.mosaik.i18n.Messages;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.thymeleaf.context.IExpressionContext;

/**
 * The {@code #i18n} object of templates: {@code ${#i18n.t('updated', 'date', ${page.lastChange})}}.
 * Messages with arguments need named ICU arguments, which Thymeleaf's {@code #{…}} cannot pass. Numbers and lists
 * a template shows go through {@code #i18n.number(…)} and {@code #i18n.list(…)}, so that they get the page
 * language's digits and list pattern rather than Latin digits and a comma.
 */
public final class MessageAccess {

    private final IExpressionContext context;
    private final Messages messages;
    private final LocaleServices locale;

    MessageAccess(IExpressionContext context, Messages messages, LocaleServices locale) {
        this.context = context;
        this.messages = messages;
        this.locale = locale;
    }

    /** {@code number} in the page language's digits and grouping. */
    public String number(Number number) {
        return locale.number(number.longValue());
    }

    /** {@code items} joined by the page language's list pattern ("A, B und C"). */
    public String list(Collection<?> items) {
        return locale.list(items.stream().map(String::valueOf).toList());
    }

    public String t(String key) {
        AskedMessages.note(context, key);
        return messages.format(key);
    }

    public String t(String key, String name, Object value) {
        AskedMessages.note(context, key);
        return messages.format(key, name, value);
    }

    public String t(String key, String name1, Object value1, String name2, Object value2) {
        AskedMessages.note(context, key);
        Map<String, Object> arguments = new HashMap<>();
        arguments.put(name1, value1);
        arguments.put(name2, value2);
        return messages.format(key, arguments);
    }
}
