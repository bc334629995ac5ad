package io.github.postmortems.confluence.rest.admin;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.postmortems.confluence.admin.AdminFixture;
import io.github.postmortems.confluence.admin.SpaceAdminAccess;
import io.github.postmortems.review.ApprovalRules;
import io.github.postmortems.text.BundleMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

import javax.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

/** The approval rules saved through {@code admin/review} (the site's) and {@code admin/space/{key}/review}. */
class ReviewRulesResourceTest {

    private static final String STRICT = "{\"users\":\"alice, bob\",\"groups\":\"sre-leads\","
            + "\"approvals\":{\"SEV1\":\"3\",\"SEV2\":\"2\",\"SEV3\":\"2\",\"SEV4\":\"1\"}}";

    private final PermissionManager permissions = mock(PermissionManager.class);
    private final SpaceManager spaces = mock(SpaceManager.class);
    private final Space engineering = mock(Space.class);
    private final ConfluenceUser user = mock(ConfluenceUser.class);
    private MockedStatic<AuthenticatedUserThreadLocal> signedIn;

    @BeforeEach
    void wire() {
        when(spaces.getSpace("ENG")).thenReturn(engineering);
        signedIn = mockStatic(AuthenticatedUserThreadLocal.class);
        signedIn.when(AuthenticatedUserThreadLocal::get).thenReturn(user);
    }

    @AfterEach
    void signOut() {
        signedIn.close();
    }

    private static JsonObject json(Response response, int status) {
        assertEquals(status, response.getStatus(), String.valueOf(response.getEntity()));
        return JsonParser.parseString((String) response.getEntity()).getAsJsonObject();
    }

    private SpaceReviewRulesResource space(AdminFixture fixture) {
        return new SpaceReviewRulesResource(new SpaceAdminAccess(fixture.access(), permissions, spaces),
                fixture.approvalRules, fixture.messages);
    }

    private static SiteReviewRulesResource site(AdminFixture fixture) {
        return new SiteReviewRulesResource(fixture.access(), fixture.approvalRules, fixture.messages);
    }

    private static ApprovalRules strict() {
        return new ApprovalRules(Set.of("alice", "bob"), Set.of("sre-leads"), Map.of(1, 3, 2, 2, 3, 2, 4, 1));
    }

    @Test
    void anAdministratorSavesTheSitesRules() {
        AdminFixture fixture = new AdminFixture().signedInAs(AdminFixture.ADMIN);

        JsonObject saved = json(site(fixture).save(STRICT), 200);

        assertEquals("Review rules saved.", saved.get("message").getAsString());
        assertEquals("alice\nbob", saved.getAsJsonObject("rules").get("users").getAsString());
        assertEquals(strict(), fixture.approvalRules.site());
        assertEquals("3", json(site(fixture).show(), 200).getAsJsonObject("approvals").get("SEV1").getAsString());
    }

    @Test
    void badFieldsAreNamedBesideEachInTheAdminsLanguageAndNothingIsSaved() {
        AdminFixture fixture = new AdminFixture(BundleMessages.of("de")).signedInAs(AdminFixture.ADMIN);

        JsonObject refused = json(site(fixture).save("{\"users\":\"ok\",\"groups\":\"a\\u0001b\","
                + "\"approvals\":{\"SEV1\":\"9\",\"SEV2\":\"2\",\"SEV3\":\"1\",\"SEV4\":\"1\"}}"), 400);

        JsonObject errors = refused.getAsJsonObject("errors");
        assertEquals("Eine ganze Zahl von 1 bis 5.", errors.get("approvals.SEV1").getAsString());
        assertTrue(errors.get("groups").getAsString().contains("a?b"), errors.toString());
        assertEquals(2, errors.size(), errors.toString());
        assertEquals(ApprovalRules.siteDefaults(), fixture.approvalRules.site());
    }

    @Test
    void aPlainUserMayNotChangeTheSitesRules() {
        AdminFixture fixture = new AdminFixture().signedInAs(AdminFixture.USER);

        json(site(fixture).save(STRICT), 403);
        json(site(fixture).show(), 403);
        json(site(fixture.signedInAs(AdminFixture.ADMIN)).save("[\"not"), 400);
        assertEquals(ApprovalRules.siteDefaults(), fixture.approvalRules.site());
    }

    @Test
    void aSpaceAdministratorGivesTheSpaceItsOwnRulesAndLaterTheSitesAgain() {
        when(permissions.hasPermission(eq(user), eq(Permission.ADMINISTER), eq(engineering))).thenReturn(true);
        AdminFixture fixture = new AdminFixture().signedInAs(AdminFixture.USER);

        JsonObject saved = json(space(fixture).save("ENG", STRICT.replace("{", "{\"own\":true,")), 200);

        assertEquals("Review rules of space ENG saved.", saved.get("message").getAsString());
        assertTrue(saved.getAsJsonObject("settings").get("own").getAsBoolean());
        assertEquals(Optional.of(strict()), fixture.approvalRules.space("ENG"));
        assertEquals(ApprovalRules.siteDefaults(), fixture.approvalRules.site());

        json(space(fixture).save("ENG", "{\"own\":false,\"approvals\":{\"SEV1\":\"nonsense\"}}"), 200);

        assertEquals(Optional.empty(), fixture.approvalRules.space("ENG"), "the site's, unchecked fields not kept");
    }

    @Test
    void aSpacesOwnRulesAreCheckedAndSomeoneWhoDoesNotAdministerTheSpaceIsRefused() {
        AdminFixture fixture = new AdminFixture().signedInAs(AdminFixture.USER);

        json(space(fixture).save("ENG", STRICT.replace("{", "{\"own\":true,")), 403);
        when(permissions.hasPermission(eq(user), eq(Permission.ADMINISTER), eq(engineering))).thenReturn(true);
        JsonObject refused = json(space(fixture).save("ENG",
                "{\"own\":true,\"users\":\"\",\"groups\":\"\",\"approvals\":{\"SEV1\":\"2\"}}"), 400);

        assertEquals("A whole number from 1 to 5.",
                refused.getAsJsonObject("errors").get("approvals.SEV4").getAsString());
        assertEquals(Optional.empty(), fixture.approvalRules.space("ENG"));
    }
}
