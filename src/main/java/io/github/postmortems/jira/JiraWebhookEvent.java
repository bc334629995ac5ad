package io.github.postmortems.jira;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import java.util.Optional;

/**
 * What a Jira webhook told us: an issue changed (with its state after the change) or was deleted. Jira Server/DC
 * posts the issue in the same shape as its REST API, so the same reader reads it.
 */
public sealed interface JiraWebhookEvent {

    record Updated(IssueSnapshot issue) implements JiraWebhookEvent {
    }

    record Deleted(io.github.postmortems.postmortem.IssueKey key) implements JiraWebhookEvent {
    }

    /** An event of another kind, or one about something that is not an issue: acknowledged and ignored. */
    record Ignored(String webhookEvent) implements JiraWebhookEvent {
    }

    /**
     * Reads a webhook body. Empty when it is not a webhook payload at all (not JSON, no event name): the caller
     * answers 400 and stores nothing.
     */
    static Optional<JiraWebhookEvent> parse(String body) {
        JsonObject root;
        try {
            JsonElement element = JsonParser.parseString(body == null ? "" : body);
            if (!element.isJsonObject()) {
                return Optional.empty();
            }
            root = element.getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            return Optional.empty();
        }
        JsonElement name = root.get("webhookEvent");
        if (name == null || !name.isJsonPrimitive()) {
            return Optional.empty();
        }
        String event = name.getAsString();
        JsonElement issue = root.get("issue");
        if (issue == null || !issue.isJsonObject()) {
            return Optional.of(new Ignored(event));
        }
        try {
            return switch (event) {
                case "jira:issue_updated", "jira:issue_created" ->
                        Optional.of(new Updated(IssueSnapshotReader.read(issue)));
                case "jira:issue_deleted" -> Optional.of(new Deleted(IssueSnapshotReader.read(issue).key()));
                default -> Optional.of(new Ignored(event));
            };
        } catch (JiraUnavailable unreadable) {
            return Optional.empty();
        }
    }
}
