package io.github.postmortems.confluence.rest;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.postmortems.confluence.jira.PagePermissions;
import io.github.postmortems.confluence.review.ReviewActors;
import io.github.postmortems.postmortem.PostmortemStatus;
import io.github.postmortems.review.ApprovalRules;
import io.github.postmortems.review.ApprovalRulesStore;
import io.github.postmortems.review.InMemoryReviews;
import io.github.postmortems.review.ReviewSteps;
import io.github.postmortems.storage.StorageReader;
import io.github.postmortems.text.BundleMessages;
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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

/** The review steps over REST: who may take which, JSON only, bounded input, answers in the user's language. */
class ReviewResourceTest {

    private static final long PAGE = 4711;
    private static final String JSON = "application/json";
    private static final String STORAGE = "<ac:structured-macro ac:name=\"postmortem-details\"><ac:rich-text-body>"
            + "<table><tbody><tr><th>Title</th><td>Login slow</td></tr><tr><th>Severity</th><td>SEV3</td></tr>"
            + "<tr><th>Status</th><td>Draft</td></tr></tbody></table></ac:rich-text-body></ac:structured-macro>";

    private final PageManager pageManager = mock(PageManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final UserManager users = mock(UserManager.class);
    private final TimeZoneManager zones = mock(TimeZoneManager.class);
    private final Page page = mock(Page.class);
    private final InMemoryReviews.Store store = new InMemoryReviews.Store();
    private final InMemoryReviews.Pages pages = new InMemoryReviews.Pages().with(PAGE, STORAGE, 1);
    private final ApprovalRules leads = new ApprovalRules(Set.of("lee"), Set.of("incident-leads"),
            ApprovalRules.siteDefaults().approvals());
    private MockedStatic<AuthenticatedUserThreadLocal> signedIn;
    private ReviewResource resource;

    @BeforeEach
    void setUp() {
        when(pageManager.getAbstractPage(PAGE)).thenReturn(page);
        when(page.isLatestVersion()).thenReturn(true);
        when(page.isCurrent()).thenReturn(true);
        when(page.getSpaceKey()).thenReturn("OPS");
        when(zones.getDefaultTimeZone()).thenReturn(TimeZone.getTimeZone("UTC"));
        profile("lee", "k-lee");
        profile("sam", "k-sam");
        ApprovalRulesStore rules = new ApprovalRulesStore() {
            @Override
            public ApprovalRules site() {
                return leads;
            }

            @Override
            public Optional<ApprovalRules> space(String spaceKey) {
                return Optional.empty();
            }

            @Override
            public void saveSite(ApprovalRules saved) {
            }

            @Override
            public void saveSpace(String spaceKey, Optional<ApprovalRules> saved) {
            }
        };
        ReviewSteps steps = new ReviewSteps(store, rules, pages, new StorageReader(),
                Clock.fixed(Instant.parse("2026-11-12T09:30:00Z"), ZoneOffset.UTC));
        resource = new ReviewResource(steps, new ReviewActors(permissions, new PagePermissions(permissions,
                pageManager), users), rules, pageManager, users, zones, BundleMessages.english());
        signedIn = mockStatic(AuthenticatedUserThreadLocal.class);
    }

    @AfterEach
    void close() {
        signedIn.close();
    }

    private void profile(String name, String key) {
        UserProfile profile = mock(UserProfile.class);
        when(profile.getUserKey()).thenReturn(new UserKey(key));
        when(profile.getUsername()).thenReturn(name);
        when(users.getUserProfile(name)).thenReturn(profile);
    }

    /** Signs in a person who may view the page, edit it or not, and belongs to {@code groups}. */
    private void as(String name, boolean mayEdit, String... groups) {
        ConfluenceUser user = mock(ConfluenceUser.class);
        when(user.getKey()).thenReturn(new UserKey("k-" + name));
        when(user.getName()).thenReturn(name);
        when(permissions.hasPermission(user, Permission.VIEW, page)).thenReturn(true);
        when(permissions.hasPermission(user, Permission.EDIT, page)).thenReturn(mayEdit);
        for (String group : groups) {
            when(users.isUserInGroup(new UserKey("k-" + name), group)).thenReturn(true);
        }
        signedIn.when(AuthenticatedUserThreadLocal::get).thenReturn(user);
        when(users.getRemoteUserKey()).thenReturn(new UserKey("k-" + name));
    }

    private static ByteArrayInputStream body(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject json(Response response) {
        return JsonParser.parseString((String) response.getEntity()).getAsJsonObject();
    }

    @Test
    void anEditorRequestsReviewByUserNameAndThePageSaysInReview() {
        as("ana", true);

        Response answer = resource.requestReview(PAGE, JSON, "no-check", body("{\"reviewers\":[\"lee\",\"sam\"]}"));

        assertAll(
                () -> assertEquals(200, answer.getStatus()),
                () -> assertEquals("IN_REVIEW", json(answer).get("status").getAsString()),
                () -> assertEquals("In review", json(answer).get("statusText").getAsString()),
                () -> assertEquals(2, json(answer).get("version").getAsInt()),
                () -> assertEquals(java.util.List.of("k-lee", "k-sam"), store.load(PAGE).review().reviewers()),
                () -> assertTrue(InMemoryReviews.storageOf(pages, PAGE).contains("<td>In review</td>")
                        || InMemoryReviews.storageOf(pages, PAGE).contains("<p>In review</p>")));
    }

    @Test
    void aReaderWhoMayNotEditCannotRequestReviewAndNothingIsWritten() {
        as("rob", false);

        Response answer = resource.requestReview(PAGE, JSON, "no-check", body("{\"reviewers\":[\"lee\"]}"));

        assertEquals(403, answer.getStatus());
        assertEquals("Only people who may edit this page can do that.", json(answer).get("message").getAsString());
        assertEquals(STORAGE, InMemoryReviews.storageOf(pages, PAGE));
    }

    @Test
    void onlyTheSpacesApproversApproveByNameOrGroupAndChangesNeedAComment() {
        as("ana", true);
        resource.requestReview(PAGE, JSON, "no-check", body("{\"reviewers\":[\"lee\"]}"));

        as("sam", true);
        Response outsider = resource.approve(PAGE, JSON, "no-check", body("{\"comment\":\"ok\"}"));
        as("kim", false, "incident-leads");
        Response noComment = resource.requestChanges(PAGE, JSON, "no-check", body("{}"));
        Response byGroup = resource.approve(PAGE, JSON, "no-check", body("{\"comment\":\"Good.\"}"));

        assertAll(
                () -> assertEquals(403, outsider.getStatus()),
                () -> assertEquals("You are not one of this space's approvers for postmortems.",
                        json(outsider).get("message").getAsString()),
                () -> assertEquals(400, noComment.getStatus()),
                () -> assertEquals(200, byGroup.getStatus(), "an approver need not be an editor"),
                () -> assertEquals(PostmortemStatus.APPROVED, store.load(PAGE).review().status()));
    }

    @Test
    void publishingNeedsAnApprovalFirst() {
        as("ana", true);
        resource.requestReview(PAGE, JSON, "no-check", body("{\"reviewers\":[\"lee\"]}"));

        Response early = resource.publish(PAGE, JSON, "no-check", body(""));
        as("lee", false);
        resource.approve(PAGE, JSON, "no-check", body("{}"));
        as("ana", true);
        Response published = resource.publish(PAGE, JSON, "no-check", body(""));

        assertEquals(409, early.getStatus());
        assertEquals(200, published.getStatus());
        assertEquals("PUBLISHED", json(published).get("status").getAsString());
    }

    @Test
    void withoutTheTokenHeaderOrAsAFormNothingHappens() {
        as("ana", true);

        Response noToken = resource.requestReview(PAGE, JSON, null, body("{\"reviewers\":[\"lee\"]}"));
        Response form = resource.requestReview(PAGE, "application/x-www-form-urlencoded", "no-check",
                body("reviewers=lee"));
        Response plain = resource.requestReview(PAGE, "text/plain", "no-check", body("{\"reviewers\":[\"lee\"]}"));

        assertEquals(403, noToken.getStatus());
        assertEquals(415, form.getStatus());
        assertEquals(415, plain.getStatus());
        assertEquals(STORAGE, InMemoryReviews.storageOf(pages, PAGE));
    }

    @Test
    void hostileBodiesAreRefusedWithAMessage() {
        as("ana", true);
        String tooMany = "{\"reviewers\":[" + "\"lee\",".repeat(21) + "\"sam\"]}";
        String nested = "{\"reviewers\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        String huge = "{\"comment\":\"" + "x".repeat(ReviewResource.MAX_BODY) + "\"}";

        Map<String, Response> answers = Map.of(
                "unknown", resource.requestReview(PAGE, JSON, "no-check", body("{\"reviewers\":[\"nobody\"]}")),
                "too many", resource.requestReview(PAGE, JSON, "no-check", body(tooMany)),
                "nested", resource.requestReview(PAGE, JSON, "no-check", body(nested)),
                "not json", resource.requestReview(PAGE, JSON, "no-check", body("{reviewers:")),
                "array", resource.requestReview(PAGE, JSON, "no-check", body("[]")),
                "numbers", resource.requestReview(PAGE, JSON, "no-check", body("{\"reviewers\":[1]}")),
                "huge", resource.requestReview(PAGE, JSON, "no-check", body(huge)));

        answers.forEach((name, answer) -> {
            assertEquals(400, answer.getStatus(), name);
            assertFalse(json(answer).get("message").getAsString().startsWith("postmortems."), name);
        });
        assertEquals("Nobody named nobody is known here.", json(answers.get("unknown")).get("message").getAsString());
        assertEquals(STORAGE, InMemoryReviews.storageOf(pages, PAGE));
    }

    @Test
    void aPageThatIsGoneOrAnOldVersionIs404AndSomeoneWhoMayNotViewItIs403() {
        as("ana", true);
        when(page.isLatestVersion()).thenReturn(false);
        assertEquals(404, resource.publish(PAGE, JSON, "no-check", body("")).getStatus());

        when(page.isLatestVersion()).thenReturn(true);
        when(permissions.hasPermission(any(), eq(Permission.VIEW), any())).thenReturn(false);
        assertEquals(403, resource.publish(PAGE, JSON, "no-check", body("")).getStatus());
        signedIn.when(AuthenticatedUserThreadLocal::get).thenReturn(null);
        when(users.getRemoteUserKey()).thenReturn(null);
        assertEquals(403, resource.publish(PAGE, JSON, "no-check", body("")).getStatus());
    }
}
