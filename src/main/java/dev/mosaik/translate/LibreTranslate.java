package dev.mosaik.translate;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * LibreTranslate ({@code POST /translate}): {@code q} as an array, {@code format: html} so that the placeholders
 * survive, {@code api_key} where the server wants one; the answer's {@code translatedText} is an array then.
 */
public final class LibreTranslate implements MachineTranslator {

    public static final String DEFAULT_URL = "https://libretranslate.com";
    static final int BATCH = 50;

    private final URI endpoint;
    private final Optional<String> key;
    private final String keyEnv;
    private final HttpExchange http;

    LibreTranslate(
            String baseUrl, Optional<String> key, String keyEnv, HttpExchange.Policy policy, HttpExchange.Pause pause) {
        this.endpoint = URI.create(baseUrl.replaceAll("/+$", "") + "/translate");
        this.key = key;
        this.keyEnv = keyEnv;
        this.http = new HttpExchange("LibreTranslate", policy, pause);
    }

    public LibreTranslate(String baseUrl, Optional<String> key, String keyEnv) {
        this(baseUrl, key, keyEnv, HttpExchange.Policy.DEFAULT, d -> Thread.sleep(d.toMillis()));
    }

    @Override
    public List<String> translate(List<String> texts, String source, String target) throws TranslationFailure {
        return Batches.translate(texts, BATCH, batch -> once(batch, source, target));
    }

    private List<String> once(List<String> texts, String source, String target) throws TranslationFailure {
        // HTML parsers do not know self-closing tags: <x id="1"/> is sent as <x id="1"></x> (the assembler reads both).
        List<String> html = texts.stream()
                .map(t -> t.replaceAll("<x id=\"(\\d+)\"/>", "<x id=\"$1\"></x>"))
                .toList();
        String body = Json.write(json -> {
            Json.stringArray(json, "q", html);
            json.writeStringProperty("source", source);
            json.writeStringProperty("target", target);
            json.writeStringProperty("format", "html");
            key.ifPresent(k -> json.writeStringProperty("api_key", k));
        });
        HttpExchange.Answer answer = http.post(endpoint, body, Map.of());
        switch (answer.status()) {
            case 200:
                break;
            case 401, 403:
                throw new TranslationFailure(
                        "LibreTranslate refused the key" + (key.isPresent() ? " in $" + keyEnv : " (none was given)")
                                + " (HTTP " + answer.status() + "): " + HttpExchange.excerpt(answer.body()));
            default:
                throw new TranslationFailure("LibreTranslate refused the request (HTTP " + answer.status() + "): "
                        + HttpExchange.excerpt(answer.body()));
        }
        List<String> translated = Json.strings(answer.body(), "translatedText", Optional.empty())
                .orElseThrow(() ->
                        new TranslationFailure("LibreTranslate's answer is not its JSON ({\"translatedText\": […]}): "
                                + HttpExchange.excerpt(answer.body())));
        if (translated.size() != texts.size()) {
            throw new TranslationFailure("LibreTranslate answered " + translated.size() + " texts for " + texts.size());
        }
        return translated;
    }
}
