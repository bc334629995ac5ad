package io.github.postmortems.confluence.rest;

import io.github.postmortems.review.SloPolicyStore;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserManager;
import io.github.postmortems.confluence.HostPages;
import io.github.postmortems.confluence.jira.PagePermissions;
import io.github.postmortems.confluence.jira.SalDirectory;
import io.github.postmortems.jira.CreateJiraIssues;
import io.github.postmortems.jira.JiraClient;
import io.github.postmortems.jira.JiraSettings;
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
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

/** The Jira endpoints act on the current version of a page only: an old version's id is answered 404, untouched. */
class JiraIssuesOnOldVersionsTest {

    private static final long OLD_VERSION = 98_301L;
    private static final long TRASHED = 98_302L;

    private FakeJira jira;
    private InMemoryPages pages;
    private JiraIssuesResource button;
    private MockedStatic<AuthenticatedUserThreadLocal> signedIn;

    @BeforeEach
    void wire() throws IOException {
        jira = FakeJira.start().project("OPS", "Task");
        String storage = sample("full-page.xml");
        // The store answers for any id; only the host knows which id is an old version.
        pages = new InMemoryPages().page(OLD_VERSION, "Postmortem (v3)", storage).page(TRASHED, "Postmortem", storage);
        PageManager pageManager = mock(PageManager.class);
        Page old = HostPages.current();
        when(old.isLatestVersion()).thenReturn(false);
        Page trashed = HostPages.current();
        when(trashed.isCurrent()).thenReturn(false);
        when(pageManager.getAbstractPage(OLD_VERSION)).thenReturn(old);
        when(pageManager.getAbstractPage(TRASHED)).thenReturn(trashed);
        PermissionManager permissions = mock(PermissionManager.class);
        when(permissions.hasPermission(any(), any(), any())).thenReturn(true);
        signedIn = mockStatic(AuthenticatedUserThreadLocal.class);
        signedIn.when(AuthenticatedUserThreadLocal::get).thenReturn(mock(ConfluenceUser.class));

        Clock clock = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);
        FixedSettings settings = new FixedSettings(new JiraSettings(new JiraSettings.Connection.Token(jira.baseUrl(),
                FakeJira.TOKEN), "OPS", "Task", Map.of(), Duration.ofMinutes(10), ""));
        JiraClient client = new JiraClient(RetryingTransport.around(new TokenTransport(jira.baseUrl(), FakeJira.TOKEN,
                new Timeouts(Duration.ofSeconds(1), Duration.ofSeconds(2))), RetryPolicy.noRetries()));
        InMemoryCreationLedger ledger = new InMemoryCreationLedger();
        StorageReader reader = new StorageReader();
        CreateJiraIssues create = new CreateJiraIssues(pages, new SalDirectory(mock(UserManager.class)),
                new FixedConnections(client), settings, ledger, new InMemoryTrackedIssues(), reader, clock,
                SloPolicyStore.DEFAULTS);
        button = new JiraIssuesResource(create, new WriteBackJiraKeys(pages, ledger, reader, clock),
                new PagePermissions(permissions, pageManager), BundleMessages.english());
    }

    @AfterEach
    void stop() {
        signedIn.close();
        jira.close();
    }

    @Test
    void aPressOnAnOldVersionCreatesNothingAndWritesNothing() {
        Response pressed = button.createAll(OLD_VERSION, 0, "no-check");

        assertEquals(404, pressed.getStatus());
        assertTrue(pressed.getEntity().toString().contains("not the current version of a page"),
                pressed.getEntity().toString());
        assertEquals(0, jira.issues().size());
        assertEquals(1, pages.versionCount(OLD_VERSION));
    }

    @Test
    void everyJiraEndpointRefusesAnOldVersionOrATrashedPage() {
        for (long id : new long[] {OLD_VERSION, TRASHED}) {
            assertEquals(404, button.plan(id).getStatus());
            assertEquals(404, button.createRow(id, "r1", "no-check").getStatus());
            assertEquals(404, button.writeBack(id, "no-check").getStatus());
            assertEquals(404, button.createAll(id, 0, "no-check").getStatus());
        }
        assertEquals(0, jira.issues().size());
        assertEquals(1, pages.versionCount(TRASHED));
    }

    private static String sample(String name) throws IOException {
        try (InputStream in = JiraIssuesOnOldVersionsTest.class.getResourceAsStream("/samples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
