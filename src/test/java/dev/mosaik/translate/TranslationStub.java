package dev.mosaik.translate;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * A translation service on the loopback interface that answers from a script: each request takes the next
 * scripted answer (the last one repeats). Records what it was sent.
 */
final class TranslationStub implements AutoCloseable {

    /** One scripted answer; {@code delayMillis} makes it slow. */
    record Reply(int status, String body, Map<String, String> headers, long delayMillis) {
        static Reply ok(String body) {
            return new Reply(200, body, Map.of(), 0);
        }

        static Reply status(int status, String body) {
            return new Reply(status, body, Map.of(), 0);
        }
    }

    /** What the stub received. */
    record Received(String path, String authorization, String body, String method) {}

    private final Server server;
    private final Deque<Reply> script = new ArrayDeque<>();
    private final List<Received> received = new ArrayList<>();
    private java.util.function.Function<String, Reply> echo;
    private final Map<String, java.util.function.Function<Received, Reply>> routes = new java.util.HashMap<>();

    TranslationStub() throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(InetAddress.getLoopbackAddress().getHostAddress());
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                String body = Content.Source.asString(request, StandardCharsets.UTF_8);
                Reply reply;
                synchronized (TranslationStub.this) {
                    Received got = new Received(
                            request.getHttpURI().getPath(),
                            request.getHeaders().get("Authorization"),
                            body,
                            request.getMethod());
                    received.add(got);
                    java.util.function.Function<Received, Reply> route = routes.get(got.path());
                    reply = route != null
                            ? route.apply(got)
                            : script.size() > 1 ? script.poll() : script.isEmpty() ? echo.apply(body) : script.peek();
                }
                if (reply.delayMillis() > 0) {
                    Thread.sleep(reply.delayMillis());
                }
                response.setStatus(reply.status());
                reply.headers().forEach((k, v) -> response.getHeaders().put(k, v));
                response.getHeaders().put("Content-Type", "application/json; charset=utf-8");
                Content.Sink.write(response, true, reply.body(), callback);
                return true;
            }
        });
        server.start();
    }

    String url() {
        return "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":"
                + ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    synchronized TranslationStub then(Reply reply) {
        script.add(reply);
        return this;
    }

    /** Answers the requests for {@code path} by computing a reply from the request (before any script). */
    synchronized TranslationStub on(String path, java.util.function.Function<Received, Reply> answer) {
        routes.put(path, answer);
        return this;
    }

    /** Answers every request by computing a reply from its body (used when nothing is scripted). */
    synchronized TranslationStub echo(java.util.function.Function<String, Reply> answer) {
        this.echo = answer;
        return this;
    }

    synchronized List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    static InetSocketAddress unused() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), 9);
    }
}
