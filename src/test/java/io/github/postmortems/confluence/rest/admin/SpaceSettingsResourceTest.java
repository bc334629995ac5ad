package io.github.postmortems.confluence.rest.admin;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import io.github.postmortems.confluence.admin.AdminFixture;
import io.github.postmortems.confluence.admin.SpaceAdminAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

import javax.ws.rs.core.Response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

/**
 * A space's own Jira project, issue type and priorities through {@code admin/space/{key}/jira}: who may see and change
 * them, what is saved, and what applies (the space's choice over the site's).
 */
class SpaceSettingsResourceTest {

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

    private SpaceSettingsResource resource(AdminFixture fixture) {
        return new SpaceSettingsResource(new SpaceAdminAccess(fixture.access(), permissions, spaces), fixture.store,
                fixture.messages);
    }

    private static JsonObject json(Response response, int status) {
        assertEquals(status, response.getStatus(), String.valueOf(response.getEntity()));
        return JsonParser.parseString((String) response.getEntity()).getAsJsonObject();
    }

    private void spaceAdministrator() {
        when(permissions.hasPermission(eq(user), eq(Permission.ADMINISTER), eq(engineering))).thenReturn(true);
    }

    @Test
    void aSpaceAdministratorChoosesTheSpacesProjectAndTheSitesStayForTheRest() {
        spaceAdministrator();
        AdminFixture fixture = new AdminFixture().signedInAs(AdminFixture.USER).savedWithToken();

        JsonObject saved = json(resource(fixture).save("ENG",
                "{\"projectKey\":\"eng\",\"issueType\":\"\",\"priorities\":{\"P2\":\"Low\"}}"), 200);

        assertEquals("Jira settings of space ENG saved.", saved.get("message").getAsString());
        JsonObject applied = saved.getAsJsonObject("settings").getAsJsonObject("applied");
        assertEquals("ENG", applied.get("projectKey").getAsString());
        assertEquals("Task", applied.get("issueType").getAsString(), "the site's issue type");
        assertEquals("Highest", applied.getAsJsonObject("priorities").get("P1").getAsString());
        assertEquals("Low", applied.getAsJsonObject("priorities").get("P2").getAsString());
        assertEquals("OPS", saved.getAsJsonObject("settings").getAsJsonObject("site").get("projectKey").getAsString());
        assertEquals("ENG", fixture.store.forSpace("ENG").projectKey());
        assertEquals("OPS", fixture.store.load().projectKey(), "the site's settings are untouched");
    }

    @Test
    void showsTheSpacesChoiceTheSitesAndWhatApplies() {
        spaceAdministrator();
        AdminFixture fixture = new AdminFixture().signedInAs(AdminFixture.USER).savedWithToken();

        JsonObject shown = json(resource(fixture).show("ENG"), 200);

        assertEquals("", shown.getAsJsonObject("space").get("projectKey").getAsString());
        assertEquals("OPS", shown.getAsJsonObject("applied").get("projectKey").getAsString());
    }

    @Test
    void aBadProjectKeyIsNamedBesideItsFieldAndNothingIsSaved() {
        spaceAdministrator();
        AdminFixture fixture = new AdminFixture().signedInAs(AdminFixture.USER).savedWithToken();

        JsonObject refused = json(resource(fixture).save("ENG", "{\"projectKey\":\"1eng\"}"), 400);

        assertEquals("\u201c1ENG\u201d is not a Jira project key: a letter, then letters, digits or underscores, for "
                + "example OPS.", refused.getAsJsonObject("errors").get("projectKey").getAsString());
        assertTrue(fixture.store.space("ENG").isEmpty());
    }

    @Test
    void someoneWhoDoesNotAdministerTheSpaceIsRefusedAndLearnsNotWhetherItExists() {
        AdminFixture fixture = new AdminFixture().signedInAs(AdminFixture.USER).savedWithToken();

        json(resource(fixture).save("ENG", "{\"projectKey\":\"ENG\"}"), 403);
        json(resource(fixture).show("NONE"), 403);
        assertTrue(fixture.store.space("ENG").isEmpty());
        when(permissions.hasPermission(any(), any(), any())).thenReturn(true);
        json(resource(new AdminFixture().signedInAs(null)).show("ENG"), 401);
    }

    @Test
    void aConfluenceAdministratorMayChooseForAnySpaceThatExists() {
        AdminFixture fixture = new AdminFixture().signedInAs(AdminFixture.ADMIN).savedWithToken();

        json(resource(fixture).save("ENG", "{\"projectKey\":\"ENG\"}"), 200);
        JsonObject missing = json(resource(fixture).show("NONE"), 404);

        assertEquals("There is no space NONE.", missing.get("message").getAsString());
    }

    @Test
    void anUnreadableBodyIsRefused() {
        spaceAdministrator();
        AdminFixture fixture = new AdminFixture().signedInAs(AdminFixture.USER);

        json(resource(fixture).save("ENG", "[\"not\", "), 400);
    }
}
