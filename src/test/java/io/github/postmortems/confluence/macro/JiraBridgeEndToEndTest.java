package io.github.postmortems.confluence.macro;

import io.github.postmortems.review.SloPolicyStore;
import io.github.postmortems.confluence.HostPages;
import io.github.postmortems.jira.memory.FixedConnections;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.postmortems.confluence.jira.PagePermissions;
import io.github.postmortems.confluence.jira.ReconcileJob;
import io.github.postmortems.confluence.jira.SalDirectory;
import io.github.postmortems.confluence.rest.JiraIssuesResource;
import io.github.postmortems.confluence.rest.JiraRowsResource;
import io.github.postmortems.jira.DeletedIssues;
import io.github.postmortems.jira.TakeFromJira;
import io.github.postmortems.jira.TrackedIssue;
import io.github.postmortems.jira.fake.Endpoint;
import io.github.postmortems.jira.fake.Fault;
import io.github.postmortems.confluence.rest.JiraWebhookResource;
import io.github.postmortems.jira.CreateJiraIssues;
import io.github.postmortems.jira.JiraClient;
import io.github.postmortems.jira.JiraConnections;
import io.github.postmortems.jira.JiraSettings;
import io.github.postmortems.jira.ReconcileTrackedIssues;
import io.github.postmortems.jira.RetryPolicy;
import io.github.postmortems.jira.RetryingTransport;
import io.github.postmortems.jira.Timeouts;
import io.github.postmortems.jira.TokenTransport;
import io.github.postmortems.jira.WebhookHints;
import io.github.postmortems.jira.WriteBackJiraKeys;
import io.github.postmortems.jira.fake.FakeJira;
import io.github.postmortems.jira.memory.FixedSettings;
import io.github.postmortems.jira.memory.InMemoryPages;
import io.github.postmortems.storage.StorageReader;
import io.github.postmortems.text.BundleMessages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

import javax.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static io.github.postmortems.confluence.macro.MacroFixture.body;
import static io.github.postmortems.confluence.macro.MacroFixture.display;
import static io.github.postmortems.confluence.macro.MacroFixture.html;
import static io.github.postmortems.confluence.macro.MacroFixture.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

/**
 * One postmortem page from the button press to a status change arriving back: the REST resource creates the issues
 * in the fake Jira over loopback HTTP and writes the keys into the page; Jira moves an issue; the change reaches the
 * store through the webhook, or with the webhook switched off through the reconcile job; the macro shows it.
 */
class JiraBridgeEndToEndTest {

    private static final long PAGE = 98_305L;
    private static final String SECRET = "s3cret-webhook-value-0123456789";

    private final MacroFixture fixture = new MacroFixture();
    private FakeJira jira;
    private InMemoryPages pages;
    private JiraIssuesResource button;
    private JiraRowsResource rows;
    private WebhookHints hints;
    private JiraWebhookResource webhook;
    private ReconcileJob job;
    private MockedStatic<AuthenticatedUserThreadLocal> signedIn;
    private MockedStatic<JobRunnerResponse> jobResponses;
    private PageManager pageManager;

    @BeforeEach
    void wireTheBridge() {
        jira = FakeJira.start().project("OPS", "Task");
        jira.user("jdoe", "Jo Doe", "jo.doe@example.com");
        jira.user("asmith", "Alex Smith", "alex.smith@example.com");
        pages = new InMemoryPages().page(PAGE, "Postmortem: checkout outage", sample("full-page.xml"));
        FixedSettings settings = new FixedSettings(new JiraSettings(new JiraSettings.Connection.Token(jira.baseUrl(),
                FakeJira.TOKEN), "OPS", "Task", Map.of(), Duration.ofMinutes(10), SECRET));
        JiraClient client = new JiraClient(RetryingTransport.around(new TokenTransport(jira.baseUrl(), FakeJira.TOKEN,
                new Timeouts(Duration.ofSeconds(1), Duration.ofSeconds(2))), RetryPolicy.noRetries()));
        JiraConnections connections = new FixedConnections(client);
        PermissionManager permissions = mock(PermissionManager.class);
        when(permissions.hasPermission(any(), any(), any())).thenReturn(true);
        pageManager = mock(PageManager.class);
        Page page = HostPages.current();
        when(pageManager.getAbstractPage(PAGE)).thenReturn(page);
        signedIn = mockStatic(AuthenticatedUserThreadLocal.class);
        signedIn.when(AuthenticatedUserThreadLocal::get).thenReturn(mock(ConfluenceUser.class));

        StorageReader reader = new StorageReader();
        CreateJiraIssues create = new CreateJiraIssues(pages, new io.github.postmortems.confluence.jira.SalDirectory(
                fixture.users), connections, settings, fixture.ledger, fixture.tracked, reader, fixture.clock,
                SloPolicyStore.DEFAULTS);
        button = new JiraIssuesResource(create, new WriteBackJiraKeys(pages, fixture.ledger, reader, fixture.clock),
                new PagePermissions(permissions, pageManager), BundleMessages.english());
        ReconcileTrackedIssues reconcile = new ReconcileTrackedIssues(fixture.tracked, connections, fixture.clock);
        PagePermissions editors = new PagePermissions(permissions, pageManager);
        rows = new JiraRowsResource(new TakeFromJira(pages, fixture.tracked, new SalDirectory(fixture.users), reader),
                new DeletedIssues(pages, fixture.ledger, fixture.tracked, reconcile, reader, fixture.clock), create,
                editors, BundleMessages.english());
        hints = new WebhookHints(reconcile, 0, 0, 100, 100);
        webhook = new JiraWebhookResource(hints, settings);
        job = new ReconcileJob(mock(SchedulerService.class), reconcile, settings);
        jobResponses = mockStatic(JobRunnerResponse.class);
        jobResponses.when(() -> JobRunnerResponse.success(anyString())).thenReturn(null);
    }

    @AfterEach
    void stop() {
        jobResponses.close();
        signedIn.close();
        jira.close();
    }

    @Test
    void fromButtonPressToAStatusChangeArrivingBackThroughTheWebhook() {
        Response pressed = button.createAll(PAGE, 0, "no-check");
        assertEquals(200, pressed.getStatus());
        assertEquals(2, jira.issues().size());
        String key = firstCreatedKey();
        assertEquals("To Do", rowStatus(1), "nothing synced yet: the key, waiting for the first sync");

        jira.transition(key, "Done");
        Response delivered = webhook.receive(null, SECRET, null, null, posted(webhookPayload(key, "Done", "done")));
        hints.rereadOneBatch(); // what the webhook's background thread does a few seconds later

        assertEquals(202, delivered.getStatus());
        assertEquals("Done", rowStatus(1));
        assertTrue(page().selectFirst(".pm-countermeasures__summary").text().endsWith("2 open \u00b7 1 overdue \u00b7 33 % done"),
                page().selectFirst(".pm-countermeasures__summary").text());
    }

    @Test
    void withTheWebhookSwitchedOffTheJobBringsTheChange() {
        button.createAll(PAGE, 0, "no-check");
        String key = firstCreatedKey();

        jira.transition(key, "In Progress");
        job.runJob(null);

        assertEquals("In Progress", rowStatus(1));
        assertEquals("\u00b7 synced 0 s ago", page().selectFirst(".pm-countermeasures__synced").text());
    }

    @Test
    void aWrongOrMissingSecretIsRefusedAndStoresNothing() {
        button.createAll(PAGE, 0, "no-check");
        String key = firstCreatedKey();
        String payload = webhookPayload(key, "Done", "done");

        jira.transition(key, "Done");

        assertEquals(401, webhook.receive("guess", null, null, null, posted(payload)).getStatus());
        assertEquals(401, webhook.receive(null, null, null, null, posted(payload)).getStatus());
        assertEquals(400, webhook.receive(SECRET, null, null, null, posted("<html>not json</html>")).getStatus());
        hints.rereadOneBatch();
        assertEquals("To Do", rowStatus(1));
    }

    @Test
    void anIssueJiraSendsWithGapsShowsItsStatusByNameInANeutralLozenge() {
        button.createAll(PAGE, 0, "no-check");
        String key = firstCreatedKey();
        jira.transition(key, "Done");
        JsonObject statusWithoutCategory = new JsonObject();
        statusWithoutCategory.addProperty("name", "Done");
        jira.serveField(key, "status", statusWithoutCategory);
        jira.serveField(key, "duedate", new com.google.gson.JsonPrimitive("2026-13-45"));
        jira.serveField(key, "assignee", new JsonObject());

        JsonObject payload = JsonParser.parseString(webhookPayload(key, "Done", "done")).getAsJsonObject();
        payload.getAsJsonObject("issue").getAsJsonObject("fields").getAsJsonObject("status").remove("statusCategory");
        payload.getAsJsonObject("issue").getAsJsonObject("fields").addProperty("duedate", "2026-13-45");
        Response delivered = webhook.receive(null, SECRET, null, null, posted(payload.toString()));
        hints.rereadOneBatch();

        assertEquals(202, delivered.getStatus());
        assertEquals("Done", rowStatus(1));
        Element lozenge = page().select(".pm-countermeasures__table tbody tr").get(1).selectFirst(".pm-cm__jira .aui-lozenge");
        assertEquals("aui-lozenge", lozenge.className(), "no category: Jira's own grey, not a guess");
        assertEquals("\u00b7 synced 0 s ago", page().selectFirst(".pm-countermeasures__synced").text());
    }

    @Test
    void aPressCreatesAtMostTwentyIssuesPerRequestAndSaysWhereToGoOn() {
        long big = 98_306L;
        StringBuilder rows = new StringBuilder();
        for (int row = 1; row <= 25; row++) {
            rows.append("<tr><td><p>Countermeasure ").append(row).append("</p></td><td></td><td></td><td></td>")
                    .append("<td></td><td></td></tr>");
        }
        pages.page(big, "Postmortem: many countermeasures", "<ac:structured-macro ac:name=\"countermeasures\">"
                + "<ac:rich-text-body><table><tbody><tr><th>Countermeasure</th><th>Owner</th><th>Due</th>"
                + "<th>Priority</th><th>Type</th><th>Jira</th></tr>" + rows + "</tbody></table></ac:rich-text-body>"
                + "</ac:structured-macro>");
        Page current = HostPages.current(); // stubbed outside the when(...) below: Mockito stubs one at a time
        when(pageManager.getAbstractPage(big)).thenReturn(current);

        com.google.gson.JsonObject first = com.google.gson.JsonParser.parseString(
                button.createAll(big, 0, "no-check").getEntity().toString()).getAsJsonObject();
        int created = jira.issues().size();
        com.google.gson.JsonObject second = com.google.gson.JsonParser.parseString(button.createAll(big,
                first.get("next").getAsInt(), "no-check").getEntity().toString()).getAsJsonObject();

        assertEquals(20, first.getAsJsonArray("rows").size());
        assertEquals(20, created);
        assertEquals(5, first.get("remaining").getAsInt());
        assertEquals(5, second.getAsJsonArray("rows").size());
        assertTrue(second.get("next").isJsonNull(), second.toString());
        assertEquals(0, second.get("remaining").getAsInt());
        assertEquals(25, jira.issues().size());
    }

    @Test
    void refusesRequestsWithoutTheXsrfHeader() {
        Response refused = button.createAll(PAGE, 0, null);
        assertEquals(403, refused.getStatus());
        assertEquals(0, jira.issues().size());
        assertTrue(refused.getEntity().toString().contains("X-Atlassian-Token"));
    }

    @Test
    void jirasDueDateAndAssigneeAreTakenIntoTheirCellsAndNothingElseOfThePageChanges() {
        button.createAll(PAGE, 0, "no-check");
        String key = firstCreatedKey();
        jira.serveField(key, "duedate", new com.google.gson.JsonPrimitive("2026-12-12"));
        jira.serveField(key, "assignee", JsonParser.parseString(
                "{\"name\":\"kwong\",\"key\":\"JIRAUSER3\",\"displayName\":\"Kim Wong\"}"));
        job.runJob(null);
        assertTrue(page().select(".pm-cm__action").isEmpty(), "a reader who may not edit gets no buttons");
        when(fixture.permissions.hasPermission(any(), any(), any())).thenReturn(true);
        Element row = page().select(".pm-countermeasures__table tbody tr").get(1);
        String rowId = row.attr("data-row-id");
        assertEquals("\u2192 Jira: Dec 12, 2026 Use Jira\u2019s", row.selectFirst(".pm-cm__due .pm-cm__difference").text());
        assertEquals("\u2192 Jira: Kim Wong Use Jira\u2019s", row.selectFirst(".pm-cm__owner .pm-cm__difference").text());
        String before = pages.storage(PAGE);

        Response due = rows.fromJira(PAGE, rowId, "due", "no-check");

        assertEquals(200, due.getStatus(), due.getEntity().toString());
        assertTrue(due.getEntity().toString().contains("Took Jira\u2019s value for " + key), due.getEntity().toString());
        String dueCell = "<td><p><time datetime=\"2026-11-15\" /></p></td>";
        assertEquals(before.replace(dueCell, "<td><p><time datetime=\"2026-12-12\" /></p></td>"), pages.storage(PAGE));
        assertEquals(null, page().select(".pm-countermeasures__table tbody tr").get(1)
                .selectFirst(".pm-cm__due .pm-cm__difference"), "page and Jira agree now");

        String beforeOwner = pages.storage(PAGE);
        assertEquals(200, rows.fromJira(PAGE, rowId, "owner", "no-check").getStatus());

        String ownerCell = "<td><p><ac:link><ri:user ri:userkey=\"8a7f808a6a1b2c3d016a1b2c3d4e0002\" /></ac:link></p></td>";
        // The same user is named in the details table too: only the row's cell changes.
        int cell = beforeOwner.indexOf(ownerCell, beforeOwner.indexOf("reconnect after failover"));
        assertEquals(beforeOwner.substring(0, cell) + "<td><p><ac:link><ri:user ri:username=\"kwong\" /></ac:link></p></td>"
                + beforeOwner.substring(cell + ownerCell.length()), pages.storage(PAGE));
        Element after = page().select(".pm-countermeasures__table tbody tr").get(1);
        assertEquals("Kim Wong", after.selectFirst(".pm-cm__owner a").text());
        assertEquals(null, after.selectFirst(".pm-cm__difference"));
        assertEquals(409, rows.fromJira(PAGE, rowId, "owner", "no-check").getStatus(), "nothing left to take");
        assertEquals(400, rows.fromJira(PAGE, rowId, "priority", "no-check").getStatus());
    }

    @Test
    void anIssueDeletedInJiraShowsAsGoneAndUnlinkingLetsTheNextPressCreateExactlyOneNewIssue() {
        button.createAll(PAGE, 0, "no-check");
        String key = firstCreatedKey();
        jira.delete(key);
        job.runJob(null);
        when(fixture.permissions.hasPermission(any(), any(), any())).thenReturn(true);
        Element row = page().select(".pm-countermeasures__table tbody tr").get(1);
        String rowId = row.attr("data-row-id");
        assertEquals(key, row.selectFirst(".pm-jira-key--gone").text());
        assertEquals("Not in Jira any more (checked 0 s ago)", row.selectFirst(".pm-cm__synced").text());
        assertEquals(java.util.List.of("Create again", "Unlink"), row.select(".pm-cm__jira .pm-cm__actions button")
                .eachText());
        String before = pages.storage(PAGE);

        Response unlinked = rows.unlink(PAGE, rowId, "no-check");

        assertEquals(200, unlinked.getStatus(), unlinked.getEntity().toString());
        String jiraCell = "<td><p>" + key + "</p></td>";
        assertTrue(before.contains(jiraCell), before);
        assertEquals(before.replace(jiraCell, "<td><p /></td>"), pages.storage(PAGE));
        assertEquals("not in Jira yet", page().select(".pm-countermeasures__table tbody tr").get(1)
                .selectFirst(".pm-cm__jira").text());
        int issuesBefore = jira.issues().size();
        button.createAll(PAGE, 0, "no-check");
        assertEquals(issuesBefore + 1, jira.issues().size(), "one new issue for the unlinked row, none for the others");
        assertTrue(!firstCreatedKey().equals(key), "a new key: " + firstCreatedKey());
        button.createAll(PAGE, 0, "no-check");
        assertEquals(issuesBefore + 1, jira.issues().size(), "pressing again creates nothing");
    }

    @Test
    void createAgainUnlinksTheDeletedIssueAndCreatesTheRowsIssueInOneStep() {
        button.createAll(PAGE, 0, "no-check");
        String key = firstCreatedKey();
        jira.delete(key);
        job.runJob(null);
        String rowId = page().select(".pm-countermeasures__table tbody tr").get(1).attr("data-row-id");
        int issuesBefore = jira.issues().size();

        Response again = rows.createAgain(PAGE, rowId, "no-check");

        assertEquals(200, again.getStatus(), again.getEntity().toString());
        JsonObject answer = JsonParser.parseString(again.getEntity().toString()).getAsJsonObject();
        assertTrue(answer.get("created").getAsBoolean(), answer.toString());
        assertEquals(firstCreatedKey(), answer.get("key").getAsString());
        assertEquals(issuesBefore + 1, jira.issues().size());
        assertEquals(409, rows.createAgain(PAGE, rowId, "no-check").getStatus(), "the new issue is not gone");
        assertEquals(issuesBefore + 1, jira.issues().size());
    }

    @Test
    void nothingIsUnlinkedUnlessJiraConfirmsNowThatTheIssueIsGone() {
        button.createAll(PAGE, 0, "no-check");
        String key = firstCreatedKey();
        String rowId = page().select(".pm-countermeasures__table tbody tr").get(1).attr("data-row-id");
        String before = pages.storage(PAGE);
        assertEquals(409, rows.unlink(PAGE, rowId, "no-check").getStatus(), "never marked deleted");

        // Marked deleted by an earlier sync, but Jira has it (a permission glitch, an outage that answered oddly).
        TrackedIssue seen = fixture.tracked.byKey(io.github.postmortems.postmortem.IssueKey.parse(key).orElseThrow())
                .orElseThrow();
        fixture.tracked.save(new TrackedIssue(seen.row(), seen.key(), "", null, null, null, null, null,
                fixture.clock.instant(), ReconcileTrackedIssues.DELETED));
        Response exists = rows.unlink(PAGE, rowId, "no-check");
        assertEquals(409, exists.getStatus());
        assertTrue(exists.getEntity().toString().contains("Jira has " + key + " again"), exists.getEntity().toString());
        assertEquals("To Do", rowStatus(1), "the reread stored what Jira has");

        fixture.tracked.save(new TrackedIssue(seen.row(), seen.key(), "", null, null, null, null, null,
                fixture.clock.instant(), ReconcileTrackedIssues.DELETED));
        jira.failAlways(Endpoint.SEARCH, Fault.status(503));
        assertEquals(409, rows.unlink(PAGE, rowId, "no-check").getStatus(), "Jira cannot be asked");
        assertEquals(409, rows.createAgain(PAGE, rowId, "no-check").getStatus());
        jira.heal();

        assertEquals(403, rows.unlink(PAGE, rowId, null).getStatus(), "no XSRF header");
        assertEquals(before, pages.storage(PAGE));
        assertEquals(2, jira.issues().size());
    }

    private String firstCreatedKey() {
        return new StorageReader().readPage(pages.storage(PAGE),
                        io.github.postmortems.storage.ReadingContext.inZone(java.time.ZoneOffset.UTC))
                .countermeasures().get(1).countermeasure().jiraKey().toString();
    }

    /** The countermeasures macro rendered from the page as it is now. */
    private Document page() {
        String storage = pages.storage(PAGE);
        return html(fixture.countermeasuresMacro().execute(Map.of(), body(storage, "countermeasures"), display(storage)));
    }

    /** The status lozenge of a row, or "To Do" when the row has no status yet. */
    private String rowStatus(int row) {
        Element line = page().select(".pm-countermeasures__table tbody tr").get(row);
        Element lozenge = line.selectFirst(".pm-cm__jira .aui-lozenge");
        return lozenge == null ? "To Do" : lozenge.text();
    }

    private static InputStream posted(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** What Jira posts for an updated issue, shaped like its REST representation. */
    private static String webhookPayload(String key, String status, String category) {
        JsonObject payload = JsonParser.parseString(MacroFixtureResources.webhookSample()).getAsJsonObject();
        JsonObject issue = payload.getAsJsonObject("issue");
        issue.addProperty("key", key);
        JsonObject statusJson = issue.getAsJsonObject("fields").getAsJsonObject("status");
        statusJson.addProperty("name", status);
        statusJson.getAsJsonObject("statusCategory").addProperty("key", category);
        issue.getAsJsonObject("fields").remove("resolutiondate");
        return payload.toString();
    }
}
