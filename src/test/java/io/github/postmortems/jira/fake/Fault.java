package io.github.postmortems.jira.fake;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import java.time.Duration;
import java.util.Map;

/**
 * Something the fake Jira does instead of (or after) answering normally. {@link Answer} faults stand in for Jira or a
 * proxy refusing the request: nothing happens to Jira's state. {@link ResetAfterCommit}, {@link Slow} and
 * {@link MalformedJson} do the work first and then fail to tell the client: the cases where a create may have
 * happened although the client saw an error.
 */
public sealed interface Fault {

    /** Answer with this status, headers and body without doing anything. */
    record Answer(int status, Map<String, String> headers, String body) implements Fault {
    }

    /** Close the connection without answering, before doing anything. */
    record Reset() implements Fault {
    }

    /** Do the work (create the issue), then close the connection without answering. */
    record ResetAfterCommit() implements Fault {
    }

    /** Do the work, then wait this long before answering: past the client's timeout, it never hears back. */
    record Slow(Duration delay) implements Fault {
    }

    /** Do the work, then answer 200 with a body that is not JSON (a proxy's error page, a truncated answer). */
    record MalformedJson(String body) implements Fault {
    }

    static Fault status(int status) {
        return new Answer(status, Map.of(), errors("Fault injected: " + status, Map.of()));
    }

    /** 429 with {@code Retry-After} as given (seconds, or an HTTP date). */
    static Fault rateLimited(String retryAfter) {
        return new Answer(429, Map.of("Retry-After", retryAfter), errors("Rate limit exceeded.", Map.of()));
    }

    static Fault rateLimitedWithoutRetryAfter() {
        return new Answer(429, Map.of(), errors("Rate limit exceeded.", Map.of()));
    }

    static Fault fieldErrors(Map<String, String> byField) {
        return new Answer(400, Map.of(), errors(null, byField));
    }

    static Fault unauthorized() {
        return new Answer(401, Map.of(), errors("You are not authenticated. Authentication required to perform "
                + "this operation.", Map.of()));
    }

    static Fault forbidden() {
        return new Answer(403, Map.of(), errors("You do not have the permission to see the specified issue.",
                Map.of()));
    }

    static Fault htmlFrom(int status) {
        return new Answer(status, Map.of("Content-Type", "text/html"),
                "<html><body><h1>" + status + " Bad Gateway</h1>nginx</body></html>");
    }

    static Fault reset() {
        return new Reset();
    }

    static Fault resetAfterCommit() {
        return new ResetAfterCommit();
    }

    static Fault slow(Duration delay) {
        return new Slow(delay);
    }

    static Fault malformedJson() {
        return new MalformedJson("{\"id\":\"100\",\"key\":\"OPS-");
    }

    static String errors(String message, Map<String, String> byField) {
        JsonObject body = new JsonObject();
        JsonArray messages = new JsonArray();
        if (message != null) {
            messages.add(message);
        }
        body.add("errorMessages", messages);
        JsonObject fields = new JsonObject();
        byField.forEach(fields::addProperty);
        body.add("errors", fields);
        return body.toString();
    }
}
