package dev.mosaik.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaik.diag.Problem;
import dev.mosaik.diag.Problems;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SiteConfigReaderTest {

    private final Problems problems = new Problems();

    private Optional<SiteConfig> parse(String yaml) {
        return new SiteConfigReader().parse(yaml, problems);
    }

    @Test
    void readsLanguagesInOrderWithDirectionFromTheLocale() {
        SiteConfig config = parse("""
                baseUrl: https://example.org/integration
                defaultLanguage: de
                title: Integration
                languages:
                  - code: de
                  - code: ar
                    locale: ar-u-nu-arab
                  - code: fa
                    locale: fa-u-nu-arabext
                  - code: ls
                    name: Leichte Sprache
                    locale: de
                    urlPrefix: leichte-sprache
                params:
                  organisation: Stadt Wetzlar
                """).orElseThrow();
        assertThat(config.languages()).extracting(Language::code).containsExactly("de", "ar", "fa", "ls");
        assertThat(config.language("ar").orElseThrow().direction()).isEqualTo(Direction.RTL);
        assertThat(config.language("fa").orElseThrow().direction()).isEqualTo(Direction.RTL);
        assertThat(config.language("ar").orElseThrow().name()).isEqualTo("العربية");
        assertThat(config.language("ar").orElseThrow().htmlLang()).isEqualTo("ar");
        assertThat(config.language("ls").orElseThrow().htmlLang()).isEqualTo("de");
        assertThat(config.language("ls").orElseThrow().urlPrefix()).isEqualTo("leichte-sprache");
        assertThat(config.language("ls").orElseThrow().fallback()).containsExactly("de");
        assertThat(config.defaultLanguage().fallback()).isEmpty();
        assertThat(config.defaultLanguage().title()).isEqualTo("Integration");
        assertThat(config.baseUrl().path()).isEqualTo("/integration/");
        assertThat(config.params()).containsEntry("organisation", "Stadt Wetzlar");
    }

    @Test
    void reportsEveryMistakeWithItsLine() {
        Optional<SiteConfig> config = parse("""
                baseUrl: not a url
                defaultLanguage: dee
                languages:
                  - code: de
                    title: X
                    menu:
                      - title: Start
                  - code: de
                    title: Y
                colour: blue
                """);
        assertThat(config).isEmpty();
        assertThat(problems.all())
                .extracting(Problem::format)
                .containsExactly(
                        "site.yaml:1: baseUrl must be an absolute http(s) URL, not 'not a url' (for example https://integration.wetzlar.de/)",
                        "site.yaml:2: defaultLanguage 'dee' is not among the languages (did you mean 'de'?)",
                        "site.yaml:7: a menu entry needs either 'page' (a content file) or 'url', not neither",
                        "site.yaml:8: language 'de' is listed twice",
                        "site.yaml:10: unknown key 'colour'");
    }

    @Test
    void courseSheetLanguagesMustBeConfiguredLanguages() {
        Optional<SiteConfig> config = parse("""
                baseUrl: https://example.org/
                defaultLanguage: de
                title: T
                languages:
                  - code: de
                  - code: ar
                courses:
                  sheetLanguages: [ar, ta]
                """);
        assertThat(config).isEmpty();
        assertThat(problems.all())
                .extracting(Problem::format)
                .containsExactly("site.yaml:8: sheet language 'ta' is not among the languages");
    }

    @Test
    void aFallbackMustNameAConfiguredLanguage() {
        parse("""
                baseUrl: https://example.org/
                defaultLanguage: de
                title: T
                languages:
                  - code: de
                  - code: en
                    fallback: [fr]
                """);
        assertThat(problems.all())
                .extracting(Problem::format)
                .containsExactly("site.yaml:7: fallback language 'fr' is not among the languages");
    }

    @Test
    void thePageSizeOfListingsIsAPositiveWholeNumberWithADefault() {
        String head = """
                baseUrl: https://example.org/
                defaultLanguage: de
                title: T
                languages:
                  - code: de
                """;
        assertThat(parse(head).orElseThrow().pagination()).isEqualTo(Pagination.DEFAULT);
        assertThat(parse(head + "pagination:\n  pageSize: 20\n")
                        .orElseThrow()
                        .pagination()
                        .pageSize())
                .isEqualTo(20);
        assertThat(problems.all()).isEmpty();

        assertThat(parse(head + "pagination:\n  pageSize: 0\n")).isEmpty();
        assertThat(parse(head + "pagination:\n  pageSize: viele\n")).isEmpty();
        assertThat(parse(head + "pagination:\n  pagesize: 20\n")).isEmpty();
        assertThat(parse(head + "pagination: 20\n")).isEmpty();
        assertThat(problems.all())
                .extracting(Problem::format)
                .containsExactlyInAnyOrder(
                        "site.yaml:7: pagination.pageSize must be a positive number, not 0 (the most entries one page of a listing shows, e.g. 50)",
                        "site.yaml:7: 'pageSize' must be a whole number, not 'viele'",
                        "site.yaml:7: unknown key 'pagesize' (did you mean 'pageSize'?)",
                        "site.yaml:6: 'pagination' must be 'key: value' lines, found '20'");
    }

    @Test
    void menuUrlsAreWebMailPhoneOrSiteAddressesOnly() {
        for (String allowed : new String[] {
            "https://example.org/",
            "http://example.org/x",
            "mailto:info@example.org",
            "tel:+4964411",
            "/de/kontakt/",
            "kontakt/",
            "#oben"
        }) {
            assertThat(MenuUrls.isAllowed(allowed)).as(allowed).isTrue();
        }
        for (String refused : new String[] {
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            " javascript:alert(1)",
            "java\tscript:alert(1)",
            "data:text/html,<script>",
            "vbscript:x",
            "//evil.example/",
            "\\\\evil.example",
            "/\\evil.example",
            "https:evil",
            "file:///etc/passwd",
            ""
        }) {
            assertThat(MenuUrls.isAllowed(refused)).as(refused).isFalse();
        }
    }
}
