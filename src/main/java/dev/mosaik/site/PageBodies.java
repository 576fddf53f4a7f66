package dev.mosaik.site;

import dev.mosaik.config.Language;
import dev.mosaik.config.SiteConfig;
import dev.mosaik.content.ImageSize;
import dev.mosaik.content.LinkTargets;
import dev.mosaik.content.MarkdownRenderer;
import dev.mosaik.content.RenderedMarkdown;
import dev.mosaik.content.SourceDocument;
import dev.mosaik.content.TranslationKey;
import dev.mosaik.diag.Problems;
import dev.mosaik.i18n.I18n;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Markdown bodies of one assembly: rendered with links into their tree, or taken from where earlier builds kept
 * them (the build cache for a one-off build, the last assembly for the preview).
 */
final class PageBodies {

    /** What the bodies' links resolve against, the same for every page of one assembly. */
    record Links(PageAddresses pages, Map<String, Path> files, Set<TranslationKey> unreadable) {}

    /** A source placed in a language tree under a key. */
    record Placed(SourceDocument source, Language tree, TranslationKey key) {}

    private final MarkdownRenderer markdown;
    /** Bodies of the previous assembly that may be reused, and where this one keeps its own (null: keep none). */
    private final RenderedBodies previous;

    private final RenderedBodies kept;
    /** Bodies of earlier builds (the build cache), used when {@code kept} is null. */
    private final StoredBodies stored;
    /** Each image's size, read once per assembly however many pages and trees show it. */
    private final Map<Path, Optional<ImageSize>> imageSizes = new ConcurrentHashMap<>();

    PageBodies(MarkdownRenderer markdown, RenderedBodies previous, RenderedBodies kept, StoredBodies stored) {
        this.markdown = markdown;
        this.previous = previous;
        this.kept = kept;
        this.stored = stored;
    }

    /** The body of {@code placed}: from the store of earlier builds, the preview's last assembly, or rendered now. */
    RenderedMarkdown body(
            Placed placed,
            SiteConfig config,
            Links links,
            I18n i18n,
            Map<String, Map<TranslationKey, SitePath>> addresses,
            Problems problems) {
        SourceDocument source = placed.source();
        String code = placed.tree().code();
        if (kept == null) {
            return stored.body(
                    source,
                    code,
                    targets(placed, config, links),
                    (targets, own) -> render(placed, config, targets, i18n, own),
                    problems);
        }
        Optional<RenderedMarkdown> reused = previous.find(source, code, addresses, links.files());
        if (reused.isPresent()) {
            kept.keep(source, code, addresses, links.files(), reused.get());
            return reused.get();
        }
        Problems own = new Problems();
        RenderedMarkdown body = render(placed, config, targets(placed, config, links), i18n, own);
        if (own.isEmpty()) {
            kept.keep(source, code, addresses, links.files(), body);
        }
        problems.addAll(own);
        return body;
    }

    /** What links and images of {@code placed} point at. */
    LinkTargets targets(Placed placed, SiteConfig config, Links links) {
        return new TreeLinks(
                config,
                links.pages(),
                placed.tree(),
                placed.source().file().language(),
                placed.key(),
                links.files(),
                imageSizes,
                links.unreadable());
    }

    /** The body of {@code placed} rendered now. */
    RenderedMarkdown render(Placed placed, SiteConfig config, LinkTargets targets, I18n i18n, Problems problems) {
        Language contentLanguage = placed.source().file().language();
        return markdown.renderBody(
                placed.source(),
                i18n.services(contentLanguage).quotes(),
                contentLanguage.isRightToLeft(),
                config.rawHtml(),
                config.checks().pageRenderTime(),
                targets,
                problems);
    }
}
