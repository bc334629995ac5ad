package io.github.postmortems.jira;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** What Jira answered: the status, the headers (names compared without case), and the body as text. */
public record JiraResponse(int status, Map<String, List<String>> headers, String body) {

    /** The largest answer read from Jira: ours (a page of 100 issues, a few fields each) are well under a megabyte. */
    public static final int MAX_BODY_BYTES = 8 * 1024 * 1024;

    public JiraResponse {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("Not an HTTP status: " + status);
        }
        TreeMap<String, List<String>> caseless = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> caseless.put(name, List.copyOf(values)));
        headers = java.util.Collections.unmodifiableMap(caseless);
        body = body == null ? "" : body;
    }

    public static JiraResponse of(int status, String body) {
        return new JiraResponse(status, Map.of(), body);
    }

    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
