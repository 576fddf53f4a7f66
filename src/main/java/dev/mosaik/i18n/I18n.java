package dev.mosaik.i18n;

import dev.mosaik.config.Language;
import dev.mosaik.config.SiteConfig;
import dev.mosaik.diag.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The language services of a site: for each language its messages and ICU locale services. UI strings
 * come from the theme's defaults shipped in the jar ({@code theme/i18n/<code>.yaml}) overlaid with the
 * site's {@code i18n/<code>.yaml}.
 */
public final class I18n {

    public static final String I18N_DIR = "i18n";

    private final Map<String, Messages> messages;
    private final Map<String, LocaleServices> services;
    /** The keys each language's own files define (theme and site), and those of the site's file alone. */
    private final Map<String, Set<String>> definedKeys;

    private final Map<String, Set<String>> siteKeys;
    private final String defaultCode;

    private I18n(
            Map<String, Messages> messages,
            Map<String, LocaleServices> services,
            Map<String, Set<String>> definedKeys,
            Map<String, Set<String>> siteKeys,
            String defaultCode) {
        this.messages = messages;
        this.services = services;
        this.definedKeys = definedKeys;
        this.siteKeys = siteKeys;
        this.defaultCode = defaultCode;
    }

    /** Loads the bundles of every configured language; syntax errors go to {@code problems}. */
    public static I18n load(Path siteRoot, SiteConfig config, Problems problems) {
        Map<String, MessageBundle> bundles = new HashMap<>();
        Map<String, LocaleServices> services = new LinkedHashMap<>();
        Map<String, Set<String>> siteKeys = new HashMap<>();
        for (Language language : config.languages()) {
            LocaleServices locale = new LocaleServices(language, config.timeZone());
            services.put(language.code(), locale);
            MessageBundle theme = themeBundle(language.code(), locale, problems);
            MessageBundle site = siteBundle(siteRoot, language.code(), locale, problems);
            bundles.put(language.code(), theme.overriddenBy(site));
            siteKeys.put(language.code(), Set.copyOf(site.keys()));
        }
        Map<String, Messages> messages = new LinkedHashMap<>();
        // Default language first, so that others can name it as their last fallback.
        Language defaultLanguage = config.defaultLanguage();
        messages.put(
                defaultLanguage.code(),
                new Messages(
                        defaultLanguage,
                        bundles.get(defaultLanguage.code()),
                        List.of(),
                        fileOf(defaultLanguage),
                        problems));
        for (Language language : config.languages()) {
            if (language.equals(defaultLanguage)) {
                continue;
            }
            List<Messages> chain = new ArrayList<>();
            for (String code : language.fallback()) {
                if (!code.equals(defaultLanguage.code()) && bundles.containsKey(code)) {
                    chain.add(new Messages(
                            config.language(code).orElseThrow(),
                            bundles.get(code),
                            List.of(),
                            fileOf(language),
                            problems));
                }
            }
            chain.add(messages.get(defaultLanguage.code()));
            messages.put(
                    language.code(),
                    new Messages(language, bundles.get(language.code()), chain, fileOf(language), problems));
        }
        Map<String, Set<String>> definedKeys = new HashMap<>();
        bundles.forEach((code, bundle) -> definedKeys.put(code, Set.copyOf(bundle.keys())));
        return new I18n(messages, services, definedKeys, siteKeys, defaultLanguage.code());
    }

    private static String fileOf(Language language) {
        return I18N_DIR + "/" + language.code() + ".yaml";
    }

    private static MessageBundle themeBundle(String code, LocaleServices locale, Problems problems) {
        String resource = "/theme/i18n/" + code + ".yaml";
        try (InputStream in = I18n.class.getResourceAsStream(resource)) {
            if (in == null) {
                return MessageBundle.empty();
            }
            return MessageBundle.parse(
                    new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    "(built-in theme) " + resource.substring(1),
                    locale.locale(),
                    problems);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("the jar's theme messages are unreadable", e);
        }
    }

    private static MessageBundle siteBundle(Path siteRoot, String code, LocaleServices locale, Problems problems) {
        Path file = siteRoot.resolve(I18N_DIR).resolve(code + ".yaml");
        if (!Files.isRegularFile(file)) {
            return MessageBundle.empty();
        }
        String relative = I18N_DIR + "/" + code + ".yaml";
        return dev.mosaik.diag.SourceText.read(file, relative, "file of UI strings", problems)
                .map(text -> MessageBundle.parse(text, relative, locale.locale(), problems))
                .orElseGet(MessageBundle::empty);
    }

    public Messages messages(Language language) {
        return messages.get(language.code());
    }

    /** Keys the default language defines and {@code language} does not: its readers see fallback text there. */
    public List<String> missingMessages(Language language) {
        return definedKeys.get(defaultCode).stream()
                .filter(k -> !definedKeys.get(language.code()).contains(k))
                .sorted()
                .toList();
    }

    /**
     * Keys of the site's own {@code i18n/} file for {@code language} that no template asked for during the
     * build: typos or leftovers. Meaningful after rendering.
     */
    public List<String> unusedMessages(Language language) {
        Set<String> used = new java.util.HashSet<>();
        messages.values().forEach(m -> used.addAll(m.usedKeys()));
        return siteKeys.get(language.code()).stream()
                .filter(k -> !used.contains(k))
                .sorted()
                .toList();
    }

    public LocaleServices services(Language language) {
        return services.get(language.code());
    }
}
