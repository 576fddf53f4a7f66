package dev.mosaik.site;

import dev.mosaik.config.Language;
import dev.mosaik.content.FrontMatter;
import dev.mosaik.content.RenderedMarkdown;
import dev.mosaik.content.SourceFile;
import dev.mosaik.content.TranslationKey;
import dev.mosaik.content.TypedData;
import dev.mosaik.content.Utf8Text;
import java.util.Optional;

/**
 * A page of one language tree, ready to be rendered.
 *
 * @param language        the tree the page belongs to (its URL prefix, menu and UI language)
 * @param contentLanguage the language the text is written in; differs from {@code language} when the page
 *                        is not translated and shows a fallback language's text
 * @param body            the rendered Markdown body, links already pointing into {@code language}'s tree, kept compact
 *                        ({@link Utf8Text}: a large site holds all of them until it renders), with the links only
 *                        the rendered site can resolve
 * @param outdated        present when the text is a translation whose original has changed since it was translated
 * @param data            the typed data of a content type: the page's own, or its original's when a
 *                        translation does not repeat it
 */
public record Page(
        TranslationKey key,
        Language language,
        Language contentLanguage,
        SourceFile source,
        FrontMatter frontMatter,
        SitePath path,
        PageKind kind,
        PageBody body,
        Optional<Outdated> outdated,
        Optional<TypedData> data) {

    public Page(
            TranslationKey key,
            Language language,
            Language contentLanguage,
            SourceFile source,
            FrontMatter frontMatter,
            SitePath path,
            PageKind kind,
            RenderedMarkdown body,
            Optional<Outdated> outdated,
            Optional<TypedData> data) {
        this(
                key,
                language,
                contentLanguage,
                source,
                frontMatter,
                path,
                kind,
                new PageBody(Utf8Text.of(body.html()), body.laterLinks()),
                outdated,
                data);
    }

    /** The rendered Markdown body. */
    public String contentHtml() {
        return body.html().toString();
    }

    public String title() {
        return frontMatter.title();
    }

    /** True when the page is shown in a fallback language because no translation exists. */
    public boolean isFallback() {
        return !language.code().equals(contentLanguage.code());
    }
}
