package dev.mosaik.content;

import dev.mosaik.config.Language;
import dev.mosaik.config.SiteConfig;
import dev.mosaik.diag.DidYouMean;
import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code mosaik new}: writes a new content file whose front matter explains each field in comments, so an
 * editor can fill it in without opening the manual.
 */
public final class Scaffolder {

    /** The kinds of file {@code new} can create: plain pages and sections, and every content type. */
    public static final List<String> TYPES = List.of("page", "section", ContentTypes.FIELD_OF_ACTION, ContentTypes.PROJECT,
            ContentTypes.EVENT, ContentTypes.COURSE, ContentTypes.ROLE_MODEL, ContentTypes.NEWSLETTER, ContentTypes.TIMELINE);

    /** The type-specific part of a new file's front matter, with comments; values are placeholders that build. */
    private static final java.util.Map<String, String> TYPE_FIELDS = java.util.Map.of(
            ContentTypes.FIELD_OF_ACTION, """
                    type: handlungsfeld
                    # The field's number in the concept, in quotes.
                    number: "0.0.0"
                    # stadtweit (the whole city) or verwaltungsintern (the administration itself).
                    area: stadtweit
                    # strukturell (cooperation, organisation) or inhaltlich (a subject such as language).
                    kind: inhaltlich
                    # One entry per measure: term kurzfristig/langfristig, status geplant/begonnen/umgesetzt/dauerhaft.
                    measures:
                      - text: "Maßnahme beschreiben"
                        term: kurzfristig
                        status: geplant
                        updated: %1$s
                    """,
            ContentTypes.PROJECT, """
                    type: projekt
                    # Fields of action the project belongs to, as files.
                    fields: []
                    # The district (Stadtteil), if the project has one.
                    # district: Dalheim
                    # When it runs, in words.
                    # period: "seit 2024"
                    partners: []
                    # Pictures next to this file; alt text describes what they show.
                    images: []
                    """,
            ContentTypes.EVENT, """
                    type: termin
                    # Date and time in Wetzlar (YYYY-MM-DDTHH:MM); a date alone for all-day events.
                    start: %1$sT18:00
                    end: %1$sT20:00
                    place: "Ort eintragen"
                    # address: "Straße 1, 35578 Wetzlar"
                    # Can the place be reached without steps?
                    stepFree: true
                    # registration: "Anmeldung bis … beim Integrationsbüro"
                    fields: []
                    """,
            ContentTypes.COURSE, """
                    type: kurs
                    provider: "Anbieter eintragen"
                    # CEFR levels: Alpha, A1, A2, B1, B2, C1, C2.
                    levels: [A1]
                    # integrationskurs, elternkurs, frauenkurs, jugendkurs, berufssprachkurs, konversationskurs, alphabetisierungskurs
                    courseType: integrationskurs
                    district: "Stadtteil eintragen"
                    # address: "Straße 1, 35578 Wetzlar"
                    schedule:
                      - day: monday
                        from: "09:00"
                        to: "12:00"
                    start: %1$s
                    end: %1$s
                    # In euros; 0 means free.
                    fee: 0
                    childcare: false
                    stepFree: true
                    # Languages the teachers also speak, as codes.
                    teacherLanguages: []
                    phone: "+49 6441 99-0000"
                    # email: kurs@example.org
                    """,
            ContentTypes.ROLE_MODEL, """
                    type: vorbild
                    name: "Name eintragen"
                    # Required before publishing: the date the person agreed in writing to the publication of name,
                    # origin and story (origin is a special category of personal data, Art. 9 GDPR). Keep the
                    # consent on file. Without it the page is not published.
                    # consent: JJJJ-MM-TT
                    # A photo needs the date the person agreed to its publication (consent), else the build fails.
                    # photo:
                    #   src: foto.jpg
                    #   alt: "Was das Foto zeigt"
                    #   consent: %1$s
                    # origin: "Stadt, Land"
                    languages: [de]
                    # quote: "Ein Satz der Person."
                    """,
            ContentTypes.NEWSLETTER, """
                    type: newsletter
                    # The issue's number; its date is 'date' above.
                    number: 1
                    intro: "Worum es in dieser Ausgabe geht."
                    # Sections: title and text, or ref naming a project, event, course or role model by its file.
                    sections:
                      - title: "Abschnitt"
                        text: "Text des Abschnitts."
                    """,
            ContentTypes.TIMELINE, """
                    type: zeitleiste
                    timeline:
                      - when: "%1$s"
                        date: %1$s
                        title: "Schritt"
                        text: "Worum es ging."
                    """);

    /**
     * @param slug a page name, optionally below sections: {@code projekte/sprachcafe}
     * @return the file written, relative to the site root; empty when a problem was reported
     */
    public Optional<String> create(Path siteRoot, SiteConfig config, String type, String slug, String languageCode,
            LocalDate today, Problems problems) {
        SourcePosition here = SourcePosition.file("mosaik new");
        if (!TYPES.contains(type)) {
            problems.error(here, "unknown type '" + type + "'; known types: " + String.join(", ", TYPES), DidYouMean.hint(type, TYPES));
            return Optional.empty();
        }
        Optional<Language> language = config.language(languageCode);
        if (language.isEmpty()) {
            List<String> codes = config.languages().stream().map(Language::code).toList();
            problems.error(here, "unknown language '" + languageCode + "'; site.yaml lists " + String.join(", ", codes),
                    DidYouMean.hint(languageCode, codes));
            return Optional.empty();
        }
        String clean = UrlSegment.normalise(slug.replaceAll("^/+|/+$", ""));
        if (!java.util.Arrays.stream(clean.split("/", -1)).allMatch(s -> UrlSegment.isValid(s) && UrlSegment.fits(s))) {
            problems.error(here, "'" + slug + "' cannot be used as a web address",
                    Optional.of("use letters, digits and hyphens, e.g. '" + UrlSegment.suggest(slug) + "'"));
            return Optional.empty();
        }
        String relative = ContentScanner.CONTENT_DIR + "/" + (type.equals("section") ? clean + "/" + TranslationKey.INDEX : clean)
                + "." + languageCode + ".md";
        Path file = siteRoot.resolve(relative);
        if (!SiteLinks.checkWritable(siteRoot, file, relative, problems)) {
            return Optional.empty();
        }
        if (Files.exists(file)) {
            problems.error(SourcePosition.file(relative), "already exists; mosaik new never overwrites a file");
            return Optional.empty();
        }
        String title = titleOf(clean);
        String text = """
                ---
                # The heading of the page and the name in menus and lists.
                title: "%s"
                # One or two sentences: shown in lists and search engines.
                summary: ""
                # The day the page was first published (YYYY-MM-DD).
                date: %s
                # Set to the day of the last real change; readers see it under the page.
                # updated: %s
                # Order within the section: lower numbers come first.
                # weight: 10
                # Set to true when the page contains invented example facts: it then shows a "Beispiel" badge.
                sample: false
                # Drafts are not published unless you build with --drafts.
                draft: true
                %s# Below the closing line comes the text in Markdown. Start sections with "## Heading";
                # link other pages by their file, e.g. [Kontakt](/kontakt.md).
                ---

                Write the text here.
                """.formatted(title.replace("\"", "\\\""), today, today, TYPE_FIELDS.getOrDefault(type, "").formatted(today));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.error(SourcePosition.file(relative), "cannot write the file: " + e.getMessage());
            return Optional.empty();
        }
        return Optional.of(relative);
    }

    /**
     * {@code mosaik translate}: starts the translation of a default-language file into {@code target}, with the
     * original's text to translate, {@code sourceHash} recorded (so a later change of the original marks the
     * translation outdated) and {@code draft: true} until the translator is done.
     *
     * @return the file written, relative to the site root
     */
    public Optional<String> translate(Path siteRoot, SiteConfig config, String sourcePath, String target, Problems problems) {
        SourcePosition here = SourcePosition.file(sourcePath);
        Optional<Language> language = config.language(target);
        if (language.isEmpty()) {
            List<String> codes = config.languages().stream().map(Language::code).toList();
            problems.error(here, "unknown language '" + target + "'; site.yaml lists " + String.join(", ", codes), DidYouMean.hint(target, codes));
            return Optional.empty();
        }
        String relative = sourcePath.replace('\\', '/').replaceFirst("^\\./", "");
        String suffix = "." + config.defaultLanguage().code() + ".md";
        if (!relative.startsWith(ContentScanner.CONTENT_DIR + "/") || !relative.endsWith(suffix)) {
            problems.error(here, "translate starts from a " + config.defaultLanguage().name() + " file below content/, such as content/kontakt"
                    + suffix);
            return Optional.empty();
        }
        Path source = siteRoot.resolve(relative);
        if (!SiteLinks.checkReadable(siteRoot, List.of(relative), problems)) {
            return Optional.empty();
        }
        String key = relative.substring(ContentScanner.CONTENT_DIR.length() + 1, relative.length() - suffix.length());
        SourceFile file = new SourceFile(source, relative, new TranslationKey(key), config.defaultLanguage());
        Optional<SourceDocument> document = new ContentReader().read(file, problems);
        if (document.isEmpty()) {
            return Optional.empty();
        }
        String targetRelative = ContentScanner.CONTENT_DIR + "/" + key + "." + target + ".md";
        Path targetFile = siteRoot.resolve(targetRelative);
        if (!SiteLinks.checkWritable(siteRoot, targetFile, targetRelative, problems)) {
            return Optional.empty();
        }
        if (Files.exists(targetFile)) {
            problems.error(SourcePosition.file(targetRelative), "already exists; mosaik translate never overwrites a file");
            return Optional.empty();
        }
        String text;
        try {
            text = Files.readString(source, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            problems.error(here, "cannot read the file: " + e.getMessage());
            return Optional.empty();
        }
        int end = text.indexOf("\n---", 4);
        if (!text.startsWith("---") || end < 0) {
            problems.error(here, "translate needs a file with YAML front matter between '---' lines");
            return Optional.empty();
        }
        String header = ProseHeader.of(text.substring(4, end + 1).replaceAll("(?m)^(translation|sourceHash|sourceSections|draft):.*\n", ""),
                document.get().frontMatter().type());
        String body = text.substring(end + 4);
        String translated = "---\n" + header
                + "# Translate title, summary and text into " + language.get().name() + "; set draft to false when done.\n"
                + "translation: human\n"
                + "# The fingerprint of the original this translation is made from (see docs/content.md, sourceHash).\n"
                + SourceFingerprint.of(document.get(), new Segmenter()).frontMatter()
                + "draft: true\n---" + body;
        try {
            Files.writeString(targetFile, translated, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.error(SourcePosition.file(targetRelative), "cannot write the file: " + e.getMessage());
            return Optional.empty();
        }
        return Optional.of(targetRelative);
    }

    /**
     * The text of a machine translation made from {@code translated} — the original's file with its prose
     * replaced by the translation ({@link SegmentAssembler}): the original's header without the facts a
     * translation does not repeat, labelled {@code translation: machine} with the original's fingerprint.
     */
    public static String machineTranslation(String translated, Optional<String> type, SourceFingerprint source) {
        int end = Segmenter.closingLine(translated);
        String header = ProseHeader.of(translated.substring(4, end + 1)
                .replaceAll("(?m)^(translation|sourceHash|sourceSections|draft|reviewedBy|reviewed):.*\n", ""), type);
        int lineEnd = translated.indexOf('\n', end + 1);
        String body = lineEnd < 0 ? "" : translated.substring(lineEnd + 1);
        return "---\n" + header + "translation: machine\n" + source.frontMatter() + "---\n" + body;
    }

    private static String titleOf(String slug) {
        String last = slug.substring(slug.lastIndexOf('/') + 1).replace('-', ' ').replace('_', ' ');
        return last.isEmpty() ? last : Character.toUpperCase(last.charAt(0)) + last.substring(1);
    }
}
