package io.github.postmortems.confluence.rest;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.postmortems.incident.DraftFromIncident;
import io.github.postmortems.jira.JiraClient;
import io.github.postmortems.jira.JiraSettings;
import io.github.postmortems.jira.RetryPolicy;
import io.github.postmortems.jira.RetryingTransport;
import io.github.postmortems.jira.Timeouts;
import io.github.postmortems.jira.TokenTransport;
import io.github.postmortems.jira.fake.FakeJira;
import io.github.postmortems.jira.memory.FixedSettings;
import io.github.postmortems.jira.memory.ImpersonatingConnections;
import io.github.postmortems.text.BundleMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

import javax.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;

/** The wizard's "Fill from Jira" endpoint over the fake Jira: the draft as JSON, refusals as one line. */
class IncidentDraftResourceTest {

    private static final Instant CREATED = Instant.parse("2026-11-28T09:00:00Z");

    private FakeJira jira;
    private MockedStatic<AuthenticatedUserThreadLocal> signedIn;
    private IncidentDraftResource resource;
    private String key;

    @BeforeEach
    void wire() {
        jira = FakeJira.start().project("OPS", "Incident").user("ana", "Ana Ops", "ana@example.com")
                .user("bo", "Bo Dev", "bo@example.com");
        key = jira.incident("OPS", "Checkout <b>fails</b>", "ana", "High", CREATED);
        jira.change(key, CREATED.plusSeconds(300), "ana", "status", "In Progress")
                .comment(key, CREATED.plusSeconds(400), "bo", "Rolled back");
        JiraClient asAna = client(FakeJira.tokenFor("ana"));
        DraftFromIncident drafts = new DraftFromIncident(new ImpersonatingConnections(asAna, client(FakeJira.TOKEN)),
                new FixedSettings(new JiraSettings(new JiraSettings.Connection.ApplicationLink("link"), "OPS", "Task",
                        Map.of(), null, "")));
        resource = new IncidentDraftResource(drafts, BundleMessages.english());
        signedIn = mockStatic(AuthenticatedUserThreadLocal.class);
        signedIn.when(AuthenticatedUserThreadLocal::get).thenReturn(mock(ConfluenceUser.class));
    }

    @AfterEach
    void close() {
        signedIn.close();
        jira.close();
    }

    private JiraClient client(String token) {
        return new JiraClient(RetryingTransport.around(new TokenTransport(jira.baseUrl(), token,
                new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5))), RetryPolicy.noRetries()));
    }

    private static JsonObject body(Response response) {
        return JsonParser.parseString(response.getEntity().toString()).getAsJsonObject();
    }

    @Test
    void answersTheWizardValuesAndTheRowsInTheFormsTimeZone() {
        Response answer = resource.draft(" " + key + " ", "Europe/Berlin", "no-check");

        assertEquals(200, answer.getStatus());
        JsonObject json = body(answer);
        JsonObject values = json.getAsJsonObject("values");
        assertEquals("Checkout <b>fails</b>", values.get("incidentTitle").getAsString(), "as text; the wizard escapes");
        assertEquals("SEV2", values.get("severity").getAsString());
        assertEquals("10:00", values.get("startTime").getAsString());
        assertEquals("10:05", values.get("detectTime").getAsString());
        assertEquals("ana", values.get("contact").getAsString(), "no assignee: the reporter");
        JsonObject row = json.getAsJsonArray("timeline").get(0).getAsJsonObject();
        assertEquals("DETECT", row.get("kind").getAsString());
        assertEquals("10:05", row.get("time").getAsString());
        assertEquals(jira.baseUrl() + "/browse/" + key, row.get("evidence").getAsString());
        // The instant the dialog sends back with a chosen row (DraftedRows), the same moment the row shows.
        assertEquals("10:05", java.time.Instant.parse(row.get("at").getAsString())
                .atZone(java.time.ZoneId.of("Europe/Berlin")).toLocalTime().toString());
        assertEquals("Bo Dev: Rolled back", json.getAsJsonArray("comments").get(0).getAsJsonObject()
                .get("text").getAsString());
    }

    @Test
    void refusalsAreOneLineWithAStatusAndNothingIsAskedWithoutTheXsrfHeader() {
        jira.restrictTo(key, "bo");

        Response hidden = resource.draft(key, "UTC", "no-check");
        Response noKey = resource.draft("the checkout outage", "UTC", "no-check");
        int before = jira.requests();
        Response forged = resource.draft(key, "UTC", null);

        assertEquals(404, hidden.getStatus());
        assertEquals("Jira shows you no issue " + key + ": it does not exist, or you may not see it.",
                body(hidden).get("message").getAsString());
        assertEquals(400, noKey.getStatus());
        assertEquals(403, forged.getStatus());
        assertEquals(before, jira.requests());
    }
}
