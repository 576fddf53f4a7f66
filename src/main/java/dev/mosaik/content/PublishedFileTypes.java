package dev.mosaik.content;

import dev.mosaik.config.RawFileType;
import dev.mosaik.diag.Problems;
import dev.mosaik.diag.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which files of {@code content/} and {@code assets/} are published as they are: pictures, PDFs, office
 * documents, audio, video, subtitles, fonts, stylesheets and plain data. A file that could run script with the
 * site's address — HTML, JavaScript, PHP and anything unknown — is an error at its path unless the site lists
 * its type in {@code publish.rawFiles}; an SVG drawing is published when {@link SvgCheck} finds nothing active
 * in it. A binary file's first bytes must match its extension, so that a web page cannot pass as
 * {@code bild.png} (a server or browser that sniffs would show it as a page).
 */
public final class PublishedFileTypes {

    /** A kind of binary file, recognised by its first bytes. */
    private record Kind(String name, Predicate<byte[]> signature) {}

    private static final Kind PNG =
            new Kind("a PNG image", b -> starts(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A));
    private static final Kind JPEG = new Kind("a JPEG image", b -> starts(b, 0, 0xFF, 0xD8, 0xFF));
    private static final Kind GIF = new Kind("a GIF image", b -> ascii(b, 0, "GIF87a") || ascii(b, 0, "GIF89a"));
    private static final Kind WEBP = new Kind("a WebP image", b -> ascii(b, 0, "RIFF") && ascii(b, 8, "WEBP"));
    private static final Kind ISO_MEDIA = new Kind("an ISO media file (AVIF, MP4, M4A)", b -> ascii(b, 4, "ftyp"));
    private static final Kind ICO = new Kind(
            "an icon",
            b -> starts(b, 0, 0, 0, 1, 0)
                    || starts(b, 0, 0, 0, 2, 0)
                    || PNG.signature().test(b));
    private static final Kind PDF =
            new Kind("a PDF document", b -> new String(b, StandardCharsets.ISO_8859_1).contains("%PDF-"));
    private static final Kind MP3 = new Kind(
            "an MP3 file", b -> ascii(b, 0, "ID3") || b.length > 1 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xE0) == 0xE0);
    private static final Kind OGG = new Kind("an Ogg file", b -> ascii(b, 0, "OggS"));
    private static final Kind WAV = new Kind("a WAV file", b -> ascii(b, 0, "RIFF") && ascii(b, 8, "WAVE"));
    private static final Kind WEBM = new Kind("a WebM file", b -> starts(b, 0, 0x1A, 0x45, 0xDF, 0xA3));
    private static final Kind WOFF = new Kind("a WOFF font", b -> ascii(b, 0, "wOFF"));
    private static final Kind WOFF2 = new Kind("a WOFF2 font", b -> ascii(b, 0, "wOF2"));
    private static final Kind TRUETYPE = new Kind(
            "a TrueType or OpenType font",
            b -> starts(b, 0, 0, 1, 0, 0) || ascii(b, 0, "true") || ascii(b, 0, "OTTO") || ascii(b, 0, "ttcf"));
    private static final Kind ZIP = new Kind("an office document (a ZIP container)", b -> starts(b, 0, 'P', 'K', 3, 4));

    /** Binary types by extension; their first bytes are checked. */
    private static final Map<String, Kind> BINARY = Map.ofEntries(
            Map.entry("png", PNG),
            Map.entry("jpg", JPEG),
            Map.entry("jpeg", JPEG),
            Map.entry("gif", GIF),
            Map.entry("webp", WEBP),
            Map.entry("avif", ISO_MEDIA),
            Map.entry("ico", ICO),
            Map.entry("pdf", PDF),
            Map.entry("mp3", MP3),
            Map.entry("ogg", OGG),
            Map.entry("oga", OGG),
            Map.entry("opus", OGG),
            Map.entry("ogv", OGG),
            Map.entry("wav", WAV),
            Map.entry("m4a", ISO_MEDIA),
            Map.entry("mp4", ISO_MEDIA),
            Map.entry("webm", WEBM),
            Map.entry("woff", WOFF),
            Map.entry("woff2", WOFF2),
            Map.entry("ttf", TRUETYPE),
            Map.entry("otf", TRUETYPE),
            Map.entry("docx", ZIP),
            Map.entry("xlsx", ZIP),
            Map.entry("pptx", ZIP),
            Map.entry("odt", ZIP),
            Map.entry("ods", ZIP),
            Map.entry("odp", ZIP));

    /**
     * Text types served with a type no browser runs: stylesheets, plain data, calendars, subtitles. (Not XML:
     * served as XML, a file can carry XHTML with scripts.)
     */
    private static final Set<String> TEXT = Set.of("css", "csv", "tsv", "json", "txt", "ics", "vtt", "srt");

    /** Bytes read to check a signature: PDF allows its header anywhere in the first kilobyte. */
    private static final int HEAD = 1024;

    private final Set<RawFileType> rawFiles;

    /** @param rawFiles the types the site publishes although they can run script ({@code publish.rawFiles}) */
    public PublishedFileTypes(Set<RawFileType> rawFiles) {
        this.rawFiles = rawFiles;
    }

    /**
     * Reports every file of {@code files} that may not be published.
     *
     * @param folder the folder the files lie in, as messages name it: {@code content} or {@code assets}
     */
    public void check(List<StaticFile> files, String folder, Problems problems) {
        for (StaticFile file : files) {
            check(file, folder + "/" + file.sitePath(), problems);
        }
    }

    private void check(StaticFile file, String shown, Problems problems) {
        String name = file.sitePath().substring(file.sitePath().lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        SourcePosition position = SourcePosition.file(shown);
        Optional<RawFileType> raw = RawFileType.ofExtension(extension);
        if (raw.isPresent()) {
            if (raw.get() == RawFileType.SVG && !rawFiles.contains(RawFileType.SVG)) {
                if (extension.equals("svgz")) {
                    problems.error(
                            position,
                            "compressed SVG drawings are not published, since mosaik cannot check them for scripts",
                            Optional.of("save the drawing as a plain .svg"));
                } else {
                    SvgCheck.check(file.path(), shown, problems);
                }
            } else if (!rawFiles.contains(raw.get())) {
                problems.error(
                        position,
                        refusal(raw.get()),
                        Optional.of("if every editor of this site may publish scripts, add '"
                                + raw.get().key()
                                + "' to 'publish: {rawFiles: [...]}' in site.yaml; see docs/security.md"));
            }
            return;
        }
        if (TEXT.contains(extension)) {
            return;
        }
        Kind kind = BINARY.get(extension);
        if (kind == null) {
            problems.error(
                    position,
                    (extension.isEmpty() ? "files without an extension" : "'." + extension + "' files")
                            + " are not published: only pictures, PDFs, office documents, audio, video, subtitles, fonts, stylesheets and plain"
                            + " data (CSV, JSON, TXT, ICS) are",
                    Optional.of(
                            "convert it to one of those, or link it where it is hosted;" + " see docs/security.md"));
            return;
        }
        byte[] head = head(file, shown, problems);
        if (head != null && !kind.signature().test(head)) {
            problems.error(
                    position,
                    "is not " + kind.name() + ", as its name says: its first bytes are those of another kind of file",
                    Optional.of("save it again in its format, or give it the extension of what it is"));
        }
    }

    private static String refusal(RawFileType type) {
        return switch (type) {
            case HTML -> "HTML files are not published, since their scripts would run with the site's address";
            case JS -> "JavaScript files are not published, since they would run with the site's address";
            case SVG -> "SVG files are not published";
        };
    }

    private static byte[] head(StaticFile file, String shown, Problems problems) {
        try (InputStream in = Files.newInputStream(file.path())) {
            return in.readNBytes(HEAD);
        } catch (IOException e) {
            problems.error(SourcePosition.file(shown), "cannot be read: " + e.getMessage());
            return null;
        }
    }

    private static boolean starts(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(byte[] bytes, int offset, String expected) {
        return bytes.length >= offset + expected.length()
                && Arrays.equals(
                        bytes,
                        offset,
                        offset + expected.length(),
                        expected.getBytes(StandardCharsets.US_ASCII),
                        0,
                        expected.length());
    }
}
