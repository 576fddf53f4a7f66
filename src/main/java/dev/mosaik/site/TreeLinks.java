package dev.mosaik.site;

import dev.mosaik.config.Language;
import dev.mosaik.config.SiteConfig;
import dev.mosaik.content.ImageSize;
import dev.mosaik.content.LinkTargets;
import dev.mosaik.content.PathSegments;
import dev.mosaik.content.TranslationKey;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Links seen from one page in one language tree: pages of that tree, the files published at the root, and
 * addresses. An address names a page in some tree; the reader is sent to the same page in their own tree when
 * the address is in the language the text is written in or the site's default language (the text was copied
 * from the original, or is shown as a fallback), and to exactly the address written when it names a third
 * language on purpose ("this page in Leichte Sprache").
 *
 * @param tree       the tree the page is rendered into: the reader's language
 * @param written    the language of the page's text, whose tree holds the address the editor sees
 * @param from       the linking page
 * @param unreadable pages whose every source could not be read: links to them are not reported as missing too
 */
record TreeLinks(
        SiteConfig config,
        PageAddresses pages,
        Language tree,
        Language written,
        TranslationKey from,
        Map<String, Path> files,
        Map<Path, Optional<ImageSize>> sizes,
        Set<TranslationKey> unreadable)
        implements LinkTargets {

    @Override
    public Optional<String> page(TranslationKey key) {
        return pages.of(tree, key).map(path -> path.href(config.baseUrl()));
    }

    @Override
    public Collection<String> pageKeys() {
        return pages.keys(tree);
    }

    @Override
    public Optional<String> file(String path) {
        String sitePath = path.startsWith("/") ? path.substring(1) : path;
        return files.containsKey(sitePath) ? Optional.of(href(sitePath)) : Optional.empty();
    }

    @Override
    public Optional<ImageSize> imageSize(String path) {
        return Optional.ofNullable(files.get(path.startsWith("/") ? path.substring(1) : path))
                .flatMap(file -> sizes.computeIfAbsent(file, ImageSize::of));
    }

    @Override
    public boolean unreadable(TranslationKey key) {
        return unreadable.contains(key);
    }

    /**
     * An absolute address names a page or file from the site's root ({@code /de/kontakt/}, written with or without
     * the base URL's path); one without a language in front ({@code /kontakt/}) is looked for in the tree of the
     * text's language first, then at the root. A relative address is resolved against the page's address in the
     * tree of its text's language — the address its editor sees — as a browser would.
     */
    @Override
    public Address address(String path) {
        String base = config.baseUrl().path();
        Optional<String> resolved;
        boolean withoutLanguage = false;
        SitePath here = SitePath.ROOT;
        if (path.startsWith("/")) {
            String rest =
                    !base.equals("/") && path.startsWith(base) ? path.substring(base.length()) : path.substring(1);
            resolved = normalise(rest);
            withoutLanguage =
                    resolved.isPresent() && !isLanguagePrefix(resolved.get().split("/", 2)[0]);
        } else {
            here = pages.of(written, from).or(() -> pages.of(tree, from)).orElse(SitePath.ROOT);
            resolved = normalise(here.value() + path);
        }
        if (resolved.isEmpty()) {
            return new Address.AboveRoot();
        }
        String address = resolved.get();
        Optional<String> inLanguage =
                withoutLanguage ? Optional.of(written.urlPrefix() + "/" + address) : Optional.empty();
        // Relative to the page's folder rather than to its address: what an editor thinking in files means by
        // "kontakt/".
        Optional<String> sibling = here.value().isEmpty()
                ? Optional.empty()
                : normalise(here.value() + "../" + path).filter(s -> !s.equals(address));
        for (String candidate : inLanguage.isPresent() ? List.of(inLanguage.get(), address) : List.of(address)) {
            Optional<PageAddresses.Located> page = pages.at(candidate);
            if (page.isPresent()) {
                return new Address.Found(readersPage(page.get()).href(config.baseUrl()));
            }
            if (files.containsKey(candidate)) {
                return new Address.Found(href(candidate));
            }
        }
        return new Address.Later(href(address), address, inLanguage.or(() -> sibling));
    }

    /** The page the reader is sent to for a page found in some tree. */
    private SitePath readersPage(PageAddresses.Located found) {
        boolean sameText = found.language().equals(written) || found.language().equals(config.defaultLanguage());
        if (found.language().equals(tree) || !sameText) {
            return found.path();
        }
        return pages.of(tree, found.key()).orElse(found.path());
    }

    private boolean isLanguagePrefix(String segment) {
        return config.languages().stream()
                .anyMatch(language -> language.urlPrefix().equals(segment));
    }

    /** A root-relative link to a site path; spaces escaped, which an HTML attribute's address may not contain. */
    private String href(String sitePath) {
        return config.baseUrl().path() + sitePath.replace(" ", "%20");
    }

    /**
     * {@code .} and {@code ..} resolved and empty segments dropped, keeping whether the address is a folder (ends
     * in {@code /}); empty when {@code ..} leads above the root.
     */
    static Optional<String> normalise(String path) {
        boolean folder = path.isEmpty()
                || path.endsWith("/")
                || path.equals(".")
                || path.equals("..")
                || path.endsWith("/.")
                || path.endsWith("/..");
        return PathSegments.resolve(path).map(parts -> {
            String joined = String.join("/", parts);
            return joined.isEmpty() || !folder ? joined : joined + "/";
        });
    }
}
