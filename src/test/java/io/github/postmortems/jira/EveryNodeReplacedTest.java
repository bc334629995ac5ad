package io.github.postmortems.jira;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every member anywhere in the DC 9 webhook payload, in turn, left out or replaced by each JSON shape: the webhook
 * still reads as a hint or as no payload, and the issue reads or is refused as a Jira answer, never with another
 * exception. Only the key and the status name may make the issue unreadable.
 */
class EveryNodeReplacedTest {

    private static final List<Optional<JsonElement>> SHAPES = List.of(Optional.empty(), Optional.of(JsonNull.INSTANCE),
            Optional.of(new JsonPrimitive("")), Optional.of(new JsonPrimitive(" ")), Optional.of(new JsonPrimitive(-1)),
            Optional.of(new JsonPrimitive(1.5e300)), Optional.of(new JsonPrimitive(true)), Optional.of(new JsonArray()),
            Optional.of(new JsonObject()), Optional.of(new JsonPrimitive("2026-13-45")));
    /** Paths without which an issue is not one: refused as an answer Jira would not give. */
    private static final Set<String> REQUIRED = Set.of("issue.key", "issue.fields.status", "issue.fields.status.name",
            "issue", "issue.fields");

    @Test
    void everyMemberOfTheIssueInEveryShapeReadsOrIsRefusedAsAnAnswer() {
        int read = 0;
        for (String path : paths(JiraPayloads.webhook().getAsJsonObject("issue"), "issue")) {
            for (Optional<JsonElement> shape : SHAPES) {
                JsonObject payload = JiraPayloads.webhook();
                replace(payload, path, shape);
                try {
                    IssueSnapshotReader.read(payload.get("issue"));
                    read++;
                } catch (JiraUnavailable refused) {
                    assertTrue(REQUIRED.stream().anyMatch(path::equals), path + " as " + shape + ": " + refused);
                } catch (RuntimeException e) {
                    fail(path + " as " + shape + " threw " + e, e);
                }
            }
        }
        assertTrue(read > 500, "most shapes read: " + read);
    }

    @Test
    void everyMemberOfThePayloadInEveryShapeIsAHintOrNoPayload() {
        for (String path : paths(JiraPayloads.webhook(), "")) {
            for (Optional<JsonElement> shape : SHAPES) {
                JsonObject payload = JiraPayloads.webhook();
                replace(payload, path, shape);
                Optional<JiraWebhookEvent> event = JiraWebhookEvent.parse(payload.toString());
                if (!Set.of("webhookEvent", "issue", "issue.key").contains(path)) {
                    assertTrue(event.isPresent(), path + " as " + shape);
                }
                if (!path.startsWith("issue") && !path.equals("webhookEvent")) {
                    assertEquals("OPS-131", ((JiraWebhookEvent.IssueChanged) event.orElseThrow()).key().toString(),
                            path + " as " + shape);
                }
            }
        }
    }

    /** Every member's dotted path (array elements by index), walked with a list rather than recursion. */
    private static List<String> paths(JsonObject root, String prefix) {
        List<String> paths = new ArrayList<>();
        List<Object[]> open = new ArrayList<>();
        open.add(new Object[] {prefix, root});
        while (!open.isEmpty()) {
            Object[] next = open.remove(open.size() - 1);
            String at = (String) next[0];
            JsonElement element = (JsonElement) next[1];
            if (!at.isEmpty()) {
                paths.add(at);
            }
            if (element.isJsonObject()) {
                element.getAsJsonObject().entrySet().forEach(e ->
                        open.add(new Object[] {at.isEmpty() ? e.getKey() : at + "." + e.getKey(), e.getValue()}));
            } else if (element.isJsonArray()) {
                JsonArray array = element.getAsJsonArray();
                for (int i = 0; i < array.size(); i++) {
                    open.add(new Object[] {at + "." + i, array.get(i)});
                }
            }
        }
        return paths;
    }

    private static void replace(JsonObject root, String path, Optional<JsonElement> shape) {
        String[] steps = path.split("\\.");
        JsonElement parent = root;
        for (int i = 0; i < steps.length - 1; i++) {
            parent = parent.isJsonObject() ? parent.getAsJsonObject().get(steps[i])
                    : parent.getAsJsonArray().get(Integer.parseInt(steps[i]));
        }
        String last = steps[steps.length - 1];
        if (parent.isJsonObject()) {
            if (shape.isEmpty()) {
                parent.getAsJsonObject().remove(last);
            } else {
                parent.getAsJsonObject().add(last, shape.get().deepCopy());
            }
        } else {
            JsonArray array = parent.getAsJsonArray();
            if (shape.isEmpty()) {
                array.remove(Integer.parseInt(last));
            } else {
                array.set(Integer.parseInt(last), shape.get().deepCopy());
            }
        }
    }
}
