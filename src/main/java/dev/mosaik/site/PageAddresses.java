package dev.mosaik.site;

import dev.mosaik.config.Language;
import dev.mosaik.content.TranslationKey;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The addresses of the site's pages in every language tree, both ways: which page an address names, and where a
 * page is in a tree. What Markdown links are resolved against while the pages are assembled; the rest of the
 * site's addresses (listings, feeds, aliases, sheets) are known once the build has claimed them in the
 * {@link AddressBook}.
 */
final class PageAddresses {

    /** A page in one tree. */
    record Located(TranslationKey key, Language language, SitePath path) {}

    private final Map<Language, Map<TranslationKey, SitePath>> byLanguage;
    private final Map<String, Located> byPath = new HashMap<>();

    /** @param byLanguage per language, the address of every page of its tree */
    PageAddresses(Map<Language, Map<TranslationKey, SitePath>> byLanguage) {
        this.byLanguage = byLanguage;
        byLanguage.forEach((language, tree) ->
                tree.forEach((key, path) -> byPath.put(path.value(), new Located(key, language, path))));
    }

    Optional<SitePath> of(Language language, TranslationKey key) {
        return Optional.ofNullable(byLanguage.getOrDefault(language, Map.of()).get(key));
    }

    /**
     * The page at {@code address}, a site path without the leading slash; also when written without the final
     * slash ({@code de/kontakt}) or with the {@code index.html} a folder is served as.
     */
    Optional<Located> at(String address) {
        Located exact = byPath.get(address);
        if (exact != null) {
            return Optional.of(exact);
        }
        if (address.equals("index.html") || address.endsWith("/index.html")) {
            return Optional.ofNullable(byPath.get(address.substring(0, address.length() - "index.html".length())));
        }
        return address.endsWith("/") ? Optional.empty() : Optional.ofNullable(byPath.get(address + "/"));
    }

    Collection<String> keys(Language language) {
        return byLanguage.getOrDefault(language, Map.of()).keySet().stream()
                .map(TranslationKey::value)
                .toList();
    }
}
