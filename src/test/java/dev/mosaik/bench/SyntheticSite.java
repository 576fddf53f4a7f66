package dev.mosaik.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes a synthetic site of {@code pages} pages (documents × languages) that mosaik and Hugo build from the
 * same files: Hugo reads the {@code <slug>.<lang>.md} naming and YAML front matter as mosaik does, so only the
 * configuration ({@code site.yaml} / {@code hugo.toml}) and Hugo's layouts differ. The Markdown is what editors
 * write: headings, lists, a table, links to sibling pages and an image; every page has tags (a taxonomy) and
 * every document exists in every language (translations).
 *
 * <p>Only the JDK is used, so {@code bench/run} starts it as a single source file without a class path. The
 * output depends on the arguments only, so runs are comparable.
 */
public final class SyntheticSite {

    /** Languages in the order they are added; the first is the default. */
    static final List<String> LANGUAGES = List.of("de", "en", "tr", "ar", "fa", "ru", "uk", "pl", "fr");

    private static final int PAGES_PER_SECTION = 100;
    private static final String[] TAGS = {
        "sprache",
        "arbeit",
        "schule",
        "kita",
        "sport",
        "kultur",
        "gesundheit",
        "wohnen",
        "beratung",
        "ehrenamt",
        "familie",
        "jugend"
    };

    private SyntheticSite() {}

    /** {@code SyntheticSite <folder> <pages> <languages>}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: SyntheticSite <folder> <pages> <languages 1-" + LANGUAGES.size() + ">");
            System.exit(2);
        }
        write(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
    }

    /** Writes about {@code pages} pages in {@code languageCount} languages below {@code root}; returns the document count. */
    public static int write(Path root, int pages, int languageCount) throws IOException {
        if (languageCount < 1 || languageCount > LANGUAGES.size()) {
            throw new IllegalArgumentException("languages must be 1.." + LANGUAGES.size());
        }
        List<String> languages = LANGUAGES.subList(0, languageCount);
        int documents = Math.max(1, pages / languageCount);
        int sections = (documents + PAGES_PER_SECTION - 1) / PAGES_PER_SECTION;
        writeConfig(root, languages);
        writeHugoLayouts(root);
        Files.createDirectories(root.resolve("assets/img"));
        Files.createDirectories(root.resolve("static/img"));
        byte[] image = pixelPng();
        Files.write(root.resolve("assets/img/bild.png"), image);
        Files.write(root.resolve("static/img/bild.png"), image);
        for (String lang : languages) {
            write(root.resolve("content/_index." + lang + ".md"), frontMatter("Start " + lang, 0, 0) + "Willkommen.\n");
        }
        for (int s = 0; s < sections; s++) {
            String section = "bereich-%03d".formatted(s);
            for (String lang : languages) {
                write(
                        root.resolve("content/" + section + "/_index." + lang + ".md"),
                        frontMatter("Bereich " + s + " (" + lang + ")", s, 0) + "Alle Seiten dieses Bereichs.\n");
            }
        }
        writeJBakeSite(root.resolve("jbake"));
        for (int d = 0; d < documents; d++) {
            int s = d / PAGES_PER_SECTION;
            String section = "bereich-%03d".formatted(s);
            for (String lang : languages) {
                String page = page(d, documents, lang, section);
                write(root.resolve("content/%s/seite-%06d.%s.md".formatted(section, d, lang)), page);
                write(root.resolve("jbake/content/%s/%s/seite-%06d.md".formatted(lang, section, d)), jbake(page));
            }
        }
        return documents;
    }

    private static String frontMatter(String title, int seed, int weight) {
        return "---\ntitle: \"" + title + "\"\nsummary: \"Kurze Beschreibung " + seed + ".\"\n"
                + (weight > 0 ? "weight: " + weight + "\n" : "") + "---\n";
    }

    private static String page(int d, int documents, String lang, String section) {
        LocalDate date = LocalDate.of(2020, 1, 1).plusDays(d % 2000);
        String tag1 = TAGS[d % TAGS.length];
        String tag2 = TAGS[(d * 7 + 3) % TAGS.length];
        String tags = tag1.equals(tag2) ? "[" + tag1 + "]" : "[" + tag1 + ", " + tag2 + "]";
        // The next page of the section, the one before for the last: links to addresses are checked, so none may lead
        // nowhere.
        int sibling = Math.max(0, d % PAGES_PER_SECTION == PAGES_PER_SECTION - 1 || d + 1 == documents ? d - 1 : d + 1);
        StringBuilder md = new StringBuilder();
        md.append("---\ntitle: \"Seite ")
                .append(d)
                .append(" (")
                .append(lang)
                .append(")\"\n")
                .append("summary: \"Ein Angebot für Neuzugewanderte, Nummer ")
                .append(d)
                .append(".\"\n")
                .append("date: ")
                .append(date)
                .append('\n')
                .append("weight: ")
                .append(d % PAGES_PER_SECTION + 1)
                .append('\n')
                .append("tags: ")
                .append(tags)
                .append('\n')
                .append("---\n\n");
        md.append("Dieses Angebot richtet sich an Familien, die neu in der Stadt sind. Es wird von Ehrenamtlichen ")
                .append("getragen und ist **kostenlos**. Mehr steht auf der [nächsten Seite](/")
                .append(lang)
                .append('/')
                .append(section)
                .append("/seite-%06d/".formatted(sibling))
                .append(").\n\n");
        md.append("## Was es gibt\n\n")
                .append(
                        "- Beratung in mehreren Sprachen\n- Hilfe bei Formularen\n- Kinderbetreuung während der Termine\n\n");
        md.append("## Wann und wo\n\n")
                .append("| Tag | Zeit | Ort |\n|---|---|---|\n")
                .append("| Montag | 9–12 Uhr | Stadthaus |\n| Mittwoch | 15–18 Uhr | Bürgerhaus |\n\n");
        md.append("![Menschen im Gespräch](/img/bild.png)\n\n");
        md.append("### Anmeldung\n\n")
                .append("1. Termin vereinbaren\n2. Unterlagen mitbringen\n3. Zur Beratung kommen\n\n")
                .append("> Niemand muss Deutsch können, um zu kommen.\n\n")
                .append("Fragen beantwortet das Integrationsbüro, *montags bis freitags*.\n");
        for (int p = 0; p < 3; p++) {
            md.append("\nWeitere Informationen zum Angebot ")
                    .append(d)
                    .append(", Abschnitt ")
                    .append(p)
                    .append(": Die Teilnahme ist freiwillig, die Gruppen sind klein und es gibt Pausen. ")
                    .append("Wer nicht kommen kann, sagt bitte vorher Bescheid, damit ein anderer Platz frei wird.\n");
        }
        return md.toString();
    }

    private static void writeConfig(Path root, List<String> languages) throws IOException {
        StringBuilder yaml = new StringBuilder("baseUrl: https://bench.example.org/\ndefaultLanguage: ")
                .append(languages.get(0))
                .append("\nlanguages:\n");
        StringBuilder toml = new StringBuilder("baseURL = 'https://bench.example.org/'\n")
                .append("defaultContentLanguage = '")
                .append(languages.get(0))
                .append("'\n")
                .append("defaultContentLanguageInSubdir = true\n")
                .append("disableKinds = ['RSS', 'sitemap', 'robotsTXT', '404']\n")
                .append("[taxonomies]\ntag = 'tags'\n[languages]\n");
        int weight = 1;
        for (String lang : languages) {
            yaml.append("  - code: ")
                    .append(lang)
                    .append("\n    title: Benchmark ")
                    .append(lang)
                    .append('\n');
            toml.append("[languages.")
                    .append(lang)
                    .append("]\nweight = ")
                    .append(weight++)
                    .append("\ntitle = 'Benchmark ")
                    .append(lang)
                    .append("'\n")
                    .append(lang.equals("ar") || lang.equals("fa") ? "languageDirection = 'rtl'\n" : "");
        }
        write(root.resolve("site.yaml"), yaml.toString());
        write(root.resolve("hugo.toml"), toml.toString());
    }

    /**
     * Hugo renders nothing without layouts. These give it what mosaik's default theme does per page: head with
     * language and direction, the page's translations, its tags, the section's previous and next page, the list
     * of a section and of a tag, so the comparison is of comparable work.
     */
    private static void writeHugoLayouts(Path root) throws IOException {
        write(root.resolve("layouts/_default/baseof.html"), """
                <!DOCTYPE html>
                <html lang="{{ .Language.Lang }}" dir="{{ .Language.LanguageDirection | default "ltr" }}">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>{{ .Title }} – {{ .Site.Title }}</title>
                <meta name="description" content="{{ .Summary | plainify | truncate 160 }}">
                {{ range .Translations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">{{ end }}
                </head>
                <body><header><a href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a>
                <nav>{{ range .Translations }}<a href="{{ .RelPermalink }}" lang="{{ .Language.Lang }}">{{ .Language.Lang }}</a> {{ end }}</nav>
                </header><main>{{ block "main" . }}{{ end }}</main></body></html>
                """);
        write(root.resolve("layouts/_default/single.html"), """
                {{ define "main" }}<article><h1>{{ .Title }}</h1>
                <p>{{ .Date.Format "2006-01-02" }}</p>{{ .Content }}
                {{ with .Params.tags }}<ul>{{ range . }}<li><a href="{{ (printf "/%s/tags/%s/" $.Language.Lang (. | urlize)) }}">{{ . }}</a></li>{{ end }}</ul>{{ end }}
                <nav>{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
                {{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav></article>{{ end }}
                """);
        write(root.resolve("layouts/_default/list.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}
                <ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Summary | plainify | truncate 160 }}</li>{{ end }}</ul>{{ end }}
                """);
    }

    /**
     * The same page for JBake, which has no languages (each translation is a page of its own) and reads a
     * {@code key=value} header instead of YAML.
     */
    private static String jbake(String page) {
        int end = page.indexOf("\n---\n", 4);
        StringBuilder header = new StringBuilder();
        for (String line : page.substring(4, end).split("\n")) {
            int colon = line.indexOf(": ");
            String key = line.substring(0, colon);
            String value = line.substring(colon + 2).replace("\"", "");
            if (key.equals("tags")) {
                value = value.replace("[", "").replace("]", "").replace(" ", "");
            }
            if (!key.equals("weight")) {
                header.append(key).append('=').append(value).append('\n');
            }
        }
        header.append("type=page\nstatus=published\n~~~~~~\n");
        return header + page.substring(end + 5);
    }

    /** JBake's configuration and Freemarker templates: a page with its tags, and the tag pages. */
    private static void writeJBakeSite(Path jbake) throws IOException {
        write(jbake.resolve("jbake.properties"), """
                site.host=https://bench.example.org
                render.index=false
                render.feed=false
                render.sitemap=false
                render.archive=false
                render.tags=true
                render.error404=false
                uri.noExtension=true
                uri.noExtension.prefix=/
                markdown.extensions=TABLES,AUTOLINKS,FENCED_CODE_BLOCKS
                """);
        write(jbake.resolve("templates/page.ftl"), """
                <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>${content.title}</title></head>
                <body><main><h1>${content.title}</h1>${content.body}
                <ul><#list content.tags as tag><li><a href="/tags/${tag}.html">${tag}</a></li></#list></ul></main></body></html>
                """);
        write(jbake.resolve("templates/tags.ftl"), """
                <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>${tag}</title></head>
                <body><main><h1>${tag}</h1><ul><#list tag_posts as post><li><a href="${post.uri}">${post.title}</a></li></#list></ul></main></body></html>
                """);
        Files.createDirectories(jbake.resolve("assets/img"));
        Files.write(jbake.resolve("assets/img/bild.png"), pixelPng());
    }

    /** A valid 1×1 PNG, so the image link resolves in both generators. */
    private static byte[] pixelPng() {
        return java.util.Base64.getDecoder()
                .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR4nGNgYAAAAAMAASsJTYQAAAAASUVORK5CYII=");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
