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
import io.github.postmortems.review.SloPolicy;
import io.github.postmortems.text.BundleMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

import javax.ws.rs.core.Response;
import java.time.Period;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

/** The SLO policies saved through {@code admin/slo} (the site's) and {@code admin/space/{key}/slo}. */
class SloResourceTest {

    private static final String TIGHT = "{\"days\":{\"P1\":\"7\",\"P2\":\"14\",\"P3\":\"30\",\"P4\":\"90\"}}";
    private static final SloPolicy TIGHT_POLICY = new SloPolicy(Map.of("P1", Period.ofDays(7), "P2",
            Period.ofDays(14), "P3", Period.ofDays(30), "P4", Period.ofDays(90)));

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

    @Test
    void theSiteStartsWithTheHandbooksDefaultsAndAnAdministratorSavesItsOwn() {
        AdminFixture fixture = new AdminFixture().signedInAs(AdminFixture.ADMIN);
        assertEquals("28", json(site(fixture).show(), 200).getAsJsonObject("days").get("P2").getAsString());
        assertEquals("56", json(site(fixture).show(), 200).getAsJsonObject("days").get("P3").getAsString());

        JsonObject saved = json(site(fixture).save(TIGHT), 200);

        assertEquals("SLO saved.", saved.get("message").getAsString());
        assertEquals(TIGHT_POLICY, fixture.slo.site());
        assertEquals(TIGHT_POLICY, fixture.slo.applying("ENG"), "a space without its own works by the site's");
    }

    @Test
    void badDaysAreNamedBesideEachInTheAdminsLanguageAndNothingIsSaved() {
        AdminFixture fixture = new AdminFixture(BundleMessages.of("de")).signedInAs(AdminFixture.ADMIN);

        JsonObject refused = json(site(fixture).save(
                "{\"days\":{\"P1\":\"0\",\"P2\":\"400\",\"P3\":\"four\",\"P4\":\"30\"}}"), 400);

        JsonObject errors = refused.getAsJsonObject("errors");
        assertEquals("Eine ganze Zahl von Tagen zwischen 1 und 366.", errors.get("days.P1").getAsString());
        assertEquals(3, errors.size(), errors.toString());
        assertEquals(SloPolicy.defaults(), fixture.slo.site());
    }

    @Test
    void aPlainUserMayNotChangeTheSitesPolicy() {
        AdminFixture fixture = new AdminFixture().signedInAs(AdminFixture.USER);

        json(site(fixture).save(TIGHT), 403);
        json(site(fixture).show(), 403);
        json(site(fixture.signedInAs(AdminFixture.ADMIN)).save("[\"not"), 400);
        assertEquals(SloPolicy.defaults(), fixture.slo.site());
    }

    @Test
    void aSpaceAdministratorGivesTheSpaceItsOwnPolicyAndLaterTheSitesAgain() {
        when(permissions.hasPermission(eq(user), eq(Permission.ADMINISTER), eq(engineering))).thenReturn(true);
        AdminFixture fixture = new AdminFixture().signedInAs(AdminFixture.USER);

        JsonObject saved = json(space(fixture).save("ENG", TIGHT.replace("{\"days\"", "{\"own\":true,\"days\"")), 200);

        assertEquals("SLO of space ENG saved.", saved.get("message").getAsString());
        assertEquals(Optional.of(TIGHT_POLICY), fixture.slo.space("ENG"));
        assertEquals(TIGHT_POLICY, fixture.slo.applying("ENG"));
        assertEquals(SloPolicy.defaults(), fixture.slo.applying("OPS"));

        json(space(fixture).save("ENG", "{\"own\":false,\"days\":{\"P1\":\"nonsense\"}}"), 200);

        assertEquals(Optional.empty(), fixture.slo.space("ENG"), "the site's, unchecked fields not kept");
    }

    @Test
    void someoneWhoDoesNotAdministerTheSpaceIsRefused() {
        AdminFixture fixture = new AdminFixture().signedInAs(AdminFixture.USER);

        json(space(fixture).save("ENG", TIGHT.replace("{\"days\"", "{\"own\":true,\"days\"")), 403);
        json(space(fixture).show("ENG"), 403);

        assertEquals(Optional.empty(), fixture.slo.space("ENG"));
    }

    private static JsonObject json(Response response, int status) {
        assertEquals(status, response.getStatus(), String.valueOf(response.getEntity()));
        return JsonParser.parseString((String) response.getEntity()).getAsJsonObject();
    }

    private SpaceSloResource space(AdminFixture fixture) {
        return new SpaceSloResource(new SpaceAdminAccess(fixture.access(), permissions, spaces), fixture.slo,
                fixture.messages);
    }

    private static SiteSloResource site(AdminFixture fixture) {
        return new SiteSloResource(fixture.access(), fixture.slo, fixture.messages);
    }
}
