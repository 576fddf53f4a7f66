package dev.mosaik.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.FutureCallback;

/**
 * Server-sent events to open browser tabs: {@code reload} after a successful rebuild, {@code problems}
 * with the error list after a failed one. Server-sent events need no library in the browser and pass
 * through proxies that break WebSockets.
 */
final class LiveReload {

    /** An open event stream; its request stays unfinished until the browser goes or the server stops. */
    private record Client(Response response, Callback done) {
    }

    private final List<Client> clients = new CopyOnWriteArrayList<>();
    /** The problems of the last build, replayed to tabs that connect while it stays broken. */
    private volatile String lastProblems = "";

    void open(Request request, Response response, Callback callback) {
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        PreviewHandler.securityHeaders(response);
        Client client = new Client(response, callback);
        clients.add(client);
        // The browser retries after 500 ms when the server restarts.
        send(client, "retry: 500\n: connected\n\n" + lastProblems);
    }

    int clientCount() {
        return clients.size();
    }

    void reload() {
        lastProblems = "";
        broadcast("event: reload\ndata: reload\n\n");
    }

    void problems(List<String> lines) {
        StringBuilder event = new StringBuilder("event: problems\n");
        for (String line : lines) {
            event.append("data: ").append(line.replace("\n", " ")).append('\n');
        }
        lastProblems = event.append('\n').toString();
        broadcast(lastProblems);
    }

    private void broadcast(String event) {
        for (Client client : clients) {
            send(client, event);
        }
    }

    /** Writes synchronously so that writes to one stream never overlap; a gone browser is dropped. */
    private void send(Client client, String event) {
        FutureCallback written = new FutureCallback();
        client.response().write(false, ByteBuffer.wrap(event.getBytes(StandardCharsets.UTF_8)), written);
        try {
            written.get(2, TimeUnit.SECONDS);
        } catch (Exception gone) {
            clients.remove(client);
            client.done().failed(gone);
        }
    }

    void closeAll() {
        for (Client client : clients) {
            clients.remove(client);
            client.response().write(true, ByteBuffer.allocate(0), client.done());
        }
    }
}
