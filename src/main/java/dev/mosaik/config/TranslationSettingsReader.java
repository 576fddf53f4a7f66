package dev.mosaik.config;

import dev.mosaik.diag.DidYouMean;
import dev.mosaik.diag.Problems;
import dev.mosaik.yaml.YamlMapping;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads the {@code translation} section of {@code site.yaml}: {@code scope} lists, per language, the content files it
 * translates; {@code provider}, {@code url} and {@code keyEnv} name the machine-translation service.
 */
final class TranslationSettingsReader {

    /** Names under which a key might be pasted into site.yaml; allowed as keys only to refuse them with a hint. */
    private static final List<String> SECRETS = List.of("key", "apiKey", "api_key", "authKey", "auth_key", "token");

    private static final List<String> KEYS = List.of(
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
            "token");

    private final Problems problems;

    TranslationSettingsReader(Problems problems) {
        this.problems = problems;
    }

    TranslationSettings read(YamlMapping translation, List<String> languageCodes) {
        translation.allowOnly(KEYS);
        refuseSecrets(translation);
        Map<String, TranslationSettings.Scope> scopes = new TreeMap<>();
        translation.mapping("scope").ifPresent(scope -> readScopes(scope, languageCodes, scopes));
        Optional<TranslationSettings.Machine> machine = translation
                .oneOf("provider", List.of("deepl", "libretranslate"))
                .map(provider -> new TranslationSettings.Machine(
                        provider,
                        translation.string("url").map(String::strip),
                        translation.string("keyEnv"),
                        translation.positionOf("provider")));
        checkService(translation);
        int minReadingEase = translation.integer("minReadingEase").orElse(TranslationSettings.DEFAULT_MIN_READING_EASE);
        if (minReadingEase < 0 || minReadingEase > 100) {
            problems.error(
                    translation.positionOf("minReadingEase"),
                    "minReadingEase is a reading ease from 0 to 100, not " + minReadingEase);
        }
        return new TranslationSettings(scopes, machine, minReadingEase);
    }

    private void refuseSecrets(YamlMapping translation) {
        for (String secret : SECRETS) {
            if (translation.has(secret)) {
                problems.error(
                        translation.positionOf(secret),
                        "a key does not belong in site.yaml, where everyone who reads the site's files can read it",
                        Optional.of(
                                "delete the line, put the key into an environment variable and name that variable: 'keyEnv: DEEPL_API_KEY'"));
            }
        }
    }

    private void readScopes(
            YamlMapping scope, List<String> languageCodes, Map<String, TranslationSettings.Scope> scopes) {
        for (String code : scope.keys()) {
            if (!languageCodes.contains(code)) {
                problems.error(
                        scope.positionOf(code),
                        "'" + code + "' is not among the languages",
                        DidYouMean.hint(code, languageCodes));
                continue;
            }
            scopes.put(code, new TranslationSettings.Scope(scope.strings(code), scope.positionOf(code)));
        }
    }

    /** The service's address and the name of the variable holding its key: written as such, not as the key. */
    private void checkService(YamlMapping translation) {
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
    }
}
