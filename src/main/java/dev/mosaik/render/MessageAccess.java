package dev.mosaik.render;

import dev.mosaik.i18n.Messages;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code #i18n} object of templates: {@code ${#i18n.t('updated', 'date', ${page.lastChange})}}.
 * Messages with arguments need named ICU arguments, which Thymeleaf's {@code #{…}} cannot pass.
 */
public final class MessageAccess {

    private final Messages messages;

    MessageAccess(Messages messages) {
        this.messages = messages;
    }

    public String t(String key) {
        return messages.format(key);
    }

    public String t(String key, String name, Object value) {
        return messages.format(key, name, value);
    }

    public String t(String key, String name1, Object value1, String name2, Object value2) {
        Map<String, Object> arguments = new HashMap<>();
        arguments.put(name1, value1);
        arguments.put(name2, value2);
        return messages.format(key, arguments);
    }
}
