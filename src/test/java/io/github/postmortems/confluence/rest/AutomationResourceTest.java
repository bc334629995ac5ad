package io.github.postmortems.confluence.rest;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.postmortems.automation.InMemoryPostmortemPages;
import io.github.postmortems.automation.PostmortemFromIncident;
import io.github.postmortems.automation.PostmortemPages.SpaceAccess;
import io.github.postmortems.incident.DraftFromIncident;
import io.github.postmortems.incident.IncidentSettings;
import io.github.postmortems.index.AoIncidentPages;
import io.github.postmortems.index.testing.TestDatabase;
import io.github.postmortems.jira.JiraClient;
import io.github.postmortems.jira.JiraSettings;
import io.github.postmortems.jira.RetryPolicy;
import io.github.postmortems.jira.RetryingTransport;
import io.github.postmortems.jira.Timeouts;
import io.github.postmortems.jira.TokenTransport;
import io.github.postmortems.jira.fake.Endpoint;
import io.github.postmortems.jira.fake.Fault;
import io.github.postmortems.jira.fake.FakeJira;
import io.github.postmortems.jira.memory.FixedSettings;
import io.github.postmortems.jira.memory.ImpersonatingConnections;
import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.postmortem.Milestone;
import io.github.postmortems.postmortem.Postmortem;
import io.github.postmortems.postmortem.UserRef;
import io.github.postmortems.storage.ReadingContext;
import io.github.postmortems.storage.StorageReader;
import io.github.postmortems.text.BundleMessages;
import io.github.postmortems.text.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.MockedStatic;

import javax.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;

/**
 * Jira Automation's call end to end but for Confluence itself: the endpoint, the use case, the claims in Active
 * Objects on H2 and the real Jira client over loopback against the fake Jira, as the calling user; pages in memory.
 */
class AutomationResourceTest {

    private static final Instant CREATED = Instant.parse("2026-11-28T09:00:00Z");
    private static final String JSON = "application/json";

    private FakeJira jira;
    private String key;
    private MockedStatic<AuthenticatedUserThreadLocal> signedIn;
    private final InMemoryPostmortemPages pages = new InMemoryPostmortemPages()
            .space("OPS", SpaceAccess.CREATE).space("DOCS", SpaceAccess.READ_ONLY);
    private AoIncidentPages ledger;
    private JiraSettings settings;

    @BeforeEach
    void wire() {
        jira = FakeJira.start().project("OPS", "Incident")
                .user("ana", "Ana Ops", "ana@example.com").user("bo", "Bo Dev", "bo@example.com")
                .user("cy", "Cy Support", "cy@example.com");
        key = jira.incident("OPS", "Checkout <b>fails</b> & more", "ana", "High", CREATED);
        jira.change(key, CREATED.plusSeconds(300), "ana", "status", "In Progress")
                .change(key, CREATED.plusSeconds(420), "ana", "assignee", "bo")
                .change(key, CREATED.plusSeconds(3600), "bo", "status", "Done");
        ledger = new AoIncidentPages(TestDatabase.h2().emptied());
        settings = new JiraSettings(new JiraSettings.Connection.ApplicationLink("link"), "OPS", "Task", Map.of(),
                null, "");
        signedIn = mockStatic(AuthenticatedUserThreadLocal.class);
        signedIn.when(AuthenticatedUserThreadLocal::get).thenReturn(mock(ConfluenceUser.class));
    }

    @AfterEach
    void close() {
        signedIn.close();
        jira.close();
    }

    private AutomationResource as(String user, Messages messages) {
        JiraClient client = new JiraClient(RetryingTransport.around(new TokenTransport(jira.baseUrl(),
                FakeJira.tokenFor(user), new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5))),
                RetryPolicy.noRetries()));
        DraftFromIncident drafts = DraftFromIncident.withMappings(new ImpersonatingConnections(client, client),
                new FixedSettings(settings), () -> IncidentSettings.defaults("OPS"));
        return new AutomationResource(new PostmortemFromIncident(drafts, ledger, pages,
                new PostmortemFromIncident.Collaborators(() -> Optional.of(new UserRef.ByUsername(user)),
                        (pageId, creator) -> { }, Clock.systemUTC(), Duration.ZERO)), messages);
    }

    private AutomationResource as(String user) {
        return as(user, BundleMessages.english());
    }

    private static Response post(AutomationResource resource, String contentType, String body) {
        return resource.create(contentType, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonObject body(Response response) {
        assertEquals("application/json", response.getMediaType().toString());
        return JsonParser.parseString(response.getEntity().toString()).getAsJsonObject();
    }

    private String request(String space) {
        return "{\"spaceKey\":\"" + space + "\",\"incident\":\"" + key + "\",\"timeZone\":\"Europe/Berlin\"}";
    }

    @Test
    void createsThePostmortemAndAnswersItsIdAndAbsoluteAddressThenTheSamePageAgain() {
        Response first = post(as("cy"), "application/json; charset=UTF-8", request("OPS"));

        assertEquals(201, first.getStatus());
        JsonObject created = body(first);
        long id = created.get("pageId").getAsLong();
        assertEquals(InMemoryPostmortemPages.BASE_URL + "/pages/viewpage.action?pageId=" + id,
                created.get("url").getAsString());
        assertTrue(created.get("created").getAsBoolean());

        InMemoryPostmortemPages.Created page = pages.created().get(0);
        assertEquals("Postmortem: Checkout <b>fails</b> & more (2026-11-28)", page.title());
        Postmortem read = new StorageReader().readPage(page.storage(), ReadingContext.inZone(ZoneOffset.UTC))
                .details().orElseThrow();
        assertEquals("Checkout <b>fails</b> & more", read.meeting().title(), "as text, escaped in storage");
        assertFalse(page.storage().contains("<b>fails"), "never as markup");
        assertEquals("SEV2", read.severity().code(), "High");
        assertEquals(ZoneId.of("Europe/Berlin"), read.times().zone());
        assertEquals(CREATED, read.times().start());
        assertEquals(Optional.of(CREATED.plusSeconds(300)), read.times().at(Milestone.DETECT));
        assertEquals(Optional.of(CREATED.plusSeconds(3600)), read.times().at(Milestone.END));
        assertEquals(Optional.of(new UserRef.ByUsername("bo")), read.meeting().contactIfSet());
        assertEquals(IssueKey.parse(key), read.incidentIssueIfSet());

        int requests = jira.requests();
        Response again = post(as("bo"), JSON, "{\"incident\":\"" + jira.baseUrl() + "/browse/" + key
                + "\",\"spaceKey\":\"OPS\"}");

        assertEquals(200, again.getStatus());
        JsonObject existing = body(again);
        assertEquals(id, existing.get("pageId").getAsLong());
        assertEquals(created.get("url"), existing.get("url"));
        assertFalse(existing.get("created").getAsBoolean());
        assertEquals(1, pages.created().size(), "nothing new was created");
        assertEquals(requests, jira.requests(), "nor was Jira asked again");
    }

    @Test
    void aCallerWithoutAccessToTheIncidentIsRefusedAndNothingIsCreated() {
        jira.restrictTo(key, "ana", "bo");

        Response refused = post(as("cy"), JSON, request("OPS"));

        assertEquals(422, refused.getStatus());
        JsonObject json = body(refused);
        assertEquals("incident-not-readable", json.get("error").getAsString());
        assertEquals("Jira shows you no issue " + key + ": it does not exist, or you may not see it. "
                + "No postmortem was created.", json.get("message").getAsString());
        assertEquals(List.of(), pages.created());
        assertEquals(201, post(as("ana"), JSON, request("OPS")).getStatus(), "someone who may read it can");
    }

    @Test
    void thePostmortemOnAPageTheCallerMayNotViewIs403WithoutItsIdOrAddress() {
        JsonObject created = body(post(as("cy"), JSON, request("OPS")));
        pages.restrict(created.get("pageId").getAsLong());

        Response again = post(as("ana"), JSON, request("OPS"));

        assertRefusal(again, 403, "page-restricted", "The postmortem of " + key
                + " already exists in this space, on a page you may not view. Nothing was created.");
        assertFalse(again.getEntity().toString().contains(created.get("pageId").getAsString()), "no page id told");
        assertEquals(1, pages.created().size());
    }

    @Test
    void anAnonymousCallIsRefusedWith401() {
        signedIn.when(AuthenticatedUserThreadLocal::get).thenReturn(null);

        Response refused = post(as("cy"), JSON, request("OPS"));

        assertEquals(401, refused.getStatus());
        assertEquals("anonymous", body(refused).get("error").getAsString());
        assertEquals(0, jira.requests());
    }

    @ParameterizedTest(name = "Content-Type: {0}")
    @ValueSource(strings = {"application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain",
            "application/jsonp", ""})
    void refusesEveryBodyButJsonSoNoCrossSiteFormCanPostIt(String contentType) {
        Response refused = post(as("cy"), contentType.isEmpty() ? null : contentType, request("OPS"));

        assertEquals(415, refused.getStatus());
        assertEquals("content-type", body(refused).get("error").getAsString());
        assertEquals(List.of(), pages.created());
        assertEquals(0, jira.requests());
    }

    @ParameterizedTest(name = "body [{0}]")
    @ValueSource(strings = {"", "[]", "{\"spaceKey\":\"OPS\"}", "{\"incident\":\"OPS-1\"}",
            "{\"spaceKey\":\"OPS\",\"incident\":\"OPS-1\",\"timeZone\":\"Mars/Olympus\"}",
            "{\"spaceKey\":\"OPS\",\"incident\":\"OPS-1\"} trailing", "{\"spaceKey\":\"OPS\",\"incident\":",
            "{\"spaceKey\":7,\"incident\":\"OPS-1\"}"})
    void refusesAMalformedRequestWith400(String json) {
        Response refused = post(as("cy"), JSON, json);

        assertEquals(400, refused.getStatus());
        assertEquals("malformed", body(refused).get("error").getAsString());
    }

    @Test
    void skipsMembersItDoesNotKnowWithoutRecursingIntoThem() {
        String deep = "[".repeat(5_000) + "]".repeat(5_000);

        Response answer = post(as("cy"), JSON, "{\"extra\":" + deep + "," + request("OPS").substring(1));

        // Gson's reader refuses nesting past its limit; either way the answer is one of ours, not a stack overflow.
        assertTrue(answer.getStatus() == 201 || answer.getStatus() == 400, String.valueOf(answer.getStatus()));
    }

    @Test
    void refusesABodyOverSixteenKilobytesWith413() {
        String padded = "{\"spaceKey\":\"OPS\",\"incident\":\"" + key + "\",\"pad\":\""
                + "x".repeat(AutomationResource.MAX_BODY) + "\"}";

        Response refused = post(as("cy"), JSON, padded);

        assertEquals(413, refused.getStatus());
        assertEquals(List.of(), pages.created());
    }

    @Test
    void answersEachRefusalWithItsStatusAndCode() {
        assertRefusal(post(as("cy"), JSON, "{\"spaceKey\":\"NOPE\",\"incident\":\"" + key + "\"}"), 404,
                "unknown-space", "There is no space NOPE, or you may not see it. No postmortem was created.");
        assertRefusal(post(as("cy"), JSON, "{\"spaceKey\":\"DOCS\",\"incident\":\"" + key + "\"}"), 403,
                "no-permission", "You may not create pages in space DOCS. No postmortem was created.");
        assertRefusal(post(as("cy"), JSON, "{\"spaceKey\":\"OPS\",\"incident\":\"checkout\"}"), 400, "not-a-key",
                "checkout is not a Jira issue key or an issue\u2019s address. No postmortem was created.");
        assertEquals(List.of(), pages.created());
    }

    @Test
    void jiraDownIs502SoTheRuleCanBeRunAgainAndNothingIsKept() {
        jira.failAlways(Endpoint.ISSUE, Fault.status(503));

        assertRefusal(post(as("cy"), JSON, request("OPS")), 502, "jira-unreachable",
                "Jira did not answer. No postmortem was created; call again in a few minutes.");

        jira.heal();
        assertEquals(201, post(as("cy"), JSON, request("OPS")).getStatus());
    }

    @Test
    void noJiraConnectionIs409() {
        settings = JiraSettings.unconfigured();

        assertRefusal(post(as("cy"), JSON, request("OPS")), 409, "jira-not-configured",
                "No Jira connection is set up in Confluence, so the incident cannot be read. "
                        + "No postmortem was created.");
    }

    @Test
    void aCallWhileAnotherCreatesThePageIs409WithRetryAfter() {
        ledger.claim("OPS", IssueKey.parse(key).orElseThrow(), Instant.now().minusSeconds(300), Instant.now());

        Response busy = post(as("cy"), JSON, request("OPS"));

        assertEquals(409, busy.getStatus());
        assertEquals("busy", body(busy).get("error").getAsString());
        assertEquals("5", String.valueOf(busy.getMetadata().getFirst("Retry-After")));
    }

    @Test
    void refusesInTheCallersLanguage() {
        Response refused = post(as("cy", BundleMessages.of("de")), JSON,
                "{\"spaceKey\":\"DOCS\",\"incident\":\"" + key + "\"}");

        assertEquals("Sie d\u00fcrfen im Bereich DOCS keine Seiten anlegen. Es wurde kein Postmortem angelegt.",
                body(refused).get("message").getAsString());
    }

    @Test
    void anUnexpectedFailureIsOneLineAndNoStackTrace() {
        pages.failNextCreate(new IllegalStateException("org.hibernate.Exception at Foo.java:12"));

        Response failed = post(as("cy"), JSON, request("OPS"));

        assertEquals(500, failed.getStatus());
        JsonObject json = body(failed);
        assertEquals("failed", json.get("error").getAsString());
        assertFalse(json.get("message").getAsString().contains("hibernate"));
        assertEquals(201, post(as("cy"), JSON, request("OPS")).getStatus(), "the claim was released");
    }

    private static void assertRefusal(Response response, int status, String code, String message) {
        assertEquals(status, response.getStatus());
        JsonObject json = body(response);
        assertEquals(code, json.get("error").getAsString());
        assertEquals(message, json.get("message").getAsString());
    }
}
