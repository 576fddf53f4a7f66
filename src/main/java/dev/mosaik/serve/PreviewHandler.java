package dev.mosaik.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Serves the built site from disk for the preview, injecting the live-reload script into HTML pages. The
 * published output never contains it.
 */
final class PreviewHandler extends Handler.Abstract {

    static final String PREFIX = "/__mosaik/";
    static final String EVENTS = PREFIX + "events";
    static final String SCRIPT = PREFIX + "live.js";
    static final String STATUS = PREFIX + "status";

    /** Every text type names its charset (the site writes UTF-8 only), so that no browser has to guess. */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("eml", "message/rfc822"),
            Map.entry("svg", "image/svg+xml; charset=utf-8"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("ics", "text/calendar; charset=utf-8"),
            Map.entry("atom", "application/atom+xml; charset=utf-8"));

    /** The status page, the preview's own, also has inline styles (see {@link SecurityHeaders} for the pages'). */
    private static final String STATUS_POLICY =
            "default-src 'self'; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none';"
                    + " form-action 'none'; frame-ancestors 'none'";

    private final Supplier<Path> root;
    private final LiveReload liveReload;
    private final Supplier<String> statusPage;

    private final dev.mosaik.output.pdf.PdfPrinter printer;
    private final java.time.Instant stamp;

    /** The print source of a sheet by its PDF's address (relative, {@code /}-separated), as the last build made it. */
    private final java.util.function.Function<String, Optional<dev.mosaik.render.SheetRenderer.Sheet>> sheets;

    PreviewHandler(
            Supplier<Path> root,
            LiveReload liveReload,
            Supplier<String> statusPage,
            dev.mosaik.output.pdf.PdfPrinter printer,
            java.time.Instant stamp,
            java.util.function.Function<String, Optional<dev.mosaik.render.SheetRenderer.Sheet>> sheets) {
        this.sheets = sheets;
        this.printer = printer;
        this.stamp = stamp;
        this.root = root;
        this.liveReload = liveReload;
        this.statusPage = statusPage;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        if (servedOwn(path, request, response, callback)) {
            return true;
        }
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            sendText(response, callback, 405, "Method not allowed\n");
            return true;
        }
        // Jetty has decoded the path once and refused ambiguous encodings (%2e%2e, %2f, bad UTF-8) with 400; it is
        // never decoded again, so %252e%252e stays the literal name "%2e%2e". What is left that could leave the
        // folder or mean something else on another system is refused here.
        if (!isPlainPath(path)) {
            sendText(response, callback, 400, "Bad request\n");
            return true;
        }
        Path base = root.get().toAbsolutePath().normalize();
        Path file = base.resolve(path.replaceFirst("^/+", "")).normalize();
        if (!file.startsWith(base)) {
            sendText(response, callback, 404, "Not found\n");
            return true;
        }
        if (Files.isDirectory(file)) {
            if (!path.endsWith("/")) {
                Response.sendRedirect(request, response, callback, path + "/");
                return true;
            }
            file = file.resolve("index.html"); // a folder without one is not found: never a listing
        }
        serveFile(base, file, response, callback);
        return true;
    }

    /** The preview's own addresses: the live-reload events, the status page and its script. */
    private boolean servedOwn(String path, Request request, Response response, Callback callback) throws Exception {
        if (path.equals(EVENTS)) {
            liveReload.open(request, response, callback);
            return true;
        }
        if (path.equals(STATUS) || path.equals(STATUS + "/")) {
            response.getHeaders().put("Content-Security-Policy", STATUS_POLICY);
            send(
                    response,
                    callback,
                    200,
                    "text/html; charset=utf-8",
                    inject(statusPage.get().getBytes(StandardCharsets.UTF_8)));
            return true;
        }
        if (path.equals(SCRIPT)) {
            send(response, callback, 200, "text/javascript; charset=utf-8", script());
            return true;
        }
        return false;
    }

    /** A file of the output folder, a course sheet printed on demand, or the site's 404 page. */
    private void serveFile(Path base, Path file, Response response, Callback callback) throws Exception {
        if (!Files.isRegularFile(file) && file.getFileName().toString().endsWith(".pdf")) {
            // The preview builds without PDFs to stay fast; a sheet is printed when a browser asks for it.
            Path html = file.resolveSibling(file.getFileName().toString().replaceFirst("\\.pdf$", ".html"));
            if (Files.isRegularFile(html)) {
                send(response, callback, 200, "application/pdf", print(base, file, html));
                return;
            }
        }
        if (!Files.isRegularFile(file)) {
            Path notFound = base.resolve("404.html");
            byte[] body = Files.isRegularFile(notFound)
                    ? inject(Files.readAllBytes(notFound))
                    : "Not found\n".getBytes(StandardCharsets.UTF_8);
            send(response, callback, 404, "text/html; charset=utf-8", body);
            return;
        }
        String type = typeOf(file);
        byte[] body;
        try {
            body = Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException | java.nio.file.AccessDeniedException gone) {
            // A rebuild deleted it between the look and the read; the reader asks again after the reload.
            sendText(response, callback, 404, "Not found\n");
            return;
        }
        send(response, callback, 200, type, type.startsWith("text/html") ? inject(body) : body);
    }

    /**
     * A course sheet is printed as a build prints it: from the HTML without the screen's language-of-parts marks
     * (around which the PDF's text layer reordered words), with its title and language. Any other HTML file loads
     * only files of the output folder: it may be an editor's, naming any address.
     */
    private byte[] print(Path base, Path file, Path html) throws Exception {
        String relative = base.relativize(file).toString().replace(java.io.File.separatorChar, '/');
        Optional<dev.mosaik.render.SheetRenderer.Sheet> sheet = sheets.apply(relative);
        return sheet.isPresent()
                ? printer.print(
                        sheet.get().printHtml(),
                        sheet.get().title(),
                        sheet.get().language(),
                        stamp)
                : printer.printFile(html, base, file.getFileName().toString(), "de", stamp);
    }

    private static void sendText(Response response, Callback callback, int status, String text) {
        send(response, callback, status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    /** A path of plain segments: no {@code .} or {@code ..}, no backslash (a separator on Windows), no control characters. */
    static boolean isPlainPath(String path) {
        if (path == null || !path.startsWith("/")) {
            return false;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\\' || Character.isISOControl(c)) {
                return false;
            }
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static String typeOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0
                ? "application/octet-stream"
                : TYPES.getOrDefault(name.substring(dot + 1).toLowerCase(Locale.ROOT), "application/octet-stream");
    }

    /**
     * Adds the reload script before {@code </body>}. The script also shows the error overlay: the event
     * stream replays the last failed build's problems to every tab that connects.
     */
    private static byte[] inject(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        String extra = "<script src=\"" + SCRIPT + "\" defer></script>";
        int end = page.lastIndexOf("</body>");
        String result = end < 0 ? page + extra : page.substring(0, end) + extra + page.substring(end);
        return result.getBytes(StandardCharsets.UTF_8);
    }

    /** No type sniffing, no referrer to other sites (the preview's address means nothing there), no framing. */
    private static byte[] script() throws IOException {
        try (InputStream in = PreviewHandler.class.getResourceAsStream("/serve/live.js")) {
            return in.readAllBytes();
        }
    }

    private static void send(Response response, Callback callback, int status, String type, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        SecurityHeaders.add(response);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
