package dev.mosaik.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mosaik.config.SiteConfig;
import dev.mosaik.config.SiteConfigReader;
import dev.mosaik.diag.Problems;
import dev.mosaik.i18n.Glossary;
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

    private static final HttpExchange.Policy QUICK =
            new HttpExchange.Policy(4, Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofSeconds(30));
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
        return Reply.ok(Json.write(json -> Json.stringArray(
                json, "translatedText", texts.stream().map(t -> "tr:" + t).toList())));
    }

    private DeepL deepl(HttpExchange.Policy policy) {
        return new DeepL(stub.url(), "secret-key", "DEEPL_API_KEY", Glossary.empty(), policy, pauses::add);
    }

    @Test
    void deeplSendsTheTextsWithTagHandlingAndTheKeyInItsHeader() throws Exception {
        stub = new TranslationStub().echo(ProvidersTest::deeplEcho);
        assertThat(deepl(QUICK).translate(List.of("Hallo <g id=\"1\">Welt</g>", "Zwei"), "de", "en"))
                .containsExactly("EN-GB:Hallo <g id=\"1\">Welt</g>", "EN-GB:Zwei");
        TranslationStub.Received request = stub.received().get(0);
        assertThat(request.path()).isEqualTo("/v2/translate");
        assertThat(request.authorization()).isEqualTo("DeepL-Auth-Key secret-key");
        assertThat(request.body())
                .doesNotContain("glossary_id")
                .contains(
                        "\"source_lang\":\"DE\"",
                        "\"tag_handling\":\"xml\"",
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
        stub = new TranslationStub()
                .then(new Reply(429, "{\"message\":\"Too many requests\"}", Map.of("Retry-After", "7"), 0))
                .then(Reply.status(503, ""))
                .then(deeplEcho("{\"text\":[\"a\"],\"target_lang\":\"FA\"}"));
        assertThat(deepl(QUICK).translate(List.of("a"), "de", "fa")).containsExactly("FA:a");
        assertThat(pauses).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(2));
        assertThat(stub.received()).hasSize(3);
    }

    @Test
    void givesUpOnServerErrorsAfterABoundedNumberOfTries() throws Exception {
        stub = new TranslationStub().then(Reply.status(502, "<html>Bad Gateway</html>"));
        assertThatThrownBy(() -> deepl(QUICK).translate(List.of("a"), "de", "fa"))
                .isInstanceOf(TranslationFailure.class)
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
        assertThatThrownBy(() -> deepl(QUICK).translate(List.of("a"), "de", "fa"))
                .hasMessageStartingWith("the DeepL quota is used up (HTTP 456)");
    }

    @Test
    void refusesAnAnswerThatIsNotTheProtocolsJson() throws Exception {
        stub = new TranslationStub().then(Reply.ok("<html><body>Captive portal</body></html>"));
        assertThatThrownBy(() -> deepl(QUICK).translate(List.of("a"), "de", "fa"))
                .hasMessage(
                        "DeepL's answer is not its JSON ({\"translations\": [{\"text\": …}]}): '<html><body>Captive portal</body></html>'");
    }

    @Test
    void refusesAnAnswerWithTheWrongNumberOfTexts() throws Exception {
        stub = new TranslationStub().then(Reply.ok("{\"translations\":[{\"text\":\"eins\"}]}"));
        assertThatThrownBy(() -> deepl(QUICK).translate(List.of("a", "b"), "de", "fa"))
                .hasMessage("DeepL answered 1 texts for 2");
    }

    @Test
    void saysWhenTheServiceIsTooSlow() throws Exception {
        stub = new TranslationStub().then(new Reply(200, "{\"translations\":[{\"text\":\"x\"}]}", Map.of(), 3000));
        HttpExchange.Policy impatient =
                new HttpExchange.Policy(2, Duration.ofMillis(300), Duration.ofSeconds(1), Duration.ofSeconds(30));
        assertThatThrownBy(() -> deepl(impatient).translate(List.of("a"), "de", "fa"))
                .hasMessageStartingWith("DeepL at http://")
                .hasMessageEndingWith("did not answer within 300 ms; try again later");
    }

    @Test
    void saysWhenTheServiceCannotBeReached() {
        DeepL nowhere = new DeepL("http://127.0.0.1:1", "k", "DEEPL_API_KEY", Glossary.empty(), QUICK, pauses::add);
        assertThatThrownBy(() -> nowhere.translate(List.of("a"), "de", "fa"))
                .isInstanceOf(TranslationFailure.class)
                .hasMessageStartingWith("cannot reach DeepL at http://127.0.0.1:1");
    }

    @Test
    void libreTranslateSendsHtmlAndReadsAnArrayOfTexts() throws Exception {
        stub = new TranslationStub().echo(ProvidersTest::libreEcho);
        LibreTranslate libre = new LibreTranslate(stub.url(), Optional.of("lt-key"), "LT_KEY", QUICK, pauses::add);
        assertThat(libre.translate(List.of("Ruf <x id=\"1\"/> an", "Zwei"), "de", "tr"))
                .containsExactly("tr:Ruf <x id=\"1\"></x> an", "tr:Zwei");
        assertThat(stub.received().get(0).path()).isEqualTo("/translate");
        assertThat(stub.received().get(0).body())
                .contains("\"format\":\"html\"", "\"api_key\":\"lt-key\"", "\"source\":\"de\"", "\"target\":\"tr\"");
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
        assertThatThrownBy(() -> libre.translate(List.of("a"), "de", "tr"))
                .hasMessageStartingWith("LibreTranslate's answer is not its JSON");
    }

    private static final SiteConfig CONFIG =
            new SiteConfigReader().parse("""
            baseUrl: https://example.org/
            defaultLanguage: de
            languages:
              - code: de
                title: T
              - code: en
                title: T
              - code: fa
                direction: rtl
                title: T
            """, new Problems()).orElseThrow();
    private static final Glossary GLOSSARY = Glossary.parse("""
            Integrationskurs:
              en: integration course
              fa: کلاس ادغام
            Jobcenter:
              keep: true
            """, Glossary.FILE, CONFIG, new Problems());
    private static final String PAIRS = "{\"supported_languages\":[{\"source_lang\":\"de\",\"target_lang\":\"en\"},"
            + "{\"source_lang\":\"en\",\"target_lang\":\"de\"}]}";

    /** A DeepL stub that has glossaries for de→en, lists {@code listed}, and creates glossary g-7. */
    private TranslationStub glossaryStub(String listed) throws Exception {
        return new TranslationStub()
                .echo(ProvidersTest::deeplEcho)
                .on("/v2/glossary-language-pairs", r -> Reply.ok(PAIRS))
                .on(
                        "/v2/glossaries",
                        r -> r.method().equals("GET")
                                ? Reply.ok(listed)
                                : Reply.status(
                                        201,
                                        "{\"glossary_id\":\"g-7\",\"name\":\"x\",\"ready\":true,\"entry_count\":2}"));
    }

    private DeepL deeplWithGlossary() {
        return new DeepL(stub.url(), "secret-key", "DEEPL_API_KEY", GLOSSARY, QUICK, pauses::add);
    }

    private List<TranslationStub.Received> requests(String method, String path) {
        return stub.received().stream()
                .filter(r -> r.method().equals(method) && r.path().equals(path))
                .toList();
    }

    @Test
    void deeplCreatesTheSitesGlossaryOnceAndSendsItsIdWithEveryTranslation() throws Exception {
        stub = glossaryStub("{\"glossaries\":[]}");
        DeepL deepl = deeplWithGlossary();

        deepl.translate(List.of("Der Integrationskurs"), "de", "en");
        deepl.translate(List.of("Das Jobcenter"), "de", "en");

        assertThat(requests("POST", "/v2/glossaries")).hasSize(1);
        assertThat(requests("POST", "/v2/glossaries").get(0).body())
                .contains(
                        "\"source_lang\":\"de\"",
                        "\"target_lang\":\"en\"",
                        "\"entries\":\"Integrationskurs\\tintegration course\\nJobcenter\\tJobcenter\\n\"",
                        "\"entries_format\":\"tsv\"")
                .containsPattern("\"name\":\"mosaik-[0-9a-f]{16}\"");
        assertThat(requests("POST", "/v2/glossaries").get(0).authorization()).isEqualTo("DeepL-Auth-Key secret-key");
        assertThat(requests("GET", "/v2/glossary-language-pairs")).hasSize(1);
        assertThat(requests("GET", "/v2/glossaries")).hasSize(1);
        assertThat(requests("POST", "/v2/translate"))
                .hasSize(2)
                .allSatisfy(r -> assertThat(r.body()).contains("\"glossary_id\":\"g-7\""));
    }

    @Test
    void deeplReusesTheGlossaryItAlreadyHasForTheSameEntries() throws Exception {
        stub = glossaryStub("{\"glossaries\":[]}");
        deeplWithGlossary().translate(List.of("Der Integrationskurs"), "de", "en");
        String name = requests("POST", "/v2/glossaries")
                .get(0)
                .body()
                .replaceAll(".*\"name\":\"(mosaik-[0-9a-f]+)\".*", "$1");
        stub.close();
        stub = glossaryStub("{\"glossaries\":[{\"glossary_id\":\"g-old\",\"name\":\"mosaik-0000\",\"ready\":true},"
                + "{\"glossary_id\":\"g-3\",\"name\":\"" + name + "\",\"ready\":true,\"entry_count\":2}]}");

        deeplWithGlossary().translate(List.of("Der Integrationskurs"), "de", "en");

        assertThat(requests("POST", "/v2/glossaries")).isEmpty();
        assertThat(requests("POST", "/v2/translate").get(0).body()).contains("\"glossary_id\":\"g-3\"");
    }

    @Test
    void deeplSendsNoGlossaryForALanguagePairItHasNoGlossariesFor() throws Exception {
        stub = glossaryStub("{\"glossaries\":[]}");

        deeplWithGlossary().translate(List.of("Der Integrationskurs"), "de", "fa");

        assertThat(requests("GET", "/v2/glossaries")).isEmpty();
        assertThat(requests("POST", "/v2/glossaries")).isEmpty();
        assertThat(requests("POST", "/v2/translate").get(0).body()).doesNotContain("glossary_id");
    }

    @Test
    void saysWhenDeeplRefusesTheGlossary() throws Exception {
        stub = glossaryStub("{\"glossaries\":[]}")
                .on(
                        "/v2/glossaries",
                        r -> r.method().equals("GET")
                                ? Reply.ok("{\"glossaries\":[]}")
                                : Reply.status(400, "{\"message\":\"Invalid glossary entries provided\"}"));

        assertThatThrownBy(() -> deeplWithGlossary().translate(List.of("a"), "de", "en"))
                .hasMessage(
                        "DeepL refused the glossary de→en (i18n/glossary.yaml) (HTTP 400): '{\"message\":\"Invalid glossary entries provided\"}'");
        assertThat(requests("POST", "/v2/translate")).isEmpty();
    }

    @Test
    void saysWhenDeeplsGlossaryAnswersAreNotItsJson() throws Exception {
        stub = glossaryStub("<html>Captive portal</html>");
        assertThatThrownBy(() -> deeplWithGlossary().translate(List.of("a"), "de", "en"))
                .hasMessage(
                        "DeepL's list of glossaries is not its JSON ({\"glossaries\": [{\"glossary_id\": …, \"name\": …}]}): "
                                + "'<html>Captive portal</html>'");
    }

    @Test
    void saysWhenDeeplRefusesTheKeyForGlossaries() throws Exception {
        stub = glossaryStub("{\"glossaries\":[]}")
                .on("/v2/glossary-language-pairs", r -> Reply.status(403, "{\"message\":\"Forbidden\"}"));
        assertThatThrownBy(() -> deeplWithGlossary().translate(List.of("a"), "de", "en"))
                .hasMessageStartingWith(
                        "DeepL refused the key in $DEEPL_API_KEY (HTTP 403) when asked for the language pairs DeepL has glossaries for");
    }
}
