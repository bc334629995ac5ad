package io.github.postmortems.jira;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Jira's error body, {@code {"errorMessages":[...],"errors":{"duedate":"Field 'duedate' cannot be set..."}}}: messages
 * about the request as a whole, and messages per field id. Shown to users per row.
 */
public record JiraErrors(List<String> messages, Map<String, String> fieldErrors) {

    private static final int RAW_BODY_SHOWN = 200;

    public JiraErrors {
        messages = List.copyOf(messages);
        fieldErrors = Map.copyOf(new LinkedHashMap<>(fieldErrors));
    }

    public static JiraErrors none() {
        return new JiraErrors(List.of(), Map.of());
    }

    public static JiraErrors message(String message) {
        return new JiraErrors(List.of(message), Map.of());
    }

    /**
     * Reads an error body. Anything that is not Jira's error JSON (an HTML error page from a proxy, an empty body)
     * becomes one message with the start of the body, so the user still sees what came back.
     */
    public static JiraErrors parse(String body) {
        if (body == null || body.isBlank()) {
            return none();
        }
        try {
            JsonElement root = Json.parseBounded(body);
            if (root.isJsonObject() && (root.getAsJsonObject().has("errorMessages")
                    || root.getAsJsonObject().has("errors"))) {
                return fromJson(root.getAsJsonObject());
            }
        } catch (JsonParseException | IllegalStateException e) {
            // not JSON: fall through and show the body itself
        }
        String shown = body.strip();
        return message(shown.length() > RAW_BODY_SHOWN ? shown.substring(0, RAW_BODY_SHOWN) + "…" : shown);
    }

    private static JiraErrors fromJson(JsonObject root) {
        List<String> messages = new ArrayList<>();
        if (root.get("errorMessages") != null && root.get("errorMessages").isJsonArray()) {
            root.getAsJsonArray("errorMessages").forEach(m -> messages.add(Json.text(m)));
        }
        Map<String, String> fields = new LinkedHashMap<>();
        if (root.get("errors") != null && root.get("errors").isJsonObject()) {
            root.getAsJsonObject("errors").entrySet().forEach(e -> fields.put(e.getKey(), Json.text(e.getValue())));
        }
        return new JiraErrors(messages, fields);
    }

    public Optional<String> forField(String fieldId) {
        return Optional.ofNullable(fieldErrors.get(fieldId));
    }

    public boolean isEmpty() {
        return messages.isEmpty() && fieldErrors.isEmpty();
    }

    /** One line for a person: the messages, then each field's message. */
    public String describe() {
        List<String> parts = new ArrayList<>(messages);
        fieldErrors.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> parts.add(e.getKey() + ": " + e.getValue()));
        return parts.isEmpty() ? "no reason given" : String.join("; ", parts);
    }
}
