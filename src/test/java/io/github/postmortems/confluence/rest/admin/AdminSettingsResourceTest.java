package io.github.postmortems.confluence.rest.admin;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.postmortems.confluence.admin.AdminFixture;
import io.github.postmortems.jira.JiraSettings;
import io.github.postmortems.text.BundleMessages;
import org.junit.jupiter.api.Test;

import javax.ws.rs.core.Response;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdminSettingsResourceTest {

    private static AdminSettingsResource resource(AdminFixture fixture) {
        return new AdminSettingsResource(fixture.access(), fixture.settings(), fixture.messages);
    }

    private static JsonObject json(Response response) {
        return JsonParser.parseString((String) response.getEntity()).getAsJsonObject();
    }

    private static String form(String connection, String baseUrl, String token, String projectKey, String minutes,
                               String secret) {
        JsonObject form = new JsonObject();
        form.addProperty("connection", connection);
        form.addProperty("applicationLinkId", "");
        form.addProperty("baseUrl", baseUrl);
        form.addProperty("token", token);
        form.addProperty("projectKey", projectKey);
        form.addProperty("issueType", "Task");
        JsonObject priorities = new JsonObject();
        priorities.addProperty("P1", "Highest");
        form.add("priorities", priorities);
        form.addProperty("syncIntervalMinutes", minutes);
        form.addProperty("webhookSecret", secret);
        return form.toString();
    }

    @Test
    void getShowsTheSavedSettingsWithoutTheToken() {
        AdminFixture fixture = new AdminFixture().signedInAs(AdminFixture.ADMIN).savedWithToken();

        Response response = resource(fixture).show();

        assertEquals(200, response.getStatus());
        assertEquals("no-store", response.getHeaderString("Cache-Control"));
        String body = (String) response.getEntity();
        assertFalse(body.contains(AdminFixture.TOKEN), body);
        JsonObject shown = JsonParser.parseString(body).getAsJsonObject();
        assertTrue(shown.get("tokenSaved").getAsBoolean());
        assertEquals("", shown.getAsJsonObject("settings").get("token").getAsString());
        assertEquals("OPS", shown.getAsJsonObject("settings").get("projectKey").getAsString());
        assertEquals("Highest", shown.getAsJsonObject("settings").getAsJsonObject("priorities").get("P1").getAsString());
        assertEquals("https://wiki.example.com/confluence/rest/postmortems/1.0/jira/webhook?secret=" + AdminFixture.SECRET,
                shown.get("webhookUrl").getAsString());
    }

    @Test
    void putWithABlankTokenKeepsTheSavedToken() {
        AdminFixture fixture = new AdminFixture().signedInAs(AdminFixture.ADMIN).savedWithToken();

        Response response = resource(fixture).save(form("token", "https://jira.example.com/", "", "sre", "5",
                AdminFixture.SECRET));

        assertEquals(200, response.getStatus(), (String) response.getEntity());
        assertFalse(((String) response.getEntity()).contains(AdminFixture.TOKEN));
        assertEquals("Settings saved.", json(response).get("message").getAsString());
        JiraSettings saved = fixture.store.load();
        assertEquals(AdminFixture.TOKEN, ((JiraSettings.Connection.Token) saved.connection()).token());
        assertEquals("SRE", saved.projectKey());
        assertEquals(5, saved.syncInterval().toMinutes());
    }

    @Test
    void aNewSyncIntervalReschedulesTheReconcileJobOnce() {
        AdminFixture fixture = new AdminFixture().signedInAs(AdminFixture.ADMIN).savedWithToken();
        int interval = (int) fixture.store.load().syncInterval().toMinutes();

        resource(fixture).save(form("token", "https://jira.example.com/", "", "OPS", String.valueOf(interval + 7), ""));
        resource(fixture).save(form("token", "https://jira.example.com/", "", "OPS", String.valueOf(interval + 7), ""));

        assertEquals(1, fixture.reschedules.get(), "rescheduled when the interval changed, not when it stayed");
    }

    @Test
    void putWithANewTokenReplacesIt() {
        AdminFixture fixture = new AdminFixture().signedInAs(AdminFixture.SYSADMIN).savedWithToken();

        assertEquals(200, resource(fixture).save(form("token", "https://jira.example.com", "new-pat", "OPS", "10", ""))
                .getStatus());

        assertEquals("new-pat", ((JiraSettings.Connection.Token) fixture.store.load().connection()).token());
    }

    @Test
    void putWithProblemsSavesNothingAndNamesEachFieldInTheAdminsLanguage() {
        AdminFixture fixture = new AdminFixture(BundleMessages.of("fr")).signedInAs(AdminFixture.ADMIN).savedWithToken();
        JiraSettings before = fixture.store.load();

        Response response = resource(fixture).save(form("token", "jira.example.com", "", "1OPS", "0", "short"));

        assertEquals(400, response.getStatus());
        JsonObject answer = json(response);
        assertEquals("Rien n\u2019a \u00e9t\u00e9 enregistr\u00e9. Corrigez les champs signal\u00e9s.",
                answer.get("message").getAsString());
        JsonObject errors = answer.getAsJsonObject("errors");
        assertEquals(Map.of("baseUrl", "Saisissez l\u2019adresse de Jira, commen\u00e7ant par https:// ou http://, par exemple https://jira.example.com.",
                        "projectKey", "\u00ab\u00a01OPS\u00a0\u00bb n\u2019est pas une cl\u00e9 de projet Jira : une lettre, puis des lettres, chiffres ou tirets bas, par exemple OPS.",
                        "syncIntervalMinutes", "Un nombre entier de minutes entre 1 et 10080.",
                        "webhookSecret", "Au moins 16 caract\u00e8res, uniquement lettres, chiffres et - _ . ~ \u2013 ou cliquez sur G\u00e9n\u00e9rer."),
                Map.of("baseUrl", errors.get("baseUrl").getAsString(), "projectKey", errors.get("projectKey").getAsString(),
                        "syncIntervalMinutes", errors.get("syncIntervalMinutes").getAsString(),
                        "webhookSecret", errors.get("webhookSecret").getAsString()));
        assertEquals(4, errors.size());
        assertEquals(before, fixture.store.load());
    }

    @Test
    void aBodyThatIsNotTheFormIsABadRequest() {
        AdminFixture fixture = new AdminFixture().signedInAs(AdminFixture.ADMIN);

        assertEquals(400, resource(fixture).save("[1, 2").getStatus());
        assertEquals(400, resource(fixture).save("").getStatus());
    }

    @Test
    void nonAdministratorsAreRefusedAndNothingIsSaved() {
        AdminFixture fixture = new AdminFixture().signedInAs(AdminFixture.USER).savedWithToken();
        JiraSettings before = fixture.store.load();

        Response get = resource(fixture).show();
        Response put = resource(fixture).save(form("none", "", "", "", "10", ""));
        Response secret = resource(fixture).newWebhookSecret();

        assertEquals(403, get.getStatus());
        assertFalse(((String) get.getEntity()).contains(AdminFixture.SECRET));
        assertEquals(403, put.getStatus());
        assertEquals(403, secret.getStatus());
        assertEquals("Only Confluence administrators can change the Jira connection of postmortems.",
                json(put).get("message").getAsString());
        assertEquals(before, fixture.store.load());
    }

    @Test
    void anonymousCallersAreUnauthorized() {
        AdminFixture fixture = new AdminFixture().signedInAs(null);

        assertEquals(401, resource(fixture).show().getStatus());
        assertEquals(401, resource(fixture).save(form("none", "", "", "", "10", "")).getStatus());
    }

    @Test
    void aNewWebhookSecretIsOfferedButNotSaved() {
        AdminFixture fixture = new AdminFixture().signedInAs(AdminFixture.ADMIN).savedWithToken();

        Response response = resource(fixture).newWebhookSecret();

        assertEquals(200, response.getStatus());
        String secret = json(response).get("secret").getAsString();
        assertTrue(secret.matches("[A-Za-z0-9_-]{43}"), secret);
        assertEquals(AdminFixture.SECRET, fixture.store.load().webhookSecret());
    }
}
