package io.github.paperdigest.internal.fetch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.paperdigest.fetch.RetryPolicy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One GET of the API that must yield a JSON array of entries, tried again as the retry policy says
 * on answers that may well succeed later: 408, 429, 5xx, an I/O error, a timeout, a body cut short
 * or unreadable. Other statuses (404, 400...) fail at once.
 */
final class RetryingGet {

    /** A day's page is 1 to 3 MB; anything near this is not an answer we want. */
    static final long MAX_BODY_BYTES = 64L << 20;

    private static final String USER_AGENT = UserAgent.value();

    private final HttpClient http;
    private final Duration requestTimeout;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final Clock clock;

    RetryingGet(HttpClient http, Duration requestTimeout, RetryPolicy policy, Sleeper sleeper, Clock clock) {
        this.http = http;
        this.requestTimeout = requestTimeout;
        this.policy = policy;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    /** The entries at {@code uri}, each an object. */
    List<JsonNode> entries(URI uri) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            Attempt result = attempt(uri);
            if (result.entries() != null) {
                return result.entries();
            }
            if (!result.retryable()) {
                throw new IOException(result.problem() + " from " + uri);
            }
            if (attempt >= policy.maxAttempts()) {
                throw new IOException("gave up after " + attempt + (attempt == 1 ? " attempt" : " attempts")
                        + ", the last one: " + result.problem() + " from " + uri);
            }
            int retry = attempt;
            sleeper.sleep(result.retryAfter().map(policy::retryAfter).orElseGet(() -> policy.backoff(retry)));
        }
    }

    /** The entries, or why there are none, whether trying again makes sense, and how long the server asked to wait. */
    private record Attempt(List<JsonNode> entries, String problem, boolean retryable, Optional<Duration> retryAfter) {

        static Attempt failed(String problem) {
            return new Attempt(null, problem, true, Optional.empty());
        }
    }

    private Attempt attempt(URI uri) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(requestTimeout)
                .header("User-Agent", USER_AGENT)
                .header("Accept", "application/json")
                .GET()
                .build();
        CompletableFuture<HttpResponse<byte[]>> future = http.sendAsync(request,
                LimitedBody.handler(MAX_BODY_BYTES));
        HttpResponse<byte[]> response;
        try {
            // The request's own timeout ends with the headers; this one also covers a body that stalls.
            response = future.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return Attempt.failed("no complete answer within " + seconds(requestTimeout));
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return Attempt.failed(cause instanceof HttpTimeoutException
                    ? "no answer within " + seconds(requestTimeout)
                    : "the connection failed: " + describe(cause));
        }
        int status = response.statusCode();
        if (status == 200) {
            return entriesOf(response.body());
        }
        boolean retryable = status == 408 || status == 429 || status >= 500 && status <= 599;
        return new Attempt(null, "HTTP " + status, retryable,
                RetryAfter.parse(response.headers().firstValue("Retry-After"), clock.instant()));
    }

    private static Attempt entriesOf(byte[] body) {
        JsonNode answer;
        try {
            answer = JsonTrees.readAnswer(body);
        } catch (JsonProcessingException e) {
            return Attempt.failed("the answer is not JSON (cut short?): "
                    + String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse(""));
        } catch (IOException e) {
            return Attempt.failed("the answer could not be read: " + describe(e));
        }
        if (!answer.isArray()) {
            return Attempt.failed("the answer is " + JsonTrees.kindOf(answer) + ", not a list of entries");
        }
        List<JsonNode> entries = new ArrayList<>();
        for (JsonNode entry : answer) {
            if (!entry.isObject()) {
                return Attempt.failed("entry " + entries.size() + " of the answer is " + JsonTrees.kindOf(entry)
                        + ", not an object");
            }
            entries.add(entry);
        }
        return new Attempt(entries, null, false, Optional.empty());
    }

    private static String describe(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
