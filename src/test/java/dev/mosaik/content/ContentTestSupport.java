package dev.mosaik.content;

import dev.mosaik.config.SiteConfig;
import dev.mosaik.config.SiteConfigReader;
import dev.mosaik.diag.Problems;

/** A small configuration for content tests. */
final class ContentTestSupport {

    static final SiteConfig CONFIG =
            new SiteConfigReader().parse("""
            baseUrl: https://example.org/
            defaultLanguage: de
            title: Test
            languages:
              - code: de
              - code: en
              - code: ar
            """, new Problems()).orElseThrow();

    private ContentTestSupport() {}

    static SourceFile file(String relative, String key, String language) {
        return new SourceFile(
                relative,
                java.nio.file.Path.of(""),
                new TranslationKey(key),
                CONFIG.language(language).orElseThrow());
    }
}
