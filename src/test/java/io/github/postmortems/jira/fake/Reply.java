package io.github.postmortems.jira.fake;

import java.util.Map;

/** What the fake answers: status, headers, body. */
record Reply(int status, Map<String, String> headers, String body) {

    static Reply json(int status, String body) {
        return new Reply(status, Map.of("Content-Type", "application/json;charset=UTF-8"), body);
    }

    static Reply errors(int status, String message) {
        return json(status, Fault.errors(message, Map.of()));
    }

    static Reply fieldErrors(Map<String, String> byField) {
        return json(400, Fault.errors(null, byField));
    }
}
