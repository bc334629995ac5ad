package io.github.postmortems.confluence.rest.admin;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.postmortems.confluence.admin.AdminFixture;
import io.github.postmortems.digest.DigestSettings;
import org.junit.jupiter.api.Test;

import javax.ws.rs.core.Response;
import java.time.DayOfWeek;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The digest's switch and day saved through {@code admin/digest}: administrators only, the day checked. */
class DigestSettingsResourceTest {

    private static JsonObject json(Response response, int status) {
        assertEquals(status, response.getStatus(), String.valueOf(response.getEntity()));
        return JsonParser.parseString((String) response.getEntity()).getAsJsonObject();
    }

    private static DigestSettingsResource resource(AdminFixture fixture) {
        return new DigestSettingsResource(fixture.access(), fixture.digest, fixture.messages);
    }

    @Test
    void anAdministratorSwitchesItOffAndMovesItToFridayAndReadsItBack() {
        AdminFixture fixture = new AdminFixture().signedInAs(AdminFixture.ADMIN);

        JsonObject saved = json(resource(fixture).save("{\"enabled\":false,\"day\":\"FRIDAY\"}"), 200);

        assertAll(
                () -> assertEquals("Digest settings saved.", saved.get("message").getAsString()),
                () -> assertEquals(new DigestSettings(false, DayOfWeek.FRIDAY), fixture.digest.load()),
                () -> assertEquals("FRIDAY", json(resource(fixture).show(), 200).get("day").getAsString()),
                () -> assertEquals(false, json(resource(fixture).show(), 200).get("enabled").getAsBoolean()));
    }

    @Test
    void untilSavedItIsOnOnMondays() {
        JsonObject shown = json(resource(new AdminFixture().signedInAs(AdminFixture.ADMIN)).show(), 200);

        assertAll(
                () -> assertEquals(true, shown.get("enabled").getAsBoolean()),
                () -> assertEquals("MONDAY", shown.get("day").getAsString()));
    }

    @Test
    void aDayThatIsNoneIsRefusedBesideItsFieldAndNothingIsSaved() {
        AdminFixture fixture = new AdminFixture().signedInAs(AdminFixture.ADMIN);

        JsonObject refused = json(resource(fixture).save("{\"enabled\":true,\"day\":\"Caturday\"}"), 400);

        assertAll(
                () -> assertEquals("Choose a day of the week.",
                        refused.getAsJsonObject("errors").get("day").getAsString()),
                () -> assertEquals(DigestSettings.defaults(), fixture.digest.load()),
                () -> json(resource(fixture).save("not json"), 400),
                () -> json(resource(fixture).save("{\"day\":\"MONDAY\"}"), 400));
    }

    @Test
    void onlyAdministratorsSeeOrSaveIt() {
        AdminFixture user = new AdminFixture().signedInAs(AdminFixture.USER);
        AdminFixture anonymous = new AdminFixture().signedInAs(null);

        assertAll(
                () -> assertEquals(403, resource(user).save("{\"enabled\":false,\"day\":\"FRIDAY\"}").getStatus()),
                () -> assertEquals(401, resource(anonymous).show().getStatus()),
                () -> assertEquals(DigestSettings.defaults(), user.digest.load()));
    }
}
