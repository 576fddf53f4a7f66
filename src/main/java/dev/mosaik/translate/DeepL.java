package dev.mosaik.translate;

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
    private final Optional<String> glossaryId;
    private final HttpExchange http;

    DeepL(String baseUrl, String key, String keyEnv, Optional<String> glossaryId, HttpExchange.Policy policy, HttpExchange.Pause pause) {
        this.endpoint = URI.create(baseUrl.replaceAll("/+$", "") + "/v2/translate");
        this.key = key;
        this.keyEnv = keyEnv;
        this.glossaryId = glossaryId;
        this.http = new HttpExchange("DeepL", policy, pause);
    }

    public DeepL(String baseUrl, String key, String keyEnv, Optional<String> glossaryId) {
        this(baseUrl, key, keyEnv, glossaryId, HttpExchange.Policy.DEFAULT, d -> Thread.sleep(d.toMillis()));
    }

    @Override
    public List<String> translate(List<String> texts, String source, String target) throws TranslationFailure {
        return Batches.translate(texts, BATCH, batch -> once(batch, source, target));
    }

    private List<String> once(List<String> texts, String source, String target) throws TranslationFailure {
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
                throw new TranslationFailure("DeepL refused the key in $" + keyEnv + " (HTTP " + answer.status() + "); check that it is a valid "
                        + "DeepL key for " + endpoint.getHost());
            case 456:
                throw new TranslationFailure("the DeepL quota is used up (HTTP 456); wait for the next billing period or raise the limit");
            default:
                throw new TranslationFailure("DeepL refused the request (HTTP " + answer.status() + "): " + HttpExchange.excerpt(answer.body()));
        }
        List<String> translated = Json.strings(answer.body(), "translations", Optional.of("text"))
                .orElseThrow(() -> new TranslationFailure("DeepL's answer is not its JSON ({\"translations\": [{\"text\": …}]}): "
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
