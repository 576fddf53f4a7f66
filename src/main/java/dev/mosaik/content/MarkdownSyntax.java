package dev.mosaik.content;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The flexmark extensions a page may do without: each can only change a page whose text contains one of its
 * trigger strings, so a page without them is parsed without the extension and comes out the same. Every extension
 * left in costs time on every page: the autolink extension scans every text node (an eighth of all Markdown time),
 * the table extension looks at every paragraph, the typographic one at every full stop and hyphen. In the order
 * flexmark is given them, which decides which extension sees a character first.
 */
enum MarkdownSyntax {
    TABLES(TablesExtension::create, "|"),
    FOOTNOTES(FootnoteExtension::create, "[^"),
    /** Links written out: {@code https://…}, {@code www.…} and e-mail addresses. */
    AUTOLINKS(AutolinkExtension::create, "://", "www.", "@"),
    ATTRIBUTES(AttributesExtension::create, "{"),
    /** Quotation marks and apostrophes, {@code --}, {@code ---}, {@code ...} and {@code . . .}, {@code <<…>>}. */
    TYPOGRAPHY(TypographicExtension::create, "\"", "'", "--", "...", ". .", "<<", ">>");

    private final Supplier<Extension> extension;
    private final List<String> triggers;

    MarkdownSyntax(Supplier<Extension> extension, String... triggers) {
        this.extension = extension;
        this.triggers = List.of(triggers);
    }

    Extension extension() {
        return extension.get();
    }

    /** The syntaxes {@code markdown} may use: those with a trigger in the text. */
    static Set<MarkdownSyntax> usedBy(String markdown) {
        EnumSet<MarkdownSyntax> used = EnumSet.noneOf(MarkdownSyntax.class);
        for (MarkdownSyntax syntax : values()) {
            for (String trigger : syntax.triggers) {
                if (markdown.contains(trigger)) {
                    used.add(syntax);
                    break;
                }
            }
        }
        return used;
    }
}
