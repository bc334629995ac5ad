package io.github.postmortems.jira;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.github.postmortems.text.JsonNesting;

import java.util.Optional;

/** Reading Jira's JSON without letting a Gson exception escape: anything unexpected is a broken answer. */
final class Json {

    private Json() {
    }

    static JsonObject object(JiraResponse response, String what) throws JiraUnavailable {
        JsonElement root = parse(response, what);
        if (!root.isJsonObject()) {
            throw unreadable(what, "expected a JSON object");
        }
        return root.getAsJsonObject();
    }

    static JsonElement parse(JiraResponse response, String what) throws JiraUnavailable {
        try {
            JsonElement root = parseBounded(response.body());
            if (root.isJsonNull()) {
                throw unreadable(what, "empty body");
            }
            return root;
        } catch (JsonParseException | IllegalStateException e) {
            throw new JiraUnavailable("Jira's answer to " + what + " is not JSON (a proxy in between?): "
                    + e.getMessage(), Delivery.OUTCOME_UNKNOWN, e);
        }
    }

    /** Jira's answers nest about ten deep; anything past this is not Jira, and reading it would only cost memory. */
    static final int MAX_DEPTH = 64;

    /** Parses JSON after a linear check that it nests no deeper than {@link #MAX_DEPTH}. */
    static JsonElement parseBounded(String body) {
        if (JsonNesting.deeperThan(body, MAX_DEPTH)) {
            throw new JsonParseException("nested deeper than " + MAX_DEPTH + " levels");
        }
        return JsonParser.parseString(body);
    }

    static JiraUnavailable unreadable(String what, String detail) {
        return new JiraUnavailable("Jira's answer to " + what + " is not what Jira sends: " + detail,
                Delivery.OUTCOME_UNKNOWN);
    }

    /** The string at a path of member names, if every step is present and not null. */
    static Optional<String> string(JsonObject object, String... path) {
        JsonElement at = object;
        for (String name : path) {
            if (at == null || !at.isJsonObject()) {
                return Optional.empty();
            }
            at = at.getAsJsonObject().get(name);
        }
        if (at == null || at.isJsonNull() || !at.isJsonPrimitive()) {
            return Optional.empty();
        }
        return Optional.of(at.getAsString());
    }

    /** A whole number at a path; empty when absent, unreadable when present but not a number. */
    static Optional<Long> number(JsonObject object, String... path) throws JiraUnavailable {
        Optional<String> text = string(object, path);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(text.get()));
        } catch (NumberFormatException e) {
            throw unreadable("a search", String.join(".", path) + " is not a number: " + text.get());
        }
    }

    static String text(JsonElement element) {
        return element == null || element.isJsonNull() ? ""
                : element.isJsonPrimitive() ? element.getAsString() : element.toString();
    }
}
