package dev.mosaik.translate;

import dev.mosaik.i18n.Glossary;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * DeepL API v2 ({@code POST /v2/translate}): texts as a JSON array, placeholders kept by {@code tag_handling: xml},
 * the site's glossary by {@code glossary_id}. DeepL answers 403 for a wrong key, 456 when the quota is used up and
 * 429 when asked too often.
 */
public final class DeepL implements MachineTranslator {

    public static final String DEFAULT_URL = "https://api-free.deepl.com";
    /** DeepL takes at most 50 texts per request. */
    static final int BATCH = 50;

    private final URI endpoint;
    private final String key;
    private final String keyEnv;
    private final Glossary glossary;
    private final HttpExchange http;
    private final DeepLGlossaries glossaries;

    DeepL(
            String baseUrl,
            String key,
            String keyEnv,
            Glossary glossary,
            HttpExchange.Policy policy,
            HttpExchange.Pause pause) {
        String base = baseUrl.replaceAll("/+$", "");
        this.endpoint = URI.create(base + "/v2/translate");
        this.key = key;
        this.keyEnv = keyEnv;
        this.glossary = glossary;
        this.http = new HttpExchange("DeepL", policy, pause);
        this.glossaries = new DeepLGlossaries(base, Map.of("Authorization", "DeepL-Auth-Key " + key), keyEnv, http);
    }

    /** @param glossary the site's glossary, sent to DeepL as a glossary per language where DeepL has glossaries for the pair */
    public DeepL(String baseUrl, String key, String keyEnv, Glossary glossary) {
        this(baseUrl, key, keyEnv, glossary, HttpExchange.Policy.DEFAULT, d -> Thread.sleep(d.toMillis()));
    }

    @Override
    public List<String> translate(List<String> texts, String source, String target) throws TranslationFailure {
        Optional<String> glossaryId = glossaries.idFor(source, target, glossary.entriesFor(target));
        return Batches.translate(texts, BATCH, batch -> once(batch, source, target, glossaryId));
    }

    private List<String> once(List<String> texts, String source, String target, Optional<String> glossaryId)
            throws TranslationFailure {
        String body = Json.write(json -> {
            Json.stringArray(json, "text", texts);
            json.writeStringProperty("source_lang", source.toUpperCase(Locale.ROOT));
            json.writeStringProperty("target_lang", targetCode(target));
            json.writeStringProperty("tag_handling", "xml");
            // Placeholders are not sentence boundaries; only the text decides where sentences end.
            json.writeStringProperty("split_sentences", "nonewlines");
            glossaryId.ifPresent(id -> json.writeStringProperty("glossary_id", id));
        });
        HttpExchange.Answer answer = http.post(endpoint, body, Map.of("Authorization", "DeepL-Auth-Key " + key));
        switch (answer.status()) {
            case 200:
                break;
            case 401, 403:
                throw new TranslationFailure("DeepL refused the key in $" + keyEnv + " (HTTP " + answer.status()
                        + "); check that it is a valid " + "DeepL key for " + endpoint.getHost());
            case 456:
                throw new TranslationFailure(
                        "the DeepL quota is used up (HTTP 456); wait for the next billing period or raise the limit");
            default:
                throw new TranslationFailure("DeepL refused the request (HTTP " + answer.status() + "): "
                        + HttpExchange.excerpt(answer.body()));
        }
        List<String> translated = Json.strings(answer.body(), "translations", Optional.of("text"))
                .orElseThrow(() ->
                        new TranslationFailure("DeepL's answer is not its JSON ({\"translations\": [{\"text\": …}]}): "
                                + HttpExchange.excerpt(answer.body())));
        if (translated.size() != texts.size()) {
            throw new TranslationFailure("DeepL answered " + translated.size() + " texts for " + texts.size());
        }
        return translated;
    }

    /** DeepL wants a variant for English (and Portuguese); the others are the code in capitals. */
    static String targetCode(String code) {
        return switch (code) {
            case "en" -> "EN-GB";
            case "pt" -> "PT-PT";
            default -> code.toUpperCase(Locale.ROOT);
        };
    }
}
