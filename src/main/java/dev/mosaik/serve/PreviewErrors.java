package dev.mosaik.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answers Jetty gives by itself (a malformed request, a header too large, a failure in a handler): plain text with
 * the status, the same security headers as every page of the preview, and no word of which server this is — Jetty's
 * own pages name its version and would be shown in the preview's origin without a policy.
 */
final class PreviewErrors extends ErrorHandler {

    PreviewErrors() {
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
    }

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        byte[] body = text(code);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        SecurityHeaders.add(response);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** A request Jetty could not parse into one: the answer is written before any handler sees it. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        for (HttpField header : SecurityHeaders.ALL) {
            fields.put(header);
        }
        return ByteBuffer.wrap(text(status));
    }

    private static byte[] text(int code) {
        String reason = HttpStatus.getMessage(code);
        return (code + " " + (reason == null ? "" : reason) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
