package io.github.postmortems.jira;

import io.github.postmortems.jira.fake.Endpoint;
import io.github.postmortems.jira.fake.FakeJira;
import io.github.postmortems.jira.memory.FixedConnections;
import io.github.postmortems.jira.memory.InMemoryPages;
import io.github.postmortems.jira.memory.InMemoryTrackedIssues;
import io.github.postmortems.postmortem.IssueKey;
import io.github.postmortems.storage.StorageReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Check Jira issues" over loopback HTTP. The fake Jira here is Jira as the person pressing the button sees it: it
 * has the WEB project they may browse, and neither the SEC project they may not see nor a NOPE project nobody has.
 */
class CheckTypedIssuesTest {

    private static final long PAGE = 4711;
    private static final String USER = "8a7f808a6a1b2c3d016a1b2c3d4e0001";

    private final ManualTime time = new ManualTime();
    private final InMemoryTrackedIssues tracked = new InMemoryTrackedIssues();
    private FakeJira asTheUserSeesIt;
    private InMemoryPages pages;

    @BeforeEach
    void start() {
        asTheUserSeesIt = FakeJira.start().project("WEB", "Task");
        String web = asTheUserSeesIt.existingIssue("WEB", "Fix the cache headers");
        asTheUserSeesIt.transition(web, "In Progress");
        pages = new InMemoryPages().page(PAGE, "Postmortem", table(web, "SEC-1", "NOPE-9"));
    }

    @AfterEach
    void stop() {
        asTheUserSeesIt.close();
    }

    @Test
    void tracksTheKeysTheUserCouldReadVouchedByThemAndNothingElse() throws JiraFailure {
        CheckTypedIssues.Outcome outcome = check(true).check(PAGE, USER);

        assertEquals(CheckTypedIssues.Kind.CHECKED, outcome.kind());
        assertEquals(List.of(key("WEB-1")), outcome.read());
        TrackedIssue web = tracked.byKey(key("WEB-1")).orElseThrow();
        assertEquals("In Progress", web.statusName());
        assertEquals(TrackedIssue.byUser(USER), web.vouchedBy());
        assertEquals(PAGE, web.row().pageId());
        assertEquals(1, tracked.size(), "nothing is tracked for a key the user could not read");
    }

    @Test
    void aForbiddenAndAMissingIssueAreReportedAlikeSoTheCheckIsNoOracle() throws JiraFailure {
        CheckTypedIssues.Outcome outcome = check(true).check(PAGE, USER);

        assertEquals(List.of(key("SEC-1"), key("NOPE-9")), outcome.unreadable());
    }

    @Test
    void aTokenConnectionCannotCheckAsTheUserAndTracksNothing() throws JiraFailure {
        CheckTypedIssues.Outcome outcome = check(false).check(PAGE, USER);

        assertEquals(CheckTypedIssues.Kind.CANNOT_ACT_AS_USER, outcome.kind());
        assertEquals(0, tracked.size());
        assertEquals(0, asTheUserSeesIt.requests(Endpoint.SEARCH));
    }

    @Test
    void aKeyAlreadyVouchedForIsNotAskedAgain() throws JiraFailure {
        check(true).check(PAGE, USER);
        int searches = asTheUserSeesIt.requests(Endpoint.SEARCH);

        CheckTypedIssues.Outcome again = check(true).check(PAGE, "someone-else");

        assertEquals(List.of(), again.read());
        assertEquals(Optional.of(TrackedIssue.byUser(USER)), tracked.byKey(key("WEB-1")).map(TrackedIssue::vouchedBy));
        assertTrue(asTheUserSeesIt.requests(Endpoint.SEARCH) > searches,
                "the unreadable keys are asked about again: the user may have been given access since");
    }

    private CheckTypedIssues check(boolean actsAsEachUser) {
        JiraClient client = Clients.against(asTheUserSeesIt, time, RetryPolicy.noRetries());
        JiraConnections connections = actsAsEachUser ? new AsEachUser(client) : new FixedConnections(client);
        return new CheckTypedIssues(pages, new StorageReader(), connections, tracked, time);
    }

    /** An application link that impersonates: the client reads Jira as the signed-in user. */
    private record AsEachUser(JiraClient client) implements JiraConnections {
        @Override
        public JiraClient forCurrentUser() {
            return client;
        }

        @Override
        public JiraClient forBackground() {
            throw new AssertionError("a check never reads Jira with the app's own identity");
        }

        @Override
        public boolean actsAsEachUser() {
            return true;
        }
    }

    private static String table(String... keys) {
        StringBuilder rows = new StringBuilder();
        for (String key : keys) {
            rows.append("<tr><td>Follow up on ").append(key).append("</td><td></td><td></td><td>").append(key)
                    .append("</td></tr>");
        }
        return "<ac:structured-macro ac:name=\"countermeasures\"><ac:rich-text-body><table><tbody>"
                + "<tr><th>Countermeasure</th><th>Owner</th><th>Due</th><th>Jira</th></tr>" + rows
                + "</tbody></table></ac:rich-text-body></ac:structured-macro>";
    }

    private static IssueKey key(String text) {
        return IssueKey.parse(text).orElseThrow();
    }
}
