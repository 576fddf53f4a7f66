package dev.mosaik.render;

import dev.mosaik.config.Language;
import dev.mosaik.content.Quotes;
import dev.mosaik.i18n.LocaleServices;
import dev.mosaik.i18n.Messages;
import dev.mosaik.site.Outdated;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The "may be outdated" notice of a translation in the reader's language, naming the sections of the original
 * that changed since: their headings in the original's language, quoted with the reader's quotation marks and
 * marked with their own language, at most {@value #NAMED} of them and "N more" beyond.
 */
final class OutdatedNotice {

    static final int NAMED = 3;
    /** Stand-ins for headings while the message and the list pattern are formatted; private-use characters occur in no text. */
    private static final Pattern MARK = Pattern.compile("\uE000(\\d+)\uE001");

    private OutdatedNotice() {}

    static List<Views.NoticePart> parts(
            Outdated outdated, Messages messages, LocaleServices locale, Language original) {
        List<String> changed = outdated.changedSections();
        if (changed.isEmpty()) {
            return List.of(new Views.NoticePart(messages.format("page.outdated"), "", ""));
        }
        List<String> named = changed.subList(0, Math.min(NAMED, changed.size()));
        List<String> items = new ArrayList<>(IntStream.range(0, named.size())
                .mapToObj(i -> "\uE000" + i + "\uE001")
                .toList());
        if (changed.size() > named.size()) {
            items.add(messages.format("page.outdatedMore", Map.of("more", changed.size() - named.size())));
        }
        String text = messages.format(
                "page.outdatedSections", Map.of("sections", locale.list(items), "count", changed.size()));
        Quotes quotes = locale.quotes();
        List<Views.NoticePart> parts = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        Matcher mark = MARK.matcher(text);
        int at = 0;
        while (mark.find()) {
            plain.append(text, at, mark.start()).append(quotes.open());
            parts.add(new Views.NoticePart(plain.toString(), "", ""));
            plain.setLength(0);
            parts.add(new Views.NoticePart(
                    named.get(Integer.parseInt(mark.group(1))),
                    original.htmlLang(),
                    original.direction().attribute()));
            plain.append(quotes.close());
            at = mark.end();
        }
        plain.append(text.substring(at));
        parts.add(new Views.NoticePart(plain.toString(), "", ""));
        return List.copyOf(parts);
    }
}
