package dev.mosaik.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers only requests addressed to the preview by a name that means this server: {@code localhost},
 * {@code 127.0.0.1}, {@code [::1]} or the address it listens on, with its port. A web page that has its own domain
 * resolve to 127.0.0.1 (DNS rebinding) would otherwise read the preview, drafts included, as a page of its own
 * origin; its requests name its domain in {@code Host} and get 421 Misdirected Request.
 */
final class HostGuard extends Handler.Wrapper {

    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

    private final String listenHost;
    private final boolean everyAddress;
    private volatile int port;

    /** @param listenHost what the preview listens on ({@code --host}); a wildcard address accepts any IP address */
    HostGuard(String listenHost, Handler handler) {
        super(handler);
        String host = listenHost.toLowerCase(Locale.ROOT);
        this.listenHost = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        this.everyAddress = isWildcard(listenHost);
    }

    /** The port the connector got (known only once it is bound). */
    void port(int port) {
        this.port = port;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (accepts(request.getHeaders().get(HttpHeader.HOST))) {
            return super.handle(request, response, callback);
        }
        byte[] body = ("Misdirected request: this preview answers only to http://localhost:" + port
                        + "/ and http://127.0.0.1:" + port + "/\n")
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(421);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        SecurityHeaders.add(response);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    /** Whether a {@code Host} header value names this preview: an allowed name and the port it listens on. */
    boolean accepts(String hostHeader) {
        if (hostHeader == null) {
            return false;
        }
        String value = hostHeader.strip().toLowerCase(Locale.ROOT);
        int colon = value.lastIndexOf(':');
        String name = value;
        if (colon >= 0 && !value.endsWith("]")) {
            if (!value.substring(colon + 1).equals(Integer.toString(port))) {
                return false;
            }
            name = value.substring(0, colon);
        }
        // Without a port (only tools write it so; a browser names any port but 80) the name alone decides.
        return LOOPBACK_NAMES.contains(name) || name.equals(listenHost) || everyAddress && isAddressLiteral(name);
    }

    /**
     * An IP address written as one ({@code 192.168.1.5}, {@code [fe80::1]}): when the preview listens on every address,
     * other computers reach it by one. A name, which a rebinding attacker controls, is never one.
     */
    private static boolean isAddressLiteral(String name) {
        if (name.startsWith("[") && name.endsWith("]")) {
            return name.length() > 2
                    && name.substring(1, name.length() - 1)
                            .chars()
                            .allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.');
        }
        String[] parts = name.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty()
                    || part.length() > 3
                    || !part.chars().allMatch(Character::isDigit)
                    || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWildcard(String host) {
        try {
            return InetAddress.getByName(host).isAnyLocalAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
