package io.github.postmortems.confluence.rest;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserKey;
import io.github.postmortems.confluence.HostPages;
import io.github.postmortems.confluence.jira.PagePermissions;
import io.github.postmortems.jira.RowIds;
import io.github.postmortems.jira.memory.InMemoryPages;
import io.github.postmortems.jira.memory.InMemoryTrackedIssues;
import io.github.postmortems.postmortem.UserRef;
import io.github.postmortems.review.SettleCountermeasure;
import io.github.postmortems.storage.CountermeasureRow;
import io.github.postmortems.storage.ReadingContext;
import io.github.postmortems.storage.StorageReader;
import io.github.postmortems.text.BundleMessages;
import io.github.postmortems.text.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

import javax.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

/** "Verify" and "Won't do" over REST: editors of the current version only, JSON only, bounded, refused in words. */
class CountermeasureStatesResourceTest {

    private static final long PAGE = 98_305L;
    private static final long OLD_VERSION = 98_301L;
    private static final String JSON = "application/json; charset=UTF-8";
    private static final String STORAGE = "<ac:structured-macro ac:name=\"countermeasures\"><ac:rich-text-body>"
            + "<table><tbody><tr><th>Countermeasure</th><th>Jira</th><th>Status</th></tr>"
            + "<tr><td>Shard the queue</td><td></td><td></td></tr></tbody></table></ac:rich-text-body>"
            + "</ac:structured-macro>";

    private final PermissionManager permissions = mock(PermissionManager.class);
    private final InMemoryPages pages = new InMemoryPages().page(PAGE, "Postmortem", STORAGE)
            .page(OLD_VERSION, "Old", STORAGE);
    private MockedStatic<AuthenticatedUserThreadLocal> signedIn;
    private String rowId;

    @BeforeEach
    void wire() {
        ConfluenceUser user = mock(ConfluenceUser.class);
        when(user.getKey()).thenReturn(new UserKey("8a7f0001"));
        signedIn = mockStatic(AuthenticatedUserThreadLocal.class);
        signedIn.when(AuthenticatedUserThreadLocal::get).thenReturn(user);
        rowId = RowIds.assign(PAGE, new StorageReader().readPage(STORAGE, ReadingContext.inZone(ZoneOffset.UTC))
                .countermeasures().stream().map(CountermeasureRow::countermeasure).toList()).get(0).rowId();
    }

    @AfterEach
    void signOut() {
        signedIn.close();
    }

    @Test
    void anEditorDeclinesARowAndThePageGetsANewVersion() {
        editor();

        Response answer = post(resource(BundleMessages.english()), PAGE, rowId, "no-check", JSON,
                "{\"state\":\"wont-do\",\"note\":\"Replaced by the new queue\"}");

        assertEquals(200, answer.getStatus(), answer.getEntity().toString());
        assertTrue(answer.getEntity().toString().contains("is recorded as won"), answer.getEntity().toString());
        assertEquals(2, pages.versionCount(PAGE));
        assertTrue(pages.storage(PAGE).contains("<time datetime=\"2026-11-21\" /> <ac:link><ri:user "
                + "ri:userkey=\"8a7f0001\" /></ac:link>: Replaced by the new queue</p>"), pages.storage(PAGE));
    }

    @Test
    void aReaderAnOldVersionOrARequestWithoutTheXsrfHeaderChangesNothing() {
        CountermeasureStatesResource resource = resource(BundleMessages.english());
        String body = "{\"state\":\"wont-do\",\"note\":\"x\"}";

        assertEquals(403, post(resource, PAGE, rowId, "no-check", JSON, body).getStatus());
        editor();
        assertEquals(403, post(resource, PAGE, rowId, null, JSON, body).getStatus());
        assertEquals(404, post(resource, OLD_VERSION, rowId, "no-check", JSON, body).getStatus());
        assertEquals(404, post(resource, PAGE, "../../admin", "no-check", JSON, body).getStatus());
        assertEquals(1, pages.versionCount(PAGE));
    }

    @Test
    void onlyJsonOfBoundedSizeIsRead() {
        editor();
        CountermeasureStatesResource resource = resource(BundleMessages.english());

        assertEquals(415, post(resource, PAGE, rowId, "no-check", "application/x-www-form-urlencoded",
                "state=wont-do&note=x").getStatus());
        assertEquals(415, post(resource, PAGE, rowId, "no-check", "text/plain",
                "{\"state\":\"wont-do\",\"note\":\"x\"}").getStatus());
        assertEquals(413, post(resource, PAGE, rowId, "no-check", JSON,
                "{\"state\":\"wont-do\",\"note\":\"" + "x".repeat(CountermeasureStatesResource.MAX_BODY) + "\"}")
                .getStatus());
        assertEquals(400, post(resource, PAGE, rowId, "no-check", JSON, "[1,2]").getStatus());
        assertEquals(400, post(resource, PAGE, rowId, "no-check", JSON, "{\"state\":\"done\",\"note\":\"x\"}")
                .getStatus());
        assertEquals(400, post(resource, PAGE, rowId, "no-check", JSON, "{\"state\":\"wont-do\",\"note\":"
                + "[".repeat(3000) + "]".repeat(3000) + "}").getStatus(), "a deep nest is skipped, not recursed");
        assertEquals(1, pages.versionCount(PAGE));
    }

    @Test
    void hostileNotesAreRefusedInTheUsersLanguageOrWrittenAsText() {
        editor();
        CountermeasureStatesResource german = resource(BundleMessages.of("de"));

        Response tooLong = post(german, PAGE, rowId, "no-check", JSON,
                "{\"state\":\"wont-do\",\"note\":\"" + "x".repeat(1_001) + "\"}");
        Response control = post(german, PAGE, rowId, "no-check", JSON,
                "{\"state\":\"wont-do\",\"note\":\"bell\\u0007\"}");
        Response blank = post(german, PAGE, rowId, "no-check", JSON, "{\"state\":\"wont-do\",\"note\":\"  \"}");

        assertEquals(400, tooLong.getStatus());
        assertTrue(tooLong.getEntity().toString().contains("unter 1.000 Zeichen"), tooLong.getEntity().toString());
        assertEquals(400, control.getStatus());
        assertTrue(control.getEntity().toString().contains("Steuerzeichen"), control.getEntity().toString());
        assertEquals(400, blank.getStatus());
        assertEquals(1, pages.versionCount(PAGE));

        Response markup = post(german, PAGE, rowId, "no-check", JSON,
                "{\"state\":\"wont-do\",\"note\":\"<img src=x onerror=alert(1)>\"}");

        assertEquals(200, markup.getStatus());
        assertFalse(pages.storage(PAGE).contains("<img"), pages.storage(PAGE));
        assertTrue(pages.storage(PAGE).contains("&lt;img src=x onerror=alert(1)&gt;"), pages.storage(PAGE));
        assertTrue(pages.storage(PAGE).contains(">Wird nicht umgesetzt<"), pages.storage(PAGE));
    }

    @Test
    void verifyingWorkNotDoneIsAConflictThatSaysWhy() {
        editor();

        Response answer = post(resource(BundleMessages.english()), PAGE, rowId, "no-check", JSON,
                "{\"state\":\"verified\",\"note\":\"works\"}");

        assertEquals(409, answer.getStatus());
        assertTrue(answer.getEntity().toString().contains("only done work can be verified"),
                answer.getEntity().toString());
        assertEquals(1, pages.versionCount(PAGE));
    }

    private void editor() {
        when(permissions.hasPermission(any(), any(), any())).thenReturn(true);
    }

    private CountermeasureStatesResource resource(Messages messages) {
        PageManager pageManager = mock(PageManager.class);
        Page page = HostPages.current();
        Page old = HostPages.current();
        when(old.isLatestVersion()).thenReturn(false);
        when(pageManager.getAbstractPage(PAGE)).thenReturn(page);
        when(pageManager.getAbstractPage(OLD_VERSION)).thenReturn(old);
        TimeZoneManager zones = mock(TimeZoneManager.class);
        when(zones.getUserTimeZone()).thenReturn(TimeZone.getTimeZone("Europe/Berlin"));
        SettleCountermeasure settle = new SettleCountermeasure(pages, new InMemoryTrackedIssues(), new StorageReader(),
                Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC));
        return new CountermeasureStatesResource(settle, new PagePermissions(permissions, pageManager),
                () -> Optional.of(new UserRef.ByKey("8a7f0001")), zones, messages);
    }

    private static Response post(CountermeasureStatesResource resource, long pageId, String rowId, String xsrf,
                                 String contentType, String body) {
        return resource.say(pageId, rowId, xsrf, contentType,
                new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }
}
