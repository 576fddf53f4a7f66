package dev.mosaik.config;

import com.ibm.icu.util.ULocale;
import dev.mosaik.diag.DidYouMean;
import dev.mosaik.diag.Problems;
import dev.mosaik.yaml.YamlMapping;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the {@code languages} list of {@code site.yaml} and its {@code defaultLanguage}: codes, locales, writing
 * directions, URL prefixes, titles, menus and fallbacks, each mistake with its line.
 */
final class LanguagesReader {

    private static final List<String> LANGUAGE_KEYS =
            List.of("code", "name", "locale", "direction", "urlPrefix", "title", "menu", "fallback");
    private static final List<String> MENU_KEYS = List.of("title", "page", "url");
    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{2,8})*");
    private static final Pattern URL_SEGMENT = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /** The languages that were read without mistakes, in the site's order, and the default among them. */
    record SiteLanguages(List<Language> all, Optional<Language> defaultLanguage) {

        List<String> codes() {
            return all.stream().map(Language::code).toList();
        }
    }

    private final Problems problems;

    LanguagesReader(Problems problems) {
        this.problems = problems;
    }

    SiteLanguages read(YamlMapping root) {
        Optional<String> siteTitle = root.string("title");
        List<YamlMapping> entries = root.mappings("languages");
        checkListed(root, entries);
        Optional<String> defaultCode = root.requiredString("defaultLanguage");
        List<Language> languages = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        Map<String, YamlMapping> entryByCode = new HashMap<>();
        for (YamlMapping entry : entries) {
            readLanguage(entry, siteTitle, defaultCode.orElse("")).ifPresent(language -> {
                if (!codes.add(language.code())) {
                    problems.error(entry.positionOf("code"), "language '" + language.code() + "' is listed twice");
                } else if (!prefixes.add(language.urlPrefix())) {
                    problems.error(
                            entry.positionOf("urlPrefix"),
                            "urlPrefix '" + language.urlPrefix() + "' is used by two languages");
                } else {
                    languages.add(language);
                    entryByCode.put(language.code(), entry);
                }
            });
        }
        Optional<Language> defaultLanguage = defaultCode.flatMap(code -> findDefault(root, code, languages));
        checkFallbacks(entryByCode, languages);
        return new SiteLanguages(languages, defaultLanguage);
    }

    private void checkListed(YamlMapping root, List<YamlMapping> entries) {
        if (entries.isEmpty() && !root.has("languages")) {
            problems.error(
                    root.position(),
                    "missing required key 'languages'",
                    Optional.of("list at least one language, e.g. '- code: de'"));
        } else if (entries.isEmpty()) {
            problems.error(
                    root.positionOf("languages"),
                    "'languages' lists no language; a site needs at least one",
                    Optional.of("e.g. '- code: de' with a title"));
        }
    }

    private Optional<Language> findDefault(YamlMapping root, String code, List<Language> languages) {
        Optional<Language> found =
                languages.stream().filter(l -> l.code().equals(code)).findFirst();
        if (found.isEmpty() && !languages.isEmpty()) {
            problems.error(
                    root.positionOf("defaultLanguage"),
                    "defaultLanguage '" + code + "' is not among the languages",
                    DidYouMean.hint(code, languages.stream().map(Language::code).toList()));
        }
        return found;
    }

    private Optional<Language> readLanguage(YamlMapping entry, Optional<String> siteTitle, String defaultCode) {
        entry.allowOnly(LANGUAGE_KEYS);
        Optional<String> code = readCode(entry);
        Optional<ULocale> locale = code.flatMap(c -> readLocale(entry, c));
        if (locale.isEmpty()) {
            return Optional.empty();
        }
        Direction direction = readDirection(entry, locale.get());
        // The name without keywords: "العربية", not "العربية (الأرقام العربية الهندية)".
        ULocale base = new ULocale(locale.get().getBaseName());
        String name = entry.string("name").orElseGet(() -> base.getDisplayName(base));
        String prefix = entry.string("urlPrefix").orElse(code.get());
        if (!URL_SEGMENT.matcher(prefix).matches()) {
            problems.error(
                    entry.positionOf("urlPrefix"),
                    "urlPrefix '" + prefix + "' must be lowercase letters, digits and hyphens");
        }
        Optional<String> title = entry.string("title").or(() -> siteTitle);
        if (title.isEmpty()) {
            problems.error(
                    entry.position(),
                    "language '" + code.get() + "' has no title",
                    Optional.of("set 'title' on the language or at the top of site.yaml"));
        }
        List<MenuItem> menu = entry.mappings("menu").stream()
                .map(this::readMenuItem)
                .flatMap(Optional::stream)
                .toList();
        List<String> fallback = entry.has("fallback")
                ? entry.strings("fallback")
                : code.get().equals(defaultCode) ? List.of() : List.of(defaultCode);
        return Optional.of(new Language(
                code.get(), name, locale.get().toLanguageTag(), direction, prefix, title.orElse(""), menu, fallback));
    }

    private Optional<String> readCode(YamlMapping entry) {
        return entry.requiredString("code").filter(code -> {
            if (!CODE.matcher(code).matches()) {
                problems.error(
                        entry.positionOf("code"),
                        "language code '" + code + "' must be lowercase letters like 'de' or 'de-ls'");
                return false;
            }
            return true;
        });
    }

    private Optional<ULocale> readLocale(YamlMapping entry, String code) {
        String localeTag = entry.string("locale").orElse(code);
        try {
            return Optional.of(ULocale.forLocale(
                    new Locale.Builder().setLanguageTag(localeTag).build()));
        } catch (IllformedLocaleException e) {
            problems.error(
                    entry.positionOf("locale"),
                    "locale '" + localeTag + "' is not a valid BCP 47 language tag",
                    Optional.of("for example 'ar' or 'fa-u-nu-arabext'"));
            return Optional.empty();
        }
    }

    /** The written direction, or the locale's own when the entry does not name one. */
    private Direction readDirection(YamlMapping entry, ULocale locale) {
        return entry.string("direction")
                .map(d -> switch (d) {
                    case "ltr" -> Direction.LTR;
                    case "rtl" -> Direction.RTL;
                    default -> {
                        problems.error(
                                entry.positionOf("direction"), "direction must be 'ltr' or 'rtl', not '" + d + "'");
                        yield Direction.LTR;
                    }
                })
                .orElse(locale.isRightToLeft() ? Direction.RTL : Direction.LTR);
    }

    private Optional<MenuItem> readMenuItem(YamlMapping item) {
        item.allowOnly(MENU_KEYS);
        Optional<String> title = item.requiredString("title");
        Optional<String> page = item.string("page");
        Optional<String> url = item.string("url");
        if (page.isPresent() == url.isPresent()) {
            problems.error(
                    item.position(),
                    "a menu entry needs either 'page' (a content file) or 'url', not "
                            + (page.isPresent() ? "both" : "neither"));
            return Optional.empty();
        }
        if (url.isPresent() && !MenuUrls.isAllowed(url.get())) {
            problems.error(
                    item.positionOf("url"),
                    "menu url '" + url.get() + "' is not allowed: only http(s), mailto and tel"
                            + " addresses and paths of the site",
                    Optional.of("e.g. https://example.org/, mailto:info@example.org or /de/kontakt/"));
            return Optional.empty();
        }
        return title.map(t -> new MenuItem(t, page, url, item.position()));
    }

    private void checkFallbacks(Map<String, YamlMapping> entryByCode, List<Language> languages) {
        List<String> codes = languages.stream().map(Language::code).toList();
        for (Language language : languages) {
            YamlMapping entry = entryByCode.get(language.code());
            if (!entry.has("fallback")) {
                continue; // the implied fallback is the default language, checked on its own line
            }
            for (String target : language.fallback()) {
                if (!codes.contains(target)) {
                    problems.error(
                            entry.positionOf("fallback"),
                            "fallback language '" + target + "' is not among the languages",
                            DidYouMean.hint(target, codes));
                } else if (target.equals(language.code())) {
                    problems.error(
                            entry.positionOf("fallback"), "language '" + target + "' cannot fall back to itself");
                }
            }
        }
    }
}
