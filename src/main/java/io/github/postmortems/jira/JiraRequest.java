package io.github.postmortems.jira;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One call to Jira's REST API, independent of how it is carried: method, path relative to Jira's base URL (with its
 * query, already encoded), an optional JSON body, and whether repeating it is harmless.
 */
public record JiraRequest(Method method, String pathAndQuery, Optional<String> jsonBody, Idempotency idempotency) {

    public enum Method { GET, POST, PUT, DELETE }

    public JiraRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(jsonBody, "jsonBody");
        Objects.requireNonNull(idempotency, "idempotency");
        if (pathAndQuery == null || !pathAndQuery.startsWith("/rest/")) {
            throw new IllegalArgumentException("A Jira REST path starts with /rest/: " + pathAndQuery);
        }
        if (method == Method.GET && jsonBody.isPresent()) {
            throw new IllegalArgumentException("A GET carries no body: " + pathAndQuery);
        }
    }

    public static JiraRequest get(String path) {
        return new JiraRequest(Method.GET, path, Optional.empty(), Idempotency.SAFE);
    }

    /** A GET with query parameters, encoded here so callers pass plain values. */
    public static JiraRequest get(String path, Map<String, String> query) {
        String encoded = query.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return get(encoded.isEmpty() ? path : path + "?" + encoded);
    }

    public static JiraRequest post(String path, String json, Idempotency idempotency) {
        return new JiraRequest(Method.POST, path, Optional.of(json), idempotency);
    }

    public boolean isSafeToRepeat() {
        return idempotency == Idempotency.SAFE;
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return method + " " + pathAndQuery;
    }
}
