package io.github.postmortems.confluence.rest;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.postmortems.jira.JiraSettings;
import io.github.postmortems.jira.ReconcileTrackedIssues;
import io.github.postmortems.jira.StatusCategory;
import io.github.postmortems.jira.TrackedIssue;
import io.github.postmortems.jira.TrackedIssues;
import io.github.postmortems.jira.WebhookHints;
import io.github.postmortems.jira.fake.FakeJira;
import io.github.postmortems.jira.memory.FixedSettings;
import io.github.postmortems.jira.memory.InMemoryTrackedIssues;
import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.settings.WebhookSignature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JiraWebhookResourceTest {

    private static final String SECRET = WebhookRig.SECRET;
    private static final int CAP = JiraWebhookResource.MAX_BODY_BYTES;

    private FakeJira jira;
    private InMemoryTrackedIssues tracked;
    private FixedSettings settings;
    private WebhookHints hints;
    private JiraWebhookResource webhook;
    private String key;

    private WebhookRig rig;

    @BeforeEach
    void trackOneIssue() {
        rig = new WebhookRig("Make the pool reconnect", "abcdef0123456789", Duration.ofSeconds(1));
        jira = rig.jira;
        key = rig.key;
        tracked = rig.tracked;
        settings = rig.settings;
        hints = rig.hints;
        webhook = rig.webhook;
    }

    @AfterEach
    void stopJira() {
        rig.close();
    }

    @Test
    void aWrongOrMissingSecretIsRefusedBeforeAByteOfTheBodyIsRead() {
        Endless wrong = Endless.allowing(0);
        assertEquals(401, webhook.receive("guess", null, null, null, wrong).getStatus());
        Endless missing = Endless.allowing(0);
        assertEquals(401, webhook.receive(null, null, null, null, missing).getStatus());
        Endless wrongHeader = Endless.allowing(0);
        assertEquals(401, webhook.receive(SECRET, "guess", null, null, wrongHeader).getStatus());
        assertEquals(0, wrong.read + missing.read + wrongHeader.read);
    }

    @Test
    void withNoSecretSavedTheWebhookIsOffAndReadsNothing() {
        settings.save(new JiraSettings(settings.load().connection(), "OPS", "Task", Map.of(), Duration.ofMinutes(10), ""));
        Endless body = Endless.allowing(0);
        assertEquals(401, webhook.receive("", null, WebhookSignature.sign("x", new byte[0]), null, body).getStatus());
        assertEquals(0, body.read);
    }

    @Test
    void aBodyOverOneMegabyteIsA413AndIsNotReadPastTheCap() {
        Endless plain = Endless.allowing(CAP + 1);
        assertEquals(413, webhook.receive(SECRET, null, null, null, plain).getStatus());
        assertTrue(plain.read > CAP - 64 * 1024, "the stream was really read, up to the cap: " + plain.read);
        assertEquals(0, hints.pending());
    }

    @Test
    void aSignedBodyOverOneMegabyteIsA413AndIsNotReadPastTheCap() {
        Endless signed = Endless.allowing(CAP + 1);
        assertEquals(413, webhook.receive(null, null, "sha256=00", null, signed).getStatus());
        assertEquals(CAP + 1, signed.read);
    }

    @Test
    void aDeclaredLengthOverOneMegabyteIsA413ReadingNothing() {
        Endless declared = Endless.allowing(0);
        assertEquals(413, webhook.receive(SECRET, null, null, "2147483648", declared).getStatus());
        assertEquals(0, declared.read);
    }

    @Test
    void aRealPayloadPaddedToExactlyOneMegabyteIsAccepted() {
        byte[] payload = payload(key, "Done", "done");
        String padded = new String(payload, StandardCharsets.UTF_8);
        padded = padded.substring(0, padded.length() - 1) + ",\"pad\":\""
                + "x".repeat(CAP - payload.length - ",\"pad\":\"\"".length()) + "\"}";
        byte[] exact = padded.getBytes(StandardCharsets.UTF_8);
        assertEquals(CAP, exact.length);

        assertEquals(202, webhook.receive(SECRET, null, null, null, new ByteArrayInputStream(exact)).getStatus());
        assertEquals(202, webhook.receive(null, null, WebhookSignature.sign(SECRET, exact), null,
                new ByteArrayInputStream(exact)).getStatus());
        assertEquals(1, hints.pending());
    }

    @Test
    void jiraDataCentersSignatureIsAcceptedWithoutTheSecretInTheAddress() {
        byte[] body = payload(key, "Done", "done");
        Response signed = webhook.receive(null, null, WebhookSignature.sign(SECRET, body), null,
                new ByteArrayInputStream(body));
        assertEquals(202, signed.getStatus());
        assertEquals("{\"queued\":true}", signed.getEntity());

        assertEquals(401, webhook.receive(null, null, WebhookSignature.sign("another-secret-0123456789", body), null,
                new ByteArrayInputStream(body)).getStatus());
        byte[] tampered = payload("OPS-999", "Done", "done");
        assertEquals(401, webhook.receive(null, null, WebhookSignature.sign(SECRET, body), null,
                new ByteArrayInputStream(tampered)).getStatus());
        assertEquals(401, webhook.receive(null, null, "sha1=" + WebhookSignature.sign(SECRET, body).substring(7), null,
                new ByteArrayInputStream(body)).getStatus());
        assertEquals(401, webhook.receive(SECRET, null, "sha256=not-hex", null,
                new ByteArrayInputStream(body)).getStatus(), "a right secret does not excuse a wrong signature");
    }

    @Test
    void aLateOrReplayedEventCannotRollBackAStatus() {
        jira.transition(key, "In Progress");
        byte[] inProgress = payload(key, "In Progress", "indeterminate");
        jira.transition(key, "Done");
        byte[] done = payload(key, "Done", "done");

        deliver(done);
        assertEquals(StatusCategory.DONE, stored().category());

        deliver(inProgress); // arrives late
        deliver(inProgress); // and is replayed
        assertEquals("Done", stored().statusName());
        assertEquals(StatusCategory.DONE, stored().category());
    }

    @Test
    void aForgedEventSetsNothingItOnlyCausesARereadOfWhatJiraSays() {
        byte[] forged = payload(key, "Done", "done");
        Response answer = webhook.receive(SECRET, null, null, null, new ByteArrayInputStream(forged));
        assertEquals(202, answer.getStatus());
        assertEquals(StatusCategory.UNKNOWN, stored().category(), "the request itself stores nothing");

        hints.rereadOneBatch();
        assertEquals("To Do", stored().statusName());
        assertEquals(StatusCategory.TO_DO, stored().category());
    }

    @Test
    void eventsAboutIssuesWeDoNotTrackAndOtherEventsQueueNothing() {
        assertEquals("{\"queued\":false}", webhook.receive(SECRET, null, null, null,
                new ByteArrayInputStream(payload("HR-7", "Done", "done"))).getEntity());
        assertEquals(202, webhook.receive(SECRET, null, null, null, new ByteArrayInputStream(
                "{\"webhookEvent\":\"comment_created\",\"comment\":{}}".getBytes(StandardCharsets.UTF_8))).getStatus());
        assertEquals(400, webhook.receive(SECRET, null, null, null, new ByteArrayInputStream(
                "<html>not json</html>".getBytes(StandardCharsets.UTF_8))).getStatus());
        assertEquals(0, hints.pending());
    }

    @Test
    void aStoreFailureIsAnsweredWithoutLeavingTheAddressToTheHost() {
        TrackedIssues broken = (TrackedIssues) java.lang.reflect.Proxy.newProxyInstance(
                TrackedIssues.class.getClassLoader(), new Class<?>[] {TrackedIssues.class}, (proxy, method, args) -> {
                    throw new IllegalStateException("database gone");
                });
        WebhookHints failing = new WebhookHints(new ReconcileTrackedIssues(broken, null, Clock.systemUTC()), 0, 0, 1, 1);
        Response answer = new JiraWebhookResource(failing, settings).receive(SECRET, null, null, null,
                new ByteArrayInputStream(payload(key, "Done", "done")));
        assertEquals(503, answer.getStatus());
        assertFalse(answer.getEntity().toString().contains(SECRET));
    }

    private void deliver(byte[] body) {
        assertEquals(202, webhook.receive(null, null, WebhookSignature.sign(SECRET, body), null,
                new ByteArrayInputStream(body)).getStatus());
        hints.rereadOneBatch();
    }

    private TrackedIssue stored() {
        return tracked.byKey(issueKey(key)).orElseThrow();
    }

    private static IssueKey issueKey(String text) {
        return IssueKey.parse(text).orElseThrow();
    }

    /** What Jira posts for an updated issue, from the recorded sample, with this key and status. */
    private static byte[] payload(String key, String status, String category) {
        String sample;
        try (InputStream in = JiraWebhookResourceTest.class.getResourceAsStream("/jira/webhook-issue-updated.json")) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        JsonObject payload = JsonParser.parseString(sample).getAsJsonObject();
        JsonObject issue = payload.getAsJsonObject("issue");
        issue.addProperty("key", key);
        JsonObject statusJson = issue.getAsJsonObject("fields").getAsJsonObject("status");
        statusJson.addProperty("name", status);
        statusJson.getAsJsonObject("statusCategory").addProperty("key", category);
        return payload.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A webhook body that never ends (a valid start, then an endless string) and counts what is read of it; reading
     * past {@code allowed} bytes fails the test, so a resource that reads too much cannot pass.
     */
    private static final class Endless extends InputStream {
        private static final byte[] START = "{\"webhookEvent\":\"jira:issue_updated\",\"issue\":{\"key\":\"OPS-1\",\"x\":\""
                .getBytes(StandardCharsets.UTF_8);
        private final long allowed;
        long read;

        private Endless(long allowed) {
            this.allowed = allowed;
        }

        static Endless allowing(long bytes) {
            return new Endless(bytes);
        }

        @Override
        public int read() {
            if (read >= allowed) {
                throw new AssertionError("read byte " + (read + 1) + " of the body, more than the " + allowed + " allowed");
            }
            int b = read < START.length ? START[(int) read] : 'a';
            read++;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            int n = 0;
            while (n < length) {
                buffer[offset + n++] = (byte) read();
            }
            return n;
        }
    }
}
