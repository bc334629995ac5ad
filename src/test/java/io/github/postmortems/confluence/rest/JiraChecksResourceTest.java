package io.github.postmortems.confluence.rest;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import io.github.postmortems.confluence.HostPages;
import io.github.postmortems.confluence.jira.PagePermissions;
import io.github.postmortems.jira.CheckTypedIssues;
import io.github.postmortems.jira.memory.FixedConnections;
import io.github.postmortems.jira.memory.InMemoryPages;
import io.github.postmortems.jira.memory.InMemoryTrackedIssues;
import io.github.postmortems.storage.StorageReader;
import io.github.postmortems.text.BundleMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

import javax.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

/** The "Check Jira issues" endpoint: only editors of a page's current version, only with the XSRF header. */
class JiraChecksResourceTest {

    private static final long PAGE = 98_305L;
    private static final long OLD_VERSION = 98_301L;

    private final PermissionManager permissions = mock(PermissionManager.class);
    private final InMemoryTrackedIssues tracked = new InMemoryTrackedIssues();
    private MockedStatic<AuthenticatedUserThreadLocal> signedIn;
    private JiraChecksResource resource;

    @BeforeEach
    void wire() {
        PageManager pageManager = mock(PageManager.class);
        Page page = HostPages.current();
        Page old = HostPages.current();
        when(old.isLatestVersion()).thenReturn(false);
        when(pageManager.getAbstractPage(PAGE)).thenReturn(page);
        when(pageManager.getAbstractPage(OLD_VERSION)).thenReturn(old);
        ConfluenceUser user = mock(ConfluenceUser.class);
        when(user.getKey()).thenReturn(new UserKey("8a7f0001"));
        signedIn = mockStatic(AuthenticatedUserThreadLocal.class);
        signedIn.when(AuthenticatedUserThreadLocal::get).thenReturn(user);
        String storage = "<ac:structured-macro ac:name=\"countermeasures\"><ac:rich-text-body><table><tbody>"
                + "<tr><th>Countermeasure</th><th>Jira</th></tr><tr><td>Rotate keys</td><td>SEC-1</td></tr>"
                + "</tbody></table></ac:rich-text-body></ac:structured-macro>";
        InMemoryPages pages = new InMemoryPages().page(PAGE, "Postmortem", storage).page(OLD_VERSION, "Old", storage);
        // A token connection: it cannot read Jira as the user, and a check must never fall back to its identity.
        CheckTypedIssues check = new CheckTypedIssues(pages, new StorageReader(), new FixedConnections(null), tracked,
                Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC));
        resource = new JiraChecksResource(check, new PagePermissions(permissions, pageManager),
                BundleMessages.english());
    }

    @AfterEach
    void signOut() {
        signedIn.close();
    }

    @Test
    void aReaderWhoMayNotEditThePageIsRefused() {
        Response refused = resource.check(PAGE, "no-check");

        assertEquals(403, refused.getStatus());
        assertEquals(0, tracked.size());
    }

    @Test
    void aRequestWithoutTheXsrfHeaderOrForAnOldVersionIsRefused() {
        when(permissions.hasPermission(any(), any(), any())).thenReturn(true);

        assertEquals(403, resource.check(PAGE, null).getStatus());
        assertEquals(404, resource.check(OLD_VERSION, "no-check").getStatus());
    }

    @Test
    void withATokenConnectionTheEditorIsToldWhyNothingCanBeCheckedAsThem() {
        when(permissions.hasPermission(any(), any(), any())).thenReturn(true);

        Response answer = resource.check(PAGE, "no-check");

        assertEquals(200, answer.getStatus());
        assertTrue(answer.getEntity().toString().contains("personal access token"), answer.getEntity().toString());
        assertTrue(answer.getEntity().toString().contains("\"unreadable\":[\"SEC-1\"]"), answer.getEntity().toString());
        assertEquals(0, tracked.size());
    }
}
