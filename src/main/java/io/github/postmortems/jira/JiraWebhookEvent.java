package io.github.postmortems.jira;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import io.github.postmortems.postmortem.IssueKey;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a Jira webhook told us, read as a hint only: which issue changed. Nothing else in the body is believed (a
 * forged, late or replayed event must not set a status), so the body is stream-read for the event name and the
 * issue key, and the rest is skipped without being held. Jira Server/DC posts the issue as its REST API shows it.
 */
public sealed interface JiraWebhookEvent {

    /** Deeper than any Jira payload nests (issue, fields, a custom field's value, its children): refused beyond. */
    int MAX_DEPTH = 64;

    /** Jira says this issue was created, updated or deleted: worth re-reading if we track it. */
    record IssueChanged(String webhookEvent, IssueKey key) implements JiraWebhookEvent {
    }

    /** An event of another kind, or one about something that is not an issue: acknowledged and ignored. */
    record Ignored(String webhookEvent) implements JiraWebhookEvent {
    }

    /**
     * Reads a webhook body as a stream. Empty when it is not a webhook payload at all (not JSON, no event name, an
     * issue without a key, nested deeper than {@link #MAX_DEPTH}): the caller answers 400. A bounded stream's
     * {@link BoundedInput.TooLarge} passes through, for a 413.
     */
    static Optional<JiraWebhookEvent> read(InputStream body) throws BoundedInput.TooLarge {
        JsonReader json = new JsonReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        String event = null;
        boolean aboutIssue = false;
        Optional<IssueKey> key = Optional.empty();
        try {
            if (json.peek() != JsonToken.BEGIN_OBJECT) {
                return Optional.empty();
            }
            json.beginObject();
            while (json.hasNext()) {
                String name = json.nextName();
                if (name.equals("webhookEvent") && json.peek() == JsonToken.STRING) {
                    event = json.nextString();
                } else if (name.equals("issue") && json.peek() == JsonToken.BEGIN_OBJECT) {
                    aboutIssue = true;
                    key = issueKey(json);
                } else {
                    skip(json, 1);
                }
            }
            json.endObject();
        } catch (BoundedInput.TooLarge tooLarge) {
            throw tooLarge;
        } catch (IOException | IllegalStateException | NumberFormatException unreadable) {
            // Malformed JSON (nesting past the limit too) and a dropped connection are IOExceptions: not a payload.
            return Optional.empty();
        }
        if (event == null) {
            return Optional.empty();
        }
        if (!aboutIssue) {
            return Optional.of(new Ignored(event));
        }
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return switch (event) {
            case "jira:issue_updated", "jira:issue_created", "jira:issue_deleted" ->
                    Optional.of(new IssueChanged(event, key.get()));
            default -> Optional.of(new Ignored(event));
        };
    }

    /** {@link #read(InputStream)} over text already in memory (tests, samples). */
    static Optional<JiraWebhookEvent> parse(String body) {
        try {
            return read(new ByteArrayInputStream((body == null ? "" : body).getBytes(StandardCharsets.UTF_8)));
        } catch (BoundedInput.TooLarge unbounded) {
            throw new IllegalStateException("an unbounded stream cannot be too large", unbounded);
        }
    }

    /** The issue's {@code key}, skipping its fields; empty when it has none or it is not an issue key. */
    private static Optional<IssueKey> issueKey(JsonReader json) throws IOException {
        Optional<IssueKey> key = Optional.empty();
        json.beginObject();
        while (json.hasNext()) {
            if (json.nextName().equals("key") && json.peek() == JsonToken.STRING) {
                key = IssueKey.parse(json.nextString());
            } else {
                skip(json, 2);
            }
        }
        json.endObject();
        return key;
    }

    /**
     * Skips the next value without recursion and without building it, refusing to open more than
     * {@link #MAX_DEPTH} levels in all ({@code depth} are open already).
     */
    private static void skip(JsonReader json, int depth) throws IOException {
        int open = 0;
        do {
            switch (json.peek()) {
                case BEGIN_OBJECT -> {
                    checkDepth(depth + ++open);
                    json.beginObject();
                }
                case BEGIN_ARRAY -> {
                    checkDepth(depth + ++open);
                    json.beginArray();
                }
                case END_OBJECT -> {
                    json.endObject();
                    open--;
                }
                case END_ARRAY -> {
                    json.endArray();
                    open--;
                }
                case NAME -> json.nextName();
                default -> json.skipValue();
            }
        } while (open > 0);
    }

    private static void checkDepth(int depth) throws MalformedJsonException {
        if (depth > MAX_DEPTH) {
            throw new MalformedJsonException("nested deeper than " + MAX_DEPTH);
        }
    }
}
