package io.github.postmortems.jira;

import com.google.gson.JsonObject;
import io.github.postmortems.jira.fake.Endpoint;
import io.github.postmortems.jira.fake.FakeJira;
import io.github.postmortems.postmortem.IssueKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LinksAndUsersTest {

    private final ManualTime time = new ManualTime();
    private FakeJira jira;
    private JiraClient client;

    @BeforeEach
    void startJira() {
        jira = FakeJira.start().project("OPS", "Task").project("INC", "Incident")
                .user("jsmith", "Jane Smith", "jane@example.com")
                .user("jsmithers", "John Smithers", "john@example.com");
        client = Clients.against(jira, time);
    }

    @AfterEach
    void stopJira() {
        jira.close();
    }

    private static IssueKey key(String text) {
        return IssueKey.parse(text).orElseThrow();
    }

    private static RemoteLink pageLink(String title) {
        return RemoteLink.toPostmortem(98765, URI.create("https://wiki.example.com/pages/viewpage.action?pageId=98765"),
                title, "SEV2 \u00b7 In review", false, "Postmortem", "Postmortems");
    }

    @Test
    void linksTheIssueToThePageAsJiraExpectsIt() throws JiraFailure {
        String issue = jira.existingIssue("OPS", "Alert on lag");

        client.linkToPage(key(issue), pageLink("Postmortem: DB failover"));

        JsonObject body = jira.last(Endpoint.REMOTE_LINK).json();
        // Not Confluence's own type: Jira's Confluence renderer would decode the globalId as appId=...&pageId=...
        assertEquals("io.github.postmortems:page=98765@wiki.example.com", body.get("globalId").getAsString());
        assertEquals("Postmortem", body.get("relationship").getAsString());
        assertEquals("io.github.postmortems", body.getAsJsonObject("application").get("type").getAsString());
        assertEquals("Postmortems", body.getAsJsonObject("application").get("name").getAsString());
        assertEquals("SEV2 \u00b7 In review", body.getAsJsonObject("object").get("summary").getAsString());
        assertEquals(false, body.getAsJsonObject("object").getAsJsonObject("status").get("resolved").getAsBoolean());
        assertEquals("https://wiki.example.com/pages/viewpage.action?pageId=98765",
                body.getAsJsonObject("object").get("url").getAsString());
        assertEquals("Postmortem: DB failover", body.getAsJsonObject("object").get("title").getAsString());
    }

    @Test
    void linkingThePageAgainUpdatesTheLinkInsteadOfAddingOne() throws JiraFailure {
        String issue = jira.existingIssue("OPS", "Alert on lag");

        client.linkToPage(key(issue), pageLink("Postmortem: DB failover"));
        client.linkToPage(key(issue), pageLink("Postmortem: DB failover (renamed)"));

        assertEquals(1, jira.remoteLinks(issue).size());
        assertEquals("Postmortem: DB failover (renamed)", jira.remoteLinks(issue).get("io.github.postmortems:page=98765@wiki.example.com")
                .getAsJsonObject("object").get("title").getAsString());
    }

    @Test
    void linkingAMissingIssueIsRejectedWithJirasMessage() {
        JiraRejected rejected = assertThrows(JiraRejected.class,
                () -> client.linkToPage(key("OPS-404"), pageLink("Postmortem")));

        assertEquals(404, rejected.status());
        assertEquals("Issue Does Not Exist", rejected.errors().describe());
    }

    @Test
    void relatesTheCountermeasureToTheIncidentOnceHoweverOftenAsked() throws JiraFailure {
        String countermeasure = jira.existingIssue("OPS", "Alert on lag");
        String incident = jira.existingIssue("INC", "DB failover");

        client.relate(key(countermeasure), key(incident));
        client.relate(key(countermeasure), key(incident));

        JsonObject body = jira.last(Endpoint.ISSUE_LINK).json();
        assertEquals("Relates", body.getAsJsonObject("type").get("name").getAsString());
        assertEquals(countermeasure, body.getAsJsonObject("outwardIssue").get("key").getAsString());
        assertEquals(incident, body.getAsJsonObject("inwardIssue").get("key").getAsString());
        assertEquals(1, jira.issueLinks().size());
    }

    @Test
    void findsTheOwnerByExactUsernameNotByPrefix() throws JiraFailure {
        UserLookup found = client.findUser("jsmith", Optional.empty());

        UserLookup.Found user = assertInstanceOf(UserLookup.Found.class, found);
        assertEquals("jsmith", user.user().username());
        assertEquals("Jane Smith", user.user().displayName());
        assertEquals(UserLookup.Matched.BY_USERNAME, user.how());
        assertEquals("jsmith", jira.last(Endpoint.USER_SEARCH).query().get("username"));
    }

    @Test
    void fallsBackToTheEmailWhenJiraKnowsTheUsernameNot() throws JiraFailure {
        UserLookup found = client.findUser("jane.smith", Optional.of("Jane@Example.com"));

        UserLookup.Found user = assertInstanceOf(UserLookup.Found.class, found);
        assertEquals("jsmith", user.user().username());
        assertEquals(UserLookup.Matched.BY_EMAIL, user.how());
        assertEquals(2, jira.requests(Endpoint.USER_SEARCH));
    }

    @Test
    void neverMatchesAnInactiveUser() throws JiraFailure {
        jira.inactiveUser("gone", "Gone Person", "gone@example.com");

        assertInstanceOf(UserLookup.NotFound.class, client.findUser("gone", Optional.of("gone@example.com")));
    }

    @Test
    void twoPeopleSharingAnEmailIsAmbiguousRatherThanAGuess() throws JiraFailure {
        jira.user("ops1", "Ops One", "ops@example.com").user("ops2", "Ops Two", "ops@example.com");

        UserLookup found = client.findUser("ops", Optional.of("ops@example.com"));

        assertEquals(2, assertInstanceOf(UserLookup.Ambiguous.class, found).candidates().size());
    }

    @Test
    void nobodyByEitherNameIsNotFound() throws JiraFailure {
        assertInstanceOf(UserLookup.NotFound.class, client.findUser("ghost", Optional.of("ghost@example.com")));
    }

    @Test
    void testingTheConnectionNamesJiraAndWhoWeAreThere() throws JiraFailure {
        JiraConnection connection = client.testConnection();

        assertEquals("9.12.2", connection.server().version());
        assertEquals(jira.baseUrl().toString(), connection.server().baseUrl());
        assertEquals(FakeJira.BOT, connection.actingUser().username());
    }

    @Test
    void testingTheConnectionWithAWrongTokenSaysTheCredentialsAreWrong() {
        JiraClient stranger = Clients.against(jira, "expired-token", time, RetryPolicy.defaults());

        JiraUnauthorized refused = assertThrows(JiraUnauthorized.class, stranger::testConnection);

        assertEquals(JiraUnauthorized.Reason.NOT_AUTHENTICATED, refused.reason());
        assertEquals(1, jira.requests(Endpoint.SERVER_INFO), "serverInfo answers anonymously");
        assertEquals(1, jira.requests(Endpoint.MYSELF));
    }
}
