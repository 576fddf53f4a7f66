package dev.mosaik.serve;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.FutureCallback;

/**
 * Server-sent events to open browser tabs: {@code reload} after a successful rebuild, {@code problems}
 * with the error list after a failed one. Server-sent events need no library in the browser and pass
 * through proxies that break WebSockets.
 *
 * <p>Every open stream holds a connection, so streams are few and never outlive their browser: any web page the
 * editor opens can connect here. A stream ends when its connection closes (watched by {@link #watchForClose}) or
 * fails (a comment line sent every {@link #HEARTBEAT_SECONDS} also finds those); at most {@link #MAX_CLIENTS} stay open, and
 * the oldest is ended when another connects (a real tab reconnects by itself).
 */
final class LiveReload implements AutoCloseable {

    /** More tabs than an editor keeps open; each costs a connection (a file descriptor) of the preview. */
    static final int MAX_CLIENTS = 64;
    /** Below Jetty's idle timeout of 30 seconds, so that a quiet stream is not cut, and soon enough to find the dead. */
    static final long HEARTBEAT_SECONDS = 15;

    /** An open event stream; its request stays unfinished until the browser goes or the server stops. */
    private record Client(Response response, Callback done, AtomicBoolean ended) {

        /** Finishes the request exactly once: Jetty then closes or reuses the connection. */
        void end(Throwable failure) {
            if (ended.compareAndSet(false, true)) {
                if (failure == null) {
                    response.write(true, ByteBuffer.allocate(0), done);
                } else {
                    done.failed(failure);
                }
            }
        }
    }

    /** Oldest first. */
    private final Deque<Client> clients = new ConcurrentLinkedDeque<>();
    /** The problems of the last build, replayed to tabs that connect while it stays broken. */
    private volatile String lastProblems = "";

    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "mosaik-live-reload");
        thread.setDaemon(true);
        return thread;
    });

    LiveReload() {
        heartbeat.scheduleWithFixedDelay(
                () -> broadcast(": alive\n\n"), HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    void open(Request request, Response response, Callback callback) {
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        SecurityHeaders.add(response);
        // The connection serves this stream only: once it ends, Jetty closes it instead of reading a next request.
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        Client client = new Client(response, callback, new AtomicBoolean());
        // A broken connection fails its request: the stream ends at once, not at the next event.
        request.addFailureListener(failure -> drop(client, failure));
        watchForClose(request.getConnectionMetaData().getConnection().getEndPoint(), client);
        clients.addLast(client);
        Client oldest;
        while (clients.size() > MAX_CLIENTS && (oldest = clients.pollFirst()) != null) {
            finish(oldest);
        }
        // The browser retries after 500 ms when the server restarts.
        send(client, "retry: 500\n: connected\n\n" + lastProblems);
    }

    /**
     * Jetty reads nothing from a connection while its response is under way, so it would notice a closed one only
     * when a write fails — the second after the close, as the first still fits the system's buffer. A browser sends
     * nothing on an event stream: the connection becoming readable means it closed (or misbehaves), and the stream
     * ends.
     */
    private void watchForClose(EndPoint endPoint, Client client) {
        endPoint.tryFillInterested(Callback.from(
                () -> {
                    try {
                        int read = endPoint.fill(BufferUtil.allocate(64));
                        if (read == 0 && !client.ended().get()) {
                            watchForClose(endPoint, client); // woken without data: keep watching
                        } else {
                            drop(client, new EofException("the browser closed the event stream"));
                        }
                    } catch (IOException e) {
                        drop(client, e);
                    }
                },
                failure -> drop(client, failure)));
    }

    int clientCount() {
        return clients.size();
    }

    void reload() {
        lastProblems = "";
        broadcast("event: reload\ndata: reload\n\n");
    }

    /**
     * @param language the editor's language (the notice's {@code lang}), sent as the first line
     * @param heading  what the notice says above the problems, the second line
     */
    void problems(String language, String heading, List<String> problems) {
        List<String> lines = new java.util.ArrayList<>(List.of(language, heading));
        lines.addAll(problems);
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

    /** Writes synchronously, one write per stream at a time (Jetty allows no overlap); a gone browser is dropped. */
    private void send(Client client, String event) {
        synchronized (client) {
            if (client.ended().get()) {
                return;
            }
            FutureCallback written = new FutureCallback();
            client.response().write(false, ByteBuffer.wrap(event.getBytes(StandardCharsets.UTF_8)), written);
            try {
                written.get(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                drop(client, e);
            } catch (Exception gone) {
                drop(client, gone);
            }
        }
    }

    /** Ends a stream normally, after any write to it in progress. */
    private static void finish(Client client) {
        synchronized (client) {
            client.end(null);
        }
    }

    private void drop(Client client, Throwable failure) {
        clients.remove(client);
        client.end(failure);
    }

    /** Ends every stream and the heartbeat. */
    @Override
    public void close() {
        heartbeat.shutdownNow();
        Client client;
        while ((client = clients.pollFirst()) != null) {
            finish(client);
        }
    }
}
