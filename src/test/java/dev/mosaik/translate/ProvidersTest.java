package dev.mosaik.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mosaik.translate.TranslationStub.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProvidersTest {

    private static final HttpExchange.Policy QUICK = new HttpExchange.Policy(4, Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofSeconds(30));
    private final List<Duration> pauses = new ArrayList<>();
    private TranslationStub stub;

    @AfterEach
    void stop() throws Exception {
        if (stub != null) {
            stub.close();
        }
    }

    /** DeepL as documented: texts in, one translation per text out, each marked with the target language. */
    private static Reply deeplEcho(String body) {
        List<String> texts = Json.strings(body, "text", Optional.empty()).orElseThrow();
        String target = body.replaceAll(".*\"target_lang\":\"([^\"]+)\".*", "$1");
        return Reply.ok(Json.write(json -> {
            json.writeArrayPropertyStart("translations");
            for (String text : texts) {
                json.writeStartObject();
                json.writeStringProperty("detected_source_language", "DE");
                json.writeStringProperty("text", target + ":" + text);
                json.writeEndObject();
            }
            json.writeEndArray();
        }));
    }

    private static Reply libreEcho(String body) {
        List<String> texts = Json.strings(body, "q", Optional.empty()).orElseThrow();
        return Reply.ok(Json.write(json -> Json.stringArray(json, "translatedText", texts.stream().map(t -> "tr:" + t).toList())));
    }

    private DeepL deepl(HttpExchange.Policy policy) {
        return new DeepL(stub.url(), "secret-key", "DEEPL_API_KEY", Optional.of("g-1"), policy, pauses::add);
    }

    @Test
    void deeplSendsTheTextsWithTagHandlingAndTheKeyInItsHeader() throws Exception {
        stub = new TranslationStub().echo(ProvidersTest::deeplEcho);
        assertThat(deepl(QUICK).translate(List.of("Hallo <g id=\"1\">Welt</g>", "Zwei"), "de", "en"))
                .containsExactly("EN-GB:Hallo <g id=\"1\">Welt</g>", "EN-GB:Zwei");
        TranslationStub.Received request = stub.received().get(0);
        assertThat(request.path()).isEqualTo("/v2/translate");
        assertThat(request.authorization()).isEqualTo("DeepL-Auth-Key secret-key");
        assertThat(request.body()).contains("\"source_lang\":\"DE\"", "\"tag_handling\":\"xml\"", "\"glossary_id\":\"g-1\"",
                "\"text\":[\"Hallo <g id=\\\"1\\\">Welt</g>\",\"Zwei\"]");
    }

    @Test
    void deeplGetsFiftyTextsPerRequest() throws Exception {
        stub = new TranslationStub().echo(ProvidersTest::deeplEcho);
        List<String> texts = IntStream.range(0, 120).mapToObj(i -> "Satz " + i).toList();
        List<String> translated = deepl(QUICK).translate(texts, "de", "tr");
        assertThat(translated).hasSize(120).endsWith("TR:Satz 119");
        assertThat(stub.received()).hasSize(3);
    }

    @Test
    void retriesTooManyRequestsAfterThePauseTheServiceNames() throws Exception {
        stub = new TranslationStub().then(new Reply(429, "{\"message\":\"Too many requests\"}", Map.of("Retry-After", "7"), 0))
                .then(Reply.status(503, "")).then(deeplEcho("{\"text\":[\"a\"],\"target_lang\":\"FA\"}"));
        assertThat(deepl(QUICK).translate(List.of("a"), "de", "fa")).containsExactly("FA:a");
        assertThat(pauses).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(2));
        assertThat(stub.received()).hasSize(3);
    }

    @Test
    void givesUpOnServerErrorsAfterABoundedNumberOfTries() throws Exception {
        stub = new TranslationStub().then(Reply.status(502, "<html>Bad Gateway</html>"));
        assertThatThrownBy(() -> deepl(QUICK).translate(List.of("a"), "de", "fa")).isInstanceOf(TranslationFailure.class)
                .hasMessage("DeepL failed (HTTP 502) 4 times; try again later");
        assertThat(stub.received()).hasSize(4);
        assertThat(pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void saysWhenDeeplRefusesTheKey() throws Exception {
        stub = new TranslationStub().then(Reply.status(403, "{\"message\":\"Wrong endpoint\"}"));
        assertThatThrownBy(() -> deepl(QUICK).translate(List.of("a"), "de", "fa"))
                .hasMessageStartingWith("DeepL refused the key in $DEEPL_API_KEY (HTTP 403)");
        assertThat(stub.received()).hasSize(1);
    }

    @Test
    void saysWhenTheDeeplQuotaIsUsedUp() throws Exception {
        stub = new TranslationStub().then(Reply.status(456, "{\"message\":\"Quota exceeded\"}"));
        assertThatThrownBy(() -> deepl(QUICK).translate(List.of("a"), "de", "fa")).hasMessageStartingWith("the DeepL quota is used up (HTTP 456)");
    }

    @Test
    void refusesAnAnswerThatIsNotTheProtocolsJson() throws Exception {
        stub = new TranslationStub().then(Reply.ok("<html><body>Captive portal</body></html>"));
        assertThatThrownBy(() -> deepl(QUICK).translate(List.of("a"), "de", "fa"))
                .hasMessage("DeepL's answer is not its JSON ({\"translations\": [{\"text\": …}]}): '<html><body>Captive portal</body></html>'");
    }

    @Test
    void refusesAnAnswerWithTheWrongNumberOfTexts() throws Exception {
        stub = new TranslationStub().then(Reply.ok("{\"translations\":[{\"text\":\"eins\"}]}"));
        assertThatThrownBy(() -> deepl(QUICK).translate(List.of("a", "b"), "de", "fa")).hasMessage("DeepL answered 1 texts for 2");
    }

    @Test
    void saysWhenTheServiceIsTooSlow() throws Exception {
        stub = new TranslationStub().then(new Reply(200, "{\"translations\":[{\"text\":\"x\"}]}", Map.of(), 3000));
        HttpExchange.Policy impatient = new HttpExchange.Policy(2, Duration.ofMillis(300), Duration.ofSeconds(1), Duration.ofSeconds(30));
        assertThatThrownBy(() -> deepl(impatient).translate(List.of("a"), "de", "fa"))
                .hasMessageStartingWith("DeepL at http://").hasMessageEndingWith("did not answer within 300 ms; try again later");
    }

    @Test
    void saysWhenTheServiceCannotBeReached() {
        DeepL nowhere = new DeepL("http://127.0.0.1:1", "k", "DEEPL_API_KEY", Optional.empty(), QUICK, pauses::add);
        assertThatThrownBy(() -> nowhere.translate(List.of("a"), "de", "fa")).isInstanceOf(TranslationFailure.class)
                .hasMessageStartingWith("cannot reach DeepL at http://127.0.0.1:1");
    }

    @Test
    void libreTranslateSendsHtmlAndReadsAnArrayOfTexts() throws Exception {
        stub = new TranslationStub().echo(ProvidersTest::libreEcho);
        LibreTranslate libre = new LibreTranslate(stub.url(), Optional.of("lt-key"), "LT_KEY", QUICK, pauses::add);
        assertThat(libre.translate(List.of("Ruf <x id=\"1\"/> an", "Zwei"), "de", "tr")).containsExactly("tr:Ruf <x id=\"1\"></x> an", "tr:Zwei");
        assertThat(stub.received().get(0).path()).isEqualTo("/translate");
        assertThat(stub.received().get(0).body()).contains("\"format\":\"html\"", "\"api_key\":\"lt-key\"", "\"source\":\"de\"", "\"target\":\"tr\"");
    }

    @Test
    void libreTranslateSaysWhenItRefusesTheKey() throws Exception {
        stub = new TranslationStub().then(Reply.status(403, "{\"error\":\"Invalid API key\"}"));
        LibreTranslate libre = new LibreTranslate(stub.url(), Optional.of("bad"), "LT_KEY", QUICK, pauses::add);
        assertThatThrownBy(() -> libre.translate(List.of("a"), "de", "tr"))
                .hasMessage("LibreTranslate refused the key in $LT_KEY (HTTP 403): '{\"error\":\"Invalid API key\"}'");
    }

    @Test
    void libreTranslateRefusesGarbage() throws Exception {
        stub = new TranslationStub().then(Reply.ok("{\"translatedText\": 42}"));
        LibreTranslate libre = new LibreTranslate(stub.url(), Optional.empty(), "LT_KEY", QUICK, pauses::add);
        assertThatThrownBy(() -> libre.translate(List.of("a"), "de", "tr")).hasMessageStartingWith("LibreTranslate's answer is not its JSON");
    }
}
