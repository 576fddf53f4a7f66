package dev.mosaik.output.offline;

import dev.mosaik.config.Language;
import dev.mosaik.render.SiteRenderer;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The files one language's offline copy holds: its whole tree (pages, feeds, search index chunks, calendars),
 * the theme's files (styles, fonts, scripts) and every other file of the site its pages point to that belongs
 * to no other language (pictures). Left out: the offline files themselves, and the course sheets' PDFs, which
 * print what the pages already say and would be most of the weight; their links lead to the website.
 *
 * @param prefix the language's folder, e.g. {@code ar}
 * @param files  paths below the output folder, sorted
 */
record LanguageFiles(Language language, String prefix, SortedSet<String> files) {

    static final String THEME_FOLDER = "mosaik/";

    static LanguageFiles of(
            Language language, List<String> allFiles, Set<String> referenced, Set<String> otherPrefixes) {
        String prefix = language.urlPrefix();
        SortedSet<String> files = new TreeSet<>();
        for (String file : allFiles) {
            if (belongs(prefix, otherPrefixes, file, referenced::contains)) {
                files.add(file);
            }
        }
        return new LanguageFiles(language, prefix, files);
    }

    /**
     * Whether the copy of the language with folder {@code prefix} holds {@code file}, a file of the site.
     *
     * @param referenced whether the language's pages link to a file
     */
    static boolean belongs(String prefix, Set<String> otherPrefixes, String file, Predicate<String> referenced) {
        if (file.endsWith(".pdf")) {
            return false;
        }
        if (file.startsWith(prefix + "/")) {
            return !isOfflineFile(prefix, file);
        }
        if (file.startsWith(THEME_FOLDER)) {
            return true;
        }
        int slash = file.indexOf('/');
        return referenced.test(file) && (slash < 0 || !otherPrefixes.contains(file.substring(0, slash)));
    }

    static boolean isOfflineFile(String prefix, String file) {
        return file.equals(prefix + "/" + SiteRenderer.OFFLINE_PACK)
                || file.equals(prefix + "/" + SiteRenderer.OFFLINE_MANIFEST);
    }

    boolean holds(String file) {
        return files.contains(file);
    }
}
