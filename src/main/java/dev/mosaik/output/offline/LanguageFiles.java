package dev.mosaik.output.offline;

import dev.mosaik.config.Language;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

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
            if (file.startsWith(prefix + "/")
                    ? !isOfflineFile(prefix, file)
                    : isShared(file, referenced, otherPrefixes)) {
                if (!file.endsWith(".pdf")) {
                    files.add(file);
                }
            }
        }
        return new LanguageFiles(language, prefix, files);
    }

    private static boolean isShared(String file, Set<String> referenced, Set<String> otherPrefixes) {
        if (file.startsWith(THEME_FOLDER)) {
            return true;
        }
        int slash = file.indexOf('/');
        return referenced.contains(file) && (slash < 0 || !otherPrefixes.contains(file.substring(0, slash)));
    }

    static boolean isOfflineFile(String prefix, String file) {
        return file.equals(prefix + "/" + OfflineSite.PACK) || file.equals(prefix + "/" + OfflineSite.MANIFEST);
    }

    boolean holds(String file) {
        return files.contains(file);
    }
}
