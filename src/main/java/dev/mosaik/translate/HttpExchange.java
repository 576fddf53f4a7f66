package dev.mosaik.translate;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * One JSON POST to a translation service, with the retries every such service asks for: on 429 (too many
 * requests) and 5xx the request is repeated after a growing pause (or the one the service names in
 * {@code Retry-After}), a bounded number of times. Every other outcome is an answer or a {@link TranslationFailure}
 * with one line saying what happened.
 */
final class HttpExchange {

    /** Waits between attempts; tests pass one that only records the pauses. */
    interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    /**
     * @param attempts how many times a request is sent at most
     * @param timeout  how long one answer may take
     * @param firstWait the pause after the first failed attempt, doubled after each further one
     * @param maxWait  the longest pause, also for a service's {@code Retry-After}
     */
    record Policy(int attempts, Duration timeout, Duration firstWait, Duration maxWait) {
        static final Policy DEFAULT =
                new Policy(4, Duration.ofSeconds(60), Duration.ofSeconds(1), Duration.ofSeconds(30));
    }

    /** An answer with a status the caller interprets (2xx, or a 4xx the protocol defines). */
    record Answer(int status, String body) {}

    private final HttpClient client;
    private final Policy policy;
    private final Pause pause;
    private final String service;

    HttpExchange(String service, Policy policy, Pause pause) {
        this.service = service;
        this.policy = policy;
        this.pause = pause;
        this.client = HttpClient.newBuilder()
                .connectTimeout(policy.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    Answer post(URI uri, String json, Map<String, String> headers) throws TranslationFailure {
        return send(uri, Optional.of(json), headers);
    }

    Answer get(URI uri, Map<String, String> headers) throws TranslationFailure {
        return send(uri, Optional.empty(), headers);
    }

    /**
     * A POST of {@code json}, or a GET without it; sent again, after a growing pause, while the service answers
     * 429 or 5xx.
     */
    private Answer send(URI uri, Optional<String> json, Map<String, String> headers) throws TranslationFailure {
        HttpRequest request = request(uri, json, headers);
        Duration wait = policy.firstWait();
        Answer last = null;
        for (int attempt = 1; attempt <= policy.attempts(); attempt++) {
            HttpResponse<String> response = exchange(uri, request);
            last = new Answer(response.statusCode(), response.body());
            boolean retry = response.statusCode() == 429 || response.statusCode() >= 500;
            if (!retry || attempt == policy.attempts()) {
                break;
            }
            Duration pauseFor = retryAfter(response).orElse(wait);
            try {
                pause.sleep(pauseFor.compareTo(policy.maxWait()) > 0 ? policy.maxWait() : pauseFor);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TranslationFailure("interrupted while waiting for " + service);
            }
            wait = wait.multipliedBy(2).compareTo(policy.maxWait()) > 0 ? policy.maxWait() : wait.multipliedBy(2);
        }
        if (last.status() == 429) {
            throw new TranslationFailure(service + " still answers 'too many requests' (HTTP 429) after "
                    + policy.attempts() + " tries; " + "try again later");
        }
        if (last.status() >= 500) {
            throw new TranslationFailure(
                    service + " failed (HTTP " + last.status() + ") " + policy.attempts() + " times; try again later");
        }
        return last;
    }

    /** A POST of {@code json}, or a GET without it, asking for JSON. */
    private HttpRequest request(URI uri, Optional<String> json, Map<String, String> headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).timeout(policy.timeout()).header("Accept", "application/json");
        if (json.isPresent()) {
            request.header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(json.get(), StandardCharsets.UTF_8));
        } else {
            request.GET();
        }
        headers.forEach(request::header);
        return request.build();
    }

    /** One attempt; a connection that fails is told as what the editor can do about it, never retried. */
    private HttpResponse<String> exchange(URI uri, HttpRequest request) throws TranslationFailure {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new TranslationFailure(service + " at " + origin(uri) + " did not answer within "
                    + duration(policy.timeout()) + "; try again later");
        } catch (ConnectException e) {
            throw new TranslationFailure("cannot reach " + service + " at " + origin(uri) + " (" + reason(e)
                    + "); check translation.url in " + "site.yaml and the network");
        } catch (IOException e) {
            throw new TranslationFailure(
                    "the connection to " + service + " at " + origin(uri) + " failed: " + reason(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TranslationFailure("interrupted while waiting for " + service);
        }
    }

    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(value -> {
            try {
                return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip()))));
            } catch (NumberFormatException e) {
                return Optional.empty(); // an HTTP date: the growing pause will do
            }
        });
    }

    private static String duration(Duration duration) {
        return duration.toMillis() < 1000 ? duration.toMillis() + " ms" : duration.toSeconds() + " s";
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The start of an answer body, on one line, for messages about garbage. */
    static String excerpt(String body) {
        String line = body.strip().replaceAll("\\s+", " ");
        return line.isEmpty()
                ? "an empty answer"
                : "'" + (line.length() > 60 ? line.substring(0, 60) + "…" : line) + "'";
    }
}
