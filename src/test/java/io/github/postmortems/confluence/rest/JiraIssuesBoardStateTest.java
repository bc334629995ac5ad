package io.github.postmortems.confluence.rest;

import io.github.postmortems.review.SloPolicyStore;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserManager;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.postmortems.confluence.HostPages;
import io.github.postmortems.confluence.jira.PagePermissions;
import io.github.postmortems.confluence.jira.SalDirectory;
import io.github.postmortems.jira.CreateJiraIssues;
import io.github.postmortems.jira.JiraClient;
import io.github.postmortems.jira.JiraConnections;
import io.github.postmortems.jira.JiraSettings;
import io.github.postmortems.jira.JiraUnauthorized;
import io.github.postmortems.jira.JiraUnavailable;
import io.github.postmortems.jira.Delivery;
import io.github.postmortems.jira.RetryPolicy;
import io.github.postmortems.jira.RetryingTransport;
import io.github.postmortems.jira.Timeouts;
import io.github.postmortems.jira.TokenTransport;
import io.github.postmortems.jira.WriteBackJiraKeys;
import io.github.postmortems.jira.fake.FakeJira;
import io.github.postmortems.jira.memory.FixedConnections;
import io.github.postmortems.jira.memory.FixedSettings;
import io.github.postmortems.jira.memory.InMemoryCreationLedger;
import io.github.postmortems.jira.memory.InMemoryPages;
import io.github.postmortems.jira.memory.InMemoryTrackedIssues;
import io.github.postmortems.storage.StorageReader;
import io.github.postmortems.text.BundleMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

import javax.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

/**
 * The create call answers a failure that is the same for every row once, as the board's state, and creates only the
 * rows the user left ticked; the ledger still fences each of them.
 */
class JiraIssuesBoardStateTest {

    private static final long PAGE = 98_305L;

    private FakeJira jira;
    private InMemoryPages pages;
    private InMemoryCreationLedger ledger;
    private MockedStatic<AuthenticatedUserThreadLocal> signedIn;
    private PagePermissions permissions;
    private final StorageReader reader = new StorageReader();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);

    @BeforeEach
    void wire() throws IOException {
        jira = FakeJira.start().project("OPS", "Task");
        pages = new InMemoryPages().page(PAGE, "Postmortem", sample("full-page.xml"));
        ledger = new InMemoryCreationLedger();
        PageManager pageManager = mock(PageManager.class);
        com.atlassian.confluence.pages.Page current = HostPages.current();
        when(pageManager.getAbstractPage(PAGE)).thenReturn(current);
        PermissionManager host = mock(PermissionManager.class);
        when(host.hasPermission(any(), any(), any())).thenReturn(true);
        permissions = new PagePermissions(host, pageManager);
        signedIn = mockStatic(AuthenticatedUserThreadLocal.class);
        signedIn.when(AuthenticatedUserThreadLocal::get).thenReturn(mock(ConfluenceUser.class));
    }

    @AfterEach
    void stop() {
        signedIn.close();
        jira.close();
    }

    @Test
    void consentNeededComesBackOnceAsTheBoardsStateWithTheAuthorisationLinkAndNoRowIsTried() {
        URI consent = URI.create("https://jira.example.com/plugins/servlet/oauth/authorize?token=abc");
        JsonObject answer = press(button(failing(JiraUnauthorized.consentNeeded(consent))), null);

        assertEquals(0, answer.getAsJsonArray("rows").size(), "no row carries the failure");
        JsonObject state = answer.getAsJsonObject("state");
        assertEquals("CONSENT_NEEDED", state.get("kind").getAsString());
        assertEquals(consent.toString(), state.get("link").getAsString());
        assertEquals(BundleMessages.english().text("postmortems.jira.outcome.consent-needed"),
                state.get("message").getAsString());
        assertTrue(answer.get("next").isJsonNull(), "the press ends there");
        assertTrue(ledger.all(PAGE).isEmpty(), "nothing was claimed");
    }

    @Test
    void aBrokenConnectionIsAConfigurationErrorThatNeverAsksToPressAgain() {
        JsonObject answer = press(button(failing(new JiraUnavailable(
                "The application link to Jira was removed; choose another in the settings", Delivery.NOT_SENT))), null);

        JsonObject state = answer.getAsJsonObject("state");
        assertEquals("CONFIG_ERROR", state.get("kind").getAsString());
        assertTrue(state.get("message").getAsString().contains("was removed"), state.get("message").getAsString());
        assertFalse(state.get("message").getAsString().toLowerCase().contains("again"), "no 'press again'");
        assertTrue(state.get("link").isJsonNull(), "the settings link is the page's, for administrators only");
    }

    @Test
    void aLinkThatIsNotHttpIsNeverHandedToTheBoard() {
        JsonObject answer = press(button(failing(JiraUnauthorized.consentNeeded(URI.create("javascript:alert(1)")))),
                null);

        assertTrue(answer.getAsJsonObject("state").get("link").isJsonNull());
    }

    @Test
    void createsOnlyTheRowsLeftTickedInTheDialog() {
        JiraIssuesResource button = button(new FixedConnections(client()));
        List<CreateJiraIssues.PlannedRow> plan = create(new FixedConnections(client())).plan(PAGE);
        String chosen = plan.stream().filter(row -> row.key() == null).reduce((first, second) -> second)
                .orElseThrow().rowId();

        JsonObject answer = press(button, "{\"rows\": [\"" + chosen + "\"]}");

        assertEquals(1, answer.getAsJsonArray("rows").size());
        assertEquals(chosen, answer.getAsJsonArray("rows").get(0).getAsJsonObject().get("rowId").getAsString());
        assertEquals(1, jira.issues().size(), "the unticked row got no issue");
        assertEquals(1, ledger.all(PAGE).size());
        press(button, "{\"rows\": [\"" + chosen + "\"]}");
        assertEquals(1, jira.issues().size(), "pressing again creates no second issue");
    }

    @Test
    void aBodyThatIsNotAListOfRowIdsIsRefusedBeforeAnythingIsCreated() {
        JiraIssuesResource button = button(new FixedConnections(client()));

        for (String body : List.of("{\"rows\": \"all\"}", "{\"rows\": [\"<script>\"]}", "[[[[[[[[",
                "{\"rows\": [\"" + "a".repeat(70_000) + "\"]}")) {
            assertEquals(400, button.createAll(PAGE, 0, "no-check", body).getStatus(), body.substring(0, 8));
        }
        assertEquals(0, jira.issues().size());
    }

    private JsonObject press(JiraIssuesResource button, String body) {
        Response response = button.createAll(PAGE, 0, "no-check", body);
        assertEquals(200, response.getStatus(), String.valueOf(response.getEntity()));
        return JsonParser.parseString(response.getEntity().toString()).getAsJsonObject();
    }

    private JiraIssuesResource button(JiraConnections connections) {
        return new JiraIssuesResource(create(connections), new WriteBackJiraKeys(pages, ledger, reader, clock),
                permissions, BundleMessages.english());
    }

    private CreateJiraIssues create(JiraConnections connections) {
        FixedSettings settings = new FixedSettings(new JiraSettings(new JiraSettings.Connection.Token(jira.baseUrl(),
                FakeJira.TOKEN), "OPS", "Task", Map.of(), Duration.ofMinutes(10), ""));
        return new CreateJiraIssues(pages, new SalDirectory(mock(UserManager.class)), connections, settings, ledger,
                new InMemoryTrackedIssues(), reader, clock, SloPolicyStore.DEFAULTS);
    }

    private JiraClient client() {
        return new JiraClient(RetryingTransport.around(new TokenTransport(jira.baseUrl(), FakeJira.TOKEN,
                new Timeouts(Duration.ofSeconds(1), Duration.ofSeconds(2))), RetryPolicy.noRetries()));
    }

    /** Connections whose every client for the user fails as the host's would. */
    private static JiraConnections failing(io.github.postmortems.jira.JiraFailure failure) {
        return new JiraConnections() {
            @Override
            public JiraClient forCurrentUser() throws io.github.postmortems.jira.JiraFailure {
                throw failure;
            }

            @Override
            public JiraClient forBackground() throws io.github.postmortems.jira.JiraFailure {
                throw failure;
            }
        };
    }

    private static String sample(String name) throws IOException {
        try (InputStream in = JiraIssuesBoardStateTest.class.getResourceAsStream("/samples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
