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
import java.util.regex.Pattern;

/**
 * {@code mosaik new}: writes a new content file whose front matter explains each field in comments, so an
 * editor can fill it in without opening the manual.
 */
public final class Scaffolder {

    /** The kinds of file {@code new} can create. */
    public static final List<String> TYPES = List.of("page", "section");

    private static final Pattern SLUG_PATH = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}_-]*(/[\\p{L}\\p{N}_][\\p{L}\\p{N}_-]*)*");

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
        String clean = slug.replaceAll("^/+|/+$", "");
        if (!SLUG_PATH.matcher(clean).matches()) {
            problems.error(here, "'" + slug + "' cannot be used as a web address",
                    Optional.of("use letters, digits and hyphens, e.g. '" + ContentScanner.suggestName(slug) + "'"));
            return Optional.empty();
        }
        String relative = ContentScanner.CONTENT_DIR + "/" + (type.equals("section") ? clean + "/" + TranslationKey.INDEX : clean)
                + "." + languageCode + ".md";
        Path file = siteRoot.resolve(relative);
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
                # Below the closing line comes the text in Markdown. Start sections with "## Heading";
                # link other pages by their file, e.g. [Kontakt](/kontakt.md).
                ---

                Write the text here.
                """.formatted(title.replace("\"", "\\\""), today, today);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.error(SourcePosition.file(relative), "cannot write the file: " + e.getMessage());
            return Optional.empty();
        }
        return Optional.of(relative);
    }

    private static String titleOf(String slug) {
        String last = slug.substring(slug.lastIndexOf('/') + 1).replace('-', ' ').replace('_', ' ');
        return last.isEmpty() ? last : Character.toUpperCase(last.charAt(0)) + last.substring(1);
    }
}
