package dev.mosaik.config;

import com.ibm.icu.util.ULocale;
import dev.mosaik.diag.DidYouMean;
import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import dev.mosaik.diag.SourceText;
import dev.mosaik.yaml.YamlDocument;
import dev.mosaik.yaml.YamlMapping;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

/** Reads and validates {@code site.yaml}; every mistake is reported with its line. */
public final class SiteConfigReader {

    public static final String FILE_NAME = "site.yaml";

    private static final List<String> SITE_KEYS = List.of(
            "baseUrl",
            "defaultLanguage",
            "title",
            "languages",
            "params",
            "markdown",
            "courses",
            "publish",
            "check",
            "pagination",
            "translation",
            "newsletter",
            "timeZone");
    private static final List<String> LANGUAGE_KEYS =
            List.of("code", "name", "locale", "direction", "urlPrefix", "title", "menu", "fallback");
    private static final List<String> MENU_KEYS = List.of("title", "page", "url");
    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{2,8})*");
    private static final Pattern URL_SEGMENT = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /** Reads {@code site.yaml} from the site root; returns empty when it has errors (reported to problems). */
    public Optional<SiteConfig> read(Path siteRoot, Problems problems) {
        Path file = siteRoot.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            problems.error(
                    SourcePosition.file(FILE_NAME),
                    "no site.yaml found in " + siteRoot.toAbsolutePath().normalize(),
                    Optional.of("run mosaik in the site's folder or pass --source DIR"));
            return Optional.empty();
        }
        return SourceText.read(file, FILE_NAME, "configuration", problems).flatMap(text -> parse(text, problems));
    }

    /** Parses the text of a {@code site.yaml}. */
    public Optional<SiteConfig> parse(String text, Problems problems) {
        Problems local = new Problems();
        Optional<SiteConfig> config =
                YamlDocument.parseMapping(text, FILE_NAME, 1, local).flatMap(root -> build(root, local));
        problems.addAll(local);
        return local.hasErrors() ? Optional.empty() : config;
    }

    private Optional<SiteConfig> build(YamlMapping root, Problems problems) {
        root.allowOnly(SITE_KEYS);
        Optional<BaseUrl> baseUrl = root.requiredString("baseUrl").flatMap(text -> {
            Optional<BaseUrl> parsed = BaseUrl.parse(text);
            if (parsed.isEmpty()) {
                problems.error(
                        root.positionOf("baseUrl"),
                        "baseUrl must be an absolute http(s) URL, not '" + text + "'",
                        Optional.of("for example https://integration.wetzlar.de/"));
            }
            return parsed;
        });
        Optional<String> siteTitle = root.string("title");
        List<YamlMapping> languageEntries = root.mappings("languages");
        if (languageEntries.isEmpty() && !root.has("languages")) {
            problems.error(
                    root.position(),
                    "missing required key 'languages'",
                    Optional.of("list at least one language, e.g. '- code: de'"));
        } else if (languageEntries.isEmpty()) {
            problems.error(
                    root.positionOf("languages"),
                    "'languages' lists no language; a site needs at least one",
                    Optional.of("e.g. '- code: de' with a title"));
        }
        Optional<String> defaultCode = root.requiredString("defaultLanguage");
        List<Language> languages = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        Map<String, YamlMapping> entryByCode = new HashMap<>();
        for (YamlMapping entry : languageEntries) {
            readLanguage(entry, siteTitle, defaultCode.orElse(""), problems).ifPresent(language -> {
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
        Optional<Language> defaultLanguage = defaultCode.flatMap(code -> {
            Optional<Language> found =
                    languages.stream().filter(l -> l.code().equals(code)).findFirst();
            if (found.isEmpty() && !languages.isEmpty()) {
                problems.error(
                        root.positionOf("defaultLanguage"),
                        "defaultLanguage '" + code + "' is not among the languages",
                        DidYouMean.hint(
                                code, languages.stream().map(Language::code).toList()));
            }
            return found;
        });
        checkFallbacks(entryByCode, languages, problems);
        Map<String, String> params = root.stringMap("params");
        root.mapping("params").ifPresent(mapping -> checkMailHeaderParams(mapping, params, problems));
        boolean rawHtml = root.mapping("markdown")
                .flatMap(markdown -> {
                    markdown.allowOnly(List.of("rawHtml"));
                    return markdown.bool("rawHtml");
                })
                .orElse(false);
        List<String> sheetLanguages = root.mapping("courses")
                .map(courses -> {
                    courses.allowOnly(List.of("sheetLanguages"));
                    List<String> wanted = courses.strings("sheetLanguages");
                    List<String> known = languages.stream().map(Language::code).toList();
                    for (String code : wanted) {
                        if (!known.contains(code)) {
                            problems.error(
                                    courses.positionOf("sheetLanguages"),
                                    "sheet language '" + code + "' is not among the languages",
                                    DidYouMean.hint(code, known));
                        }
                    }
                    return wanted;
                })
                .orElse(List.of());
        Optional<YamlMapping> publish = root.mapping("publish");
        publish.ifPresent(p -> p.allowOnly(List.of("future", "expired", "rawFiles", "offlineBudgetKB")));
        Set<RawFileType> rawFiles = publish.map(p -> readRawFiles(p, problems)).orElse(Set.of());
        boolean future = publish.flatMap(p -> p.bool("future")).orElse(false);
        boolean expired = publish.flatMap(p -> p.bool("expired")).orElse(false);
        long offlineBudget = publish.flatMap(p -> p.integer("offlineBudgetKB").filter(kb -> {
                    if (kb < 1) {
                        problems.error(
                                p.positionOf("offlineBudgetKB"),
                                "offlineBudgetKB must be a positive number of kilobytes, not " + kb);
                    }
                    return kb >= 1;
                }))
                .map(kb -> kb * 1000L)
                .orElse(SiteConfig.DEFAULT_OFFLINE_BUDGET);
        CheckLimits checks =
                root.mapping("check").map(check -> readChecks(check, problems)).orElse(CheckLimits.DEFAULT);
        Pagination pagination =
                root.mapping("pagination").map(p -> readPagination(p, problems)).orElse(Pagination.DEFAULT);
        TranslationSettings translation = root.mapping("translation")
                .map(t -> readTranslation(t, languages, problems))
                .orElse(TranslationSettings.DEFAULT);
        NewsletterSettings newsletter = root.mapping("newsletter")
                .map(n -> readNewsletter(n, problems))
                .orElse(new NewsletterSettings(Optional.empty(), SourcePosition.file(FILE_NAME)));
        java.time.ZoneId timeZone = root.string("timeZone")
                .map(z -> readTimeZone(z, root.positionOf("timeZone"), problems))
                .orElse(SiteConfig.DEFAULT_TIME_ZONE);
        if (baseUrl.isEmpty() || defaultLanguage.isEmpty() || problems.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new SiteConfig(
                baseUrl.get(),
                defaultLanguage.get(),
                languages,
                params,
                rawHtml,
                sheetLanguages,
                future,
                expired,
                checks,
                pagination,
                translation,
                rawFiles,
                newsletter,
                offlineBudget,
                timeZone));
    }

    /**
     * {@code timeZone}: a region's name from the IANA database ({@code Europe/Vienna}), the zone its events are
     * announced in. Offsets ({@code +01:00}) are refused: they know no summer time, and calendars need the rules.
     */
    private static java.time.ZoneId readTimeZone(String name, SourcePosition position, Problems problems) {
        if (java.time.ZoneId.getAvailableZoneIds().contains(name)) {
            return java.time.ZoneId.of(name);
        }
        problems.error(
                position,
                "unknown time zone '" + name + "'",
                DidYouMean.hint(
                                name,
                                java.time.ZoneId.getAvailableZoneIds().stream()
                                        .sorted()
                                        .toList())
                        .or(() -> Optional.of("a name from the IANA time zone database, such as Europe/Berlin")));
        return SiteConfig.DEFAULT_TIME_ZONE;
    }

    /** The {@code translation} section: {@code scope} lists, per language, the content files it translates. */
    private static TranslationSettings readTranslation(
            YamlMapping translation, List<Language> languages, Problems problems) {
        translation.allowOnly(List.of(
                "scope",
                "provider",
                "url",
                "keyEnv",
                "minReadingEase",
                "key",
                "apiKey",
                "api_key",
                "authKey",
                "auth_key",
                "token"));
        for (String secret : List.of("key", "apiKey", "api_key", "authKey", "auth_key", "token")) {
            if (translation.has(secret)) {
                problems.error(
                        translation.positionOf(secret),
                        "a key does not belong in site.yaml, where everyone who reads the site's files can read it",
                        Optional.of(
                                "delete the line, put the key into an environment variable and name that variable: 'keyEnv: DEEPL_API_KEY'"));
            }
        }
        Map<String, TranslationSettings.Scope> scopes = new java.util.TreeMap<>();
        translation.mapping("scope").ifPresent(scope -> {
            List<String> known = languages.stream().map(Language::code).toList();
            for (String code : scope.keys()) {
                if (!known.contains(code)) {
                    problems.error(
                            scope.positionOf(code),
                            "'" + code + "' is not among the languages",
                            DidYouMean.hint(code, known));
                    continue;
                }
                scopes.put(code, new TranslationSettings.Scope(scope.strings(code), scope.positionOf(code)));
            }
        });
        Optional<TranslationSettings.Machine> machine = translation
                .oneOf("provider", List.of("deepl", "libretranslate"))
                .map(provider -> new TranslationSettings.Machine(
                        provider,
                        translation.string("url").map(String::strip),
                        translation.string("keyEnv"),
                        translation.positionOf("provider")));
        translation.string("url").ifPresent(url -> {
            if (!url.strip().matches("https?://[^\\s/]+(?:/\\S*)?")) {
                problems.error(
                        translation.positionOf("url"),
                        "url must be the service's address, such as https://api-free.deepl.com, not '" + url + "'");
            }
        });
        translation.string("keyEnv").ifPresent(name -> {
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                problems.error(
                        translation.positionOf("keyEnv"),
                        "keyEnv names an environment variable (such as DEEPL_API_KEY), not '" + name + "'",
                        Optional.of("the key itself never goes into site.yaml"));
            }
        });
        int minReadingEase = translation.integer("minReadingEase").orElse(TranslationSettings.DEFAULT_MIN_READING_EASE);
        if (minReadingEase < 0 || minReadingEase > 100) {
            problems.error(
                    translation.positionOf("minReadingEase"),
                    "minReadingEase is a reading ease from 0 to 100, not " + minReadingEase);
        }
        return new TranslationSettings(scopes, machine, minReadingEase);
    }

    /** The params a newsletter e-mail puts into its headers: a line break there would add headers of its own ({@code Bcc:}). */
    static final List<String> MAIL_HEADER_PARAMS = List.of("newsletterFrom", "organisation");

    private static void checkMailHeaderParams(YamlMapping mapping, Map<String, String> params, Problems problems) {
        for (String key : MAIL_HEADER_PARAMS) {
            String value = params.get(key);
            if (value != null
                    && value.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029)) {
                problems.error(
                        mapping.positionOf(key),
                        "params." + key + " must be one line without control characters:"
                                + " it goes into the newsletter e-mail's headers",
                        Optional.of("e.g. 'Stadt Wetzlar <newsletter@wetzlar.example>'"));
            }
        }
    }

    /** The {@code check} section: whole numbers, positive but for reading ease; the default where one is left out. */
    private static CheckLimits readChecks(YamlMapping check, Problems problems) {
        check.allowOnly(List.of(
                "staleMonths",
                "minReadingEase",
                "maxWienerSachtextformel",
                "maxImageKilobytes",
                "easySentenceWords",
                "easyWordLetters",
                "renderSeconds"));
        CheckLimits defaults = CheckLimits.DEFAULT;
        java.util.function.BiFunction<String, Integer, Integer> limit = (key, fallback) -> check.integer(key)
                .map(value -> {
                    if (value <= 0) {
                        problems.error(
                                check.positionOf(key), "check." + key + " must be a positive number, not " + value);
                        return fallback;
                    }
                    return value;
                })
                .orElse(fallback);
        // Reading ease is the one limit that may be zero or below: very hard text scores under zero (Amstad's formula
        // is open-ended).
        int minFlesch = check.integer("minReadingEase")
                .map(value -> {
                    if (value > 100) {
                        problems.error(
                                check.positionOf("minReadingEase"),
                                "check.minReadingEase must be at most 100 (the easiest text), not " + value);
                        return defaults.minFlesch();
                    }
                    return value;
                })
                .orElse(defaults.minFlesch());
        return new CheckLimits(
                limit.apply("staleMonths", defaults.staleMonths()),
                minFlesch,
                limit.apply("maxWienerSachtextformel", defaults.maxWiener()),
                limit.apply("maxImageKilobytes", (int) (defaults.maxImageBytes() / 1024)) * 1024L,
                limit.apply("easySentenceWords", defaults.maxEasySentenceWords()),
                limit.apply("easyWordLetters", defaults.maxEasyWordLetters()),
                Duration.ofSeconds(limit.apply(
                        "renderSeconds", (int) defaults.pageRenderTime().toSeconds())));
    }

    /** {@code publish.rawFiles}: the types of file that can run scripts and are published all the same. */
    private static Set<RawFileType> readRawFiles(YamlMapping publish, Problems problems) {
        Set<RawFileType> types = new java.util.TreeSet<>();
        List<String> known = java.util.Arrays.stream(RawFileType.values())
                .map(RawFileType::key)
                .toList();
        for (YamlMapping.Located value : publish.located("rawFiles")) {
            Optional<RawFileType> type = RawFileType.ofKey(value.value().strip().toLowerCase(Locale.ROOT));
            if (type.isEmpty()) {
                problems.error(
                        value.position(),
                        "publish.rawFiles: '" + value.value() + "' is not a type mosaik can publish raw; it knows "
                                + String.join(", ", known),
                        DidYouMean.hint(value.value(), known));
            }
            type.ifPresent(types::add);
        }
        return types;
    }

    /**
     * The {@code newsletter} section: {@code unsubscribe} is a {@code mailto:} address or an {@code https:} address,
     * on one line, since it goes into the e-mail's {@code List-Unsubscribe} header as it is.
     */
    private static NewsletterSettings readNewsletter(YamlMapping newsletter, Problems problems) {
        newsletter.allowOnly(List.of("unsubscribe"));
        Optional<String> unsubscribe = newsletter
                .string("unsubscribe")
                .map(String::strip)
                .filter(u -> {
                    boolean mail = u.matches("mailto:[^\\s<>@]+@[^\\s<>]+");
                    boolean web = u.matches("https?://[^\\s<>]+");
                    if (!mail && !web || u.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c > 0x7e)) {
                        problems.error(
                                newsletter.positionOf("unsubscribe"),
                                "newsletter.unsubscribe must be a mailto: or https: address in plain" + " ASCII, not '"
                                        + u + "'",
                                Optional.of(
                                        "e.g. 'mailto:newsletter@wetzlar.de?subject=Abbestellen' or"
                                                + " 'https://wetzlar.de/newsletter/abbestellen'; it goes into the e-mail's List-Unsubscribe header"));
                        return false;
                    }
                    return true;
                });
        return new NewsletterSettings(unsubscribe, newsletter.position());
    }

    /** The {@code pagination} section: a positive whole number of entries per page, the default when left out. */
    private static Pagination readPagination(YamlMapping pagination, Problems problems) {
        pagination.allowOnly(List.of("pageSize"));
        return pagination
                .integer("pageSize")
                .flatMap(size -> {
                    if (size < 1) {
                        problems.error(
                                pagination.positionOf("pageSize"),
                                "pagination.pageSize must be a positive number, not " + size,
                                Optional.of("the most entries one page of a listing shows, e.g. 50"));
                        return Optional.empty();
                    }
                    return Optional.of(new Pagination(size));
                })
                .orElse(Pagination.DEFAULT);
    }

    private Optional<Language> readLanguage(
            YamlMapping entry, Optional<String> siteTitle, String defaultCode, Problems problems) {
        entry.allowOnly(LANGUAGE_KEYS);
        Optional<String> code = entry.requiredString("code");
        if (code.isEmpty()) {
            return Optional.empty();
        }
        if (!CODE.matcher(code.get()).matches()) {
            problems.error(
                    entry.positionOf("code"),
                    "language code '" + code.get() + "' must be lowercase letters like 'de' or 'de-ls'");
            return Optional.empty();
        }
        String localeTag = entry.string("locale").orElse(code.get());
        ULocale locale;
        try {
            locale = ULocale.forLocale(
                    new Locale.Builder().setLanguageTag(localeTag).build());
        } catch (IllformedLocaleException e) {
            problems.error(
                    entry.positionOf("locale"),
                    "locale '" + localeTag + "' is not a valid BCP 47 language tag",
                    Optional.of("for example 'ar' or 'fa-u-nu-arabext'"));
            return Optional.empty();
        }
        Direction direction = entry.string("direction")
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
        // The name without keywords: "العربية", not "العربية (الأرقام العربية الهندية)".
        ULocale base = new ULocale(locale.getBaseName());
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
                .map(item -> readMenuItem(item, problems))
                .flatMap(Optional::stream)
                .toList();
        List<String> fallback = entry.has("fallback")
                ? entry.strings("fallback")
                : code.get().equals(defaultCode) ? List.of() : List.of(defaultCode);
        return Optional.of(new Language(
                code.get(), name, locale.toLanguageTag(), direction, prefix, title.orElse(""), menu, fallback));
    }

    private Optional<MenuItem> readMenuItem(YamlMapping item, Problems problems) {
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

    private void checkFallbacks(Map<String, YamlMapping> entryByCode, List<Language> languages, Problems problems) {
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
