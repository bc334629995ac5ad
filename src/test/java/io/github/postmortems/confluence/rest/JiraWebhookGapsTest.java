package io.github.postmortems.confluence.rest;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.github.postmortems.jira.Assignee;
import io.github.postmortems.jira.IssueSnapshot;
import io.github.postmortems.jira.JiraPayloads;
import io.github.postmortems.jira.TrackedIssue;
import io.github.postmortems.jira.WebhookHints;
import io.github.postmortems.jira.fake.FakeJira;
import io.github.postmortems.jira.memory.InMemoryTrackedIssues;
import io.github.postmortems.postmortem.IssueKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import javax.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Jira DC webhooks whose issue has gaps (an optional field left out, null, blank or of another type) are accepted and
 * the issue they name is re-read with the rest of its fields; a body that is not a webhook at all is a 400, never a
 * 500.
 */
class JiraWebhookGapsTest {

    private static final String SECRET = WebhookRig.SECRET;

    private FakeJira jira;
    private InMemoryTrackedIssues tracked;
    private WebhookHints hints;
    private JiraWebhookResource webhook;
    private String key;

    private WebhookRig rig;

    @BeforeEach
    void trackOneIssue() {
        rig = new WebhookRig("Alert on replica lag above 30 s", "3f2a9c41d0e7b865", Duration.ofSeconds(5));
        jira = rig.jira;
        key = rig.key;
        jira.transition(key, "Done");
        tracked = rig.tracked;
        hints = rig.hints;
        webhook = rig.webhook;
    }

    @AfterEach
    void stopJira() {
        rig.close();
    }

    static List<JiraPayloads.Gap> gaps() {
        return JiraPayloads.gaps();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gaps")
    void aWebhookWithTheGapIsAcceptedAndTheIssueIsRereadWithTheRestOfItsFields(JiraPayloads.Gap gap) {
        JsonObject payload = JiraPayloads.webhook();
        JsonObject issue = payload.getAsJsonObject("issue");
        issue.addProperty("key", key);
        JsonObject fields = issue.getAsJsonObject("fields");
        fields.keySet().forEach(field -> jira.serveField(key, field, fields.get(field)));
        gap.applyTo(fields);
        if (fields.has(gap.field())) {
            jira.serveField(key, gap.field(), fields.get(gap.field()));
        } else {
            jira.omitField(key, gap.field());
        }

        Response answer = receive(payload.toString());
        hints.rereadOneBatch();

        assertEquals(202, answer.getStatus());
        assertEquals("{\"queued\":true}", answer.getEntity());
        IssueSnapshot expected = gap.expected().apply(JiraPayloads.WHOLE);
        TrackedIssue stored = tracked.byKey(IssueKey.parse(key).orElseThrow()).orElseThrow();
        assertNull(stored.lastError(), "the re-read failed");
        assertEquals(expected.statusName(), stored.statusName());
        assertEquals(expected.statusCategory().category(), stored.category());
        assertEquals(expected.assignee().map(Assignee::username).orElse(null), stored.assignee());
        assertEquals(expected.assignee().map(Assignee::displayName).orElse(null), stored.assigneeName());
        assertEquals(expected.dueDate().orElse(null), stored.due());
        assertEquals(expected.resolved().orElse(null), stored.resolvedAt());
    }

    static Stream<Arguments> gapsAroundTheIssue() {
        return Stream.of(
                around("user left out", p -> p.remove("user")),
                around("user null", p -> p.add("user", JsonNull.INSTANCE)),
                around("user a bare name", p -> p.addProperty("user", "mlopez")),
                around("user a number", p -> p.addProperty("user", 42)),
                around("changelog left out", p -> p.remove("changelog")),
                around("changelog null", p -> p.add("changelog", JsonNull.INSTANCE)),
                around("changelog a list", p -> p.add("changelog", new JsonArray())),
                around("changelog items null", p -> p.getAsJsonObject("changelog").add("items", JsonNull.INSTANCE)),
                around("issue_event_type_name left out", p -> p.remove("issue_event_type_name")),
                around("issue_event_type_name a number", p -> p.addProperty("issue_event_type_name", 42)),
                around("timestamp left out", p -> p.remove("timestamp")),
                around("timestamp a string", p -> p.addProperty("timestamp", "yesterday")),
                around("issue.fields left out", p -> p.getAsJsonObject("issue").remove("fields")),
                around("issue.fields null", p -> p.getAsJsonObject("issue").add("fields", JsonNull.INSTANCE)),
                around("issue.fields a string", p -> p.getAsJsonObject("issue").addProperty("fields", "")),
                around("issue.id left out", p -> p.getAsJsonObject("issue").remove("id")),
                around("issue.id a number", p -> p.getAsJsonObject("issue").addProperty("id", 10533)),
                around("issue.self null", p -> p.getAsJsonObject("issue").add("self", JsonNull.INSTANCE)),
                around("issue.key with spaces", p -> p.getAsJsonObject("issue").addProperty("key",
                        " " + p.getAsJsonObject("issue").get("key").getAsString() + " ")));
    }

    private static Arguments around(String name, Consumer<JsonObject> change) {
        return Arguments.of(name, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gapsAroundTheIssue")
    void aGapAroundTheIssueStillQueuesIt(String name, Consumer<JsonObject> change) {
        JsonObject payload = JiraPayloads.webhook();
        payload.getAsJsonObject("issue").addProperty("key", key);
        change.accept(payload);

        Response answer = receive(payload.toString());

        assertEquals(202, answer.getStatus());
        assertEquals("{\"queued\":true}", answer.getEntity());
    }

    static Stream<Arguments> notWebhooks() {
        JsonObject noEvent = JiraPayloads.webhook();
        noEvent.remove("webhookEvent");
        return Stream.of(
                Arguments.of("an empty body", ""),
                Arguments.of("JSON null", "null"),
                Arguments.of("a list", "[]"),
                Arguments.of("a string", "\"jira:issue_updated\""),
                Arguments.of("cut off", JiraPayloads.webhook().toString().substring(0, 200)),
                Arguments.of("no webhookEvent", noEvent.toString()),
                Arguments.of("webhookEvent a number", withEvent(new JsonPrimitive(42))),
                Arguments.of("webhookEvent an object", withEvent(new JsonObject())),
                Arguments.of("issue.key left out", withKey(null)),
                Arguments.of("issue.key null", withKey(JsonNull.INSTANCE)),
                Arguments.of("issue.key blank", withKey(new JsonPrimitive(""))),
                Arguments.of("issue.key a number", withKey(new JsonPrimitive(10533))),
                Arguments.of("issue.key not a key", withKey(new JsonPrimitive("replica lag"))),
                Arguments.of("issue.key with a project key longer than Jira allows",
                        withKey(new JsonPrimitive("A".repeat(300) + "-1"))));
    }

    private static String withEvent(JsonElement event) {
        JsonObject payload = JiraPayloads.webhook();
        payload.add("webhookEvent", event);
        return payload.toString();
    }

    private static String withKey(JsonElement key) {
        JsonObject payload = JiraPayloads.webhook();
        if (key == null) {
            payload.getAsJsonObject("issue").remove("key");
        } else {
            payload.getAsJsonObject("issue").add("key", key);
        }
        return payload.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notWebhooks")
    void aBodyThatIsNotAWebhookIsA400(String name, String body) {
        assertEquals(400, receive(body).getStatus());
        assertEquals(0, hints.pending());
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "\"OPS-1\"", "42", "[]"})
    void anIssueThatIsNotAnObjectIsAcknowledgedAndIgnored(String issue) {
        Response answer = receive("{\"webhookEvent\":\"jira:issue_updated\",\"issue\":" + issue + "}");

        assertEquals(202, answer.getStatus());
        assertEquals("{\"queued\":false}", answer.getEntity());
    }

    @Test
    void theWholeDataCenterPayloadIsQueuedAndReread() {
        JsonObject payload = JiraPayloads.webhook();
        payload.getAsJsonObject("issue").addProperty("key", key);

        assertEquals(202, receive(payload.toString()).getStatus());
        hints.rereadOneBatch();

        assertEquals("Done", tracked.byKey(IssueKey.parse(key).orElseThrow()).orElseThrow().statusName());
    }

    private Response receive(String body) {
        return webhook.receive(SECRET, null, null, null,
                new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }
}
