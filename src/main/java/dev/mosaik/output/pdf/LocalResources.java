package dev.mosaik.output.pdf;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.extend.FSUriResolver;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * What a printed document may load: {@code data:} URIs, and regular files inside one folder (the site's output),
 * never the network and never a file elsewhere. The HTML printed in the preview can come from an editor, so an
 * image or style sheet naming {@code http://127.0.0.1:…} (a request made by the preview on the reader's behalf) or
 * {@code file:///home/…} (a private file embedded in the PDF) must come to nothing. openhtmltopdf asks three places
 * before it reads a resource — the URI resolver, the access control and the stream factory of the protocol — and
 * each one says no here, so that a change in the library's order of asking opens nothing.
 */
final class LocalResources implements FSUriResolver, FSStreamFactory, BiPredicate<String, ExternalResourceType> {

    /** Protocols whose default readers would otherwise be used; all go through {@link #getUrl}. */
    static final String[] PROTOCOLS = {"file", "jar", "http", "https", "ftp", "jrt", "mailto", "netdoc"};

    /** The folder files may come from, as a real path; empty: no files at all. */
    private final Optional<Path> folder;

    private LocalResources(Optional<Path> folder) {
        this.folder = folder;
    }

    /** Only {@code data:} URIs: the build's sheets carry their pictures inline. */
    static LocalResources none() {
        return new LocalResources(Optional.empty());
    }

    /** {@code data:} URIs and regular files inside {@code folder}. */
    static LocalResources inside(Path folder) throws IOException {
        return new LocalResources(Optional.of(folder.toRealPath()));
    }

    @Override
    public String resolveURI(String baseUri, String uri) {
        if (uri == null) {
            return null;
        }
        if (isData(uri)) {
            return uri;
        }
        try {
            URI target = new URI(uri.strip());
            if (folder.isPresent()
                    && target.getScheme() == null
                    && target.getRawAuthority() == null
                    && uri.strip().startsWith("/")) {
                // A site path, as the pages write them: from the output folder, not the file system's root.
                target = folder.get()
                        .toUri()
                        .resolve(new URI(null, null, target.getPath().substring(1), target.getRawQuery(), null));
            } else if (!target.isAbsolute() && baseUri != null) {
                URI base = new URI(baseUri);
                target = base.isOpaque() ? target : base.resolve(target);
            }
            return file(target.toString()).isPresent() ? target.toString() : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The access control: asked with the resolved URI before anything is read. */
    @Override
    public boolean test(String uri, ExternalResourceType type) {
        return uri != null && (isData(uri) || file(uri).isPresent());
    }

    @Override
    public FSStream getUrl(String uri) {
        Optional<Path> file = file(uri);
        return new FSStream() {
            @Override
            public InputStream getStream() {
                try {
                    // Nothing (an empty stream) rather than null, which the library would report as a missing file with
                    // its path.
                    return file.isPresent() ? Files.newInputStream(file.get()) : new ByteArrayInputStream(new byte[0]);
                } catch (IOException e) {
                    return new ByteArrayInputStream(new byte[0]);
                }
            }

            @Override
            public Reader getReader() {
                return new InputStreamReader(getStream(), StandardCharsets.UTF_8);
            }
        };
    }

    /**
     * The regular file {@code uri} names, if it is a {@code file:} URI inside the folder once every symbolic link
     * is followed ({@code ..} and links out of the folder lead nowhere).
     */
    Optional<Path> file(String uri) {
        if (folder.isEmpty() || uri == null) {
            return Optional.empty();
        }
        try {
            URI parsed = new URI(uri);
            if (!"file".equalsIgnoreCase(parsed.getScheme())
                    || parsed.getRawAuthority() != null
                    || parsed.getRawQuery() != null) {
                return Optional.empty();
            }
            Path path = Path.of(parsed).normalize();
            if (!path.startsWith(folder.get()) || !Files.isRegularFile(path)) {
                return Optional.empty();
            }
            Path real = path.toRealPath();
            return real.startsWith(folder.get()) ? Optional.of(real) : Optional.empty();
        } catch (URISyntaxException
                | IllegalArgumentException
                | java.nio.file.FileSystemNotFoundException
                | IOException e) {
            return Optional.empty();
        }
    }

    private static boolean isData(String uri) {
        return uri.strip().toLowerCase(Locale.ROOT).startsWith("data:");
    }
}
