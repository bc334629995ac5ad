package io.github.postmortems.jira;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

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
            HttpResponse<String> answer = this.http.send(http.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
            throw new JiraUnavailable("The connection to Jira broke during " + request + ": " + e,
                    Delivery.OUTCOME_UNKNOWN, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JiraUnavailable("Interrupted while waiting for Jira to answer " + request,
                    Delivery.OUTCOME_UNKNOWN, e);
        }
    }
}
