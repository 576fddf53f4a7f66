package dev.mosaik.testing;

/**
 * A small site whose chrome differs from page to page: menus in three languages (one right-to-left, one entry with a
 * template expression and markup as its title, which must stay literal), listings, tags, and pages translated into
 * some languages only. For the tests that build a site two ways and compare every file (chrome spliced or not, cache
 * or not). The last page's front matter is left open: each test adds its own lines and the pages after it.
 */
public final class ChromeTestSite {

    /** site.yaml and the pages, ending inside the front matter of {@code content/projekte/fest.de.md}. */
    public static final String OPEN = """
            -- site.yaml --
            baseUrl: https://example.org/
            defaultLanguage: de
            languages:
              - code: de
                title: Testseite
                menu:
                  - title: Projekte
                    page: /projekte/_index.md
                  - title: Kontakt
                    page: /kontakt.md
                  - title: "[[${7*7}]] <b>fett</b>"
                    url: https://example.com/
              - code: en
                title: Test site
                menu:
                  - title: Projects
                    page: /projekte/_index.md
              - code: ar
                title: موقع الاختبار
                locale: ar-u-nu-arab
                menu:
                  - title: المشاريع
                    page: /projekte/_index.md
            params:
              organisation: Stadt Wetzlar
            -- content/_index.de.md --
            ---
            title: Willkommen
            ---
            Start.
            -- content/_index.en.md --
            ---
            title: Welcome
            ---
            Start.
            -- content/_index.ar.md --
            ---
            title: أهلا
            ---
            البداية.
            -- content/kontakt.de.md --
            ---
            title: Kontakt
            ---
            Rathaus.
            -- content/projekte/_index.de.md --
            ---
            title: Projekte
            ---
            -- content/projekte/_index.en.md --
            ---
            title: Projects
            ---
            -- content/projekte/_index.ar.md --
            ---
            title: المشاريع
            ---
            -- content/projekte/fest.de.md --
            ---
            title: Fest der Kulturen
            """;

    private ChromeTestSite() {}
}
