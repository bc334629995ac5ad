package io.github.postmortems.jira;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Talks to Jira at a base URL with a personal access token (Jira DC 8.14+: {@code Authorization: Bearer <token>}),
 * over the JDK's HTTP client. Redirects are not followed: Jira's REST API does not redirect, a login page does.
 */
public final class TokenTransport implements JiraTransport {

    private final String baseUrl;
    private final String token;
    private final Timeouts timeouts;
    private final HttpClient http;

    public TokenTransport(URI baseUrl, String token, Timeouts timeouts) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (!"https".equals(baseUrl.getScheme()) && !"http".equals(baseUrl.getScheme())) {
            throw new IllegalArgumentException("Jira's base URL must be http(s): " + baseUrl);
        }
        if (token == null || token.isBlank() || token.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("A personal access token is one word without spaces");
        }
        this.baseUrl = baseUrl.toString().replaceAll("/+$", "");
        this.token = token;
        this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeouts.connect())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public JiraResponse send(JiraRequest request) throws JiraUnavailable {
        HttpRequest.Builder http = HttpRequest.newBuilder(URI.create(baseUrl + request.pathAndQuery()))
                .timeout(timeouts.request())
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        request.jsonBody().ifPresentOrElse(
                json -> http.header("Content-Type", "application/json; charset=UTF-8")
                        .method(request.method().name(), HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)),
                () -> http.method(request.method().name(), HttpRequest.BodyPublishers.noBody()));
        try {
            HttpResponse<String> answer = this.http.send(http.build(), info -> new CappedBody(JiraResponse.MAX_BODY_BYTES));
            return new JiraResponse(answer.statusCode(), answer.headers().map(), answer.body());

        } catch (HttpConnectTimeoutException e) {
            throw new JiraUnavailable("Could not connect to Jira at " + baseUrl + " within "
                    + timeouts.connect().toMillis() + " ms", Delivery.NOT_SENT, e);
        } catch (ConnectException e) {
            throw new JiraUnavailable("Could not connect to Jira at " + baseUrl + ": " + e, Delivery.NOT_SENT, e);
        } catch (HttpTimeoutException e) {
            throw new JiraUnavailable("Jira did not answer " + request + " within "
                    + timeouts.request().toMillis() + " ms", Delivery.OUTCOME_UNKNOWN, e);
        } catch (IOException e) {
            if (tooLarge(e)) {
                throw new JiraUnavailable("Jira's answer to " + request + " is larger than "
                        + JiraResponse.MAX_BODY_BYTES / 1024 / 1024 + " MB: not what Jira sends", Delivery.OUTCOME_UNKNOWN, e);
            }
            throw new JiraUnavailable("The connection to Jira broke during " + request + ": " + e,
                    Delivery.OUTCOME_UNKNOWN, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JiraUnavailable("Interrupted while waiting for Jira to answer " + request,
                    Delivery.OUTCOME_UNKNOWN, e);
        }
    }

    /** The HTTP client wraps what the body subscriber failed with. */
    private static boolean tooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLarge) {
                return true;
            }
        }
        return false;
    }

    /** An answer larger than the cap: thrown through the HTTP client, which stops reading. */
    static final class BodyTooLarge extends IOException {

        private static final long serialVersionUID = 1L;

        BodyTooLarge(long cap) {
            super("answer larger than " + cap + " bytes");
        }
    }

    /** Collects the body as UTF-8 text up to a cap, cancelling the stream as soon as the cap is passed. */
    private static final class CappedBody implements HttpResponse.BodySubscriber<String> {

        private final CompletableFuture<String> body = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final int cap;
        private Flow.Subscription subscription;

        CappedBody(int cap) {
            this.cap = cap;
        }

        @Override
        public CompletionStage<String> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                if (body.isDone()) {
                    return;
                }
                if ((long) bytes.size() + buffer.remaining() > cap) {
                    subscription.cancel();
                    body.completeExceptionally(new BodyTooLarge(cap));
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable failure) {
            body.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            body.complete(bytes.toString(StandardCharsets.UTF_8));
        }
    }
}
