package io.github.postmortems.confluence.rest.admin;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.postmortems.confluence.admin.AdminFixture;
import io.github.postmortems.incident.IncidentSettings;
import io.github.postmortems.jira.JiraSettings;
import io.github.postmortems.settings.IncidentForm;
import io.github.postmortems.text.BundleMessages;
import org.junit.jupiter.api.Test;

import javax.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Saving the settings form with its "Drafting from incidents" part: both parts saved together, or neither. */
class AdminSettingsMappingsTest {

    private static AdminSettingsResource resource(AdminFixture fixture) {
        return new AdminSettingsResource(fixture.access(), fixture.settings(), fixture.messages);
    }

    private static Map<String, Object> form(Object incident) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("connection", "token");
        form.put("baseUrl", "https://jira.example.com");
        form.put("token", "");
        form.put("projectKey", "OPS");
        form.put("issueType", "Task");
        form.put("priorities", Map.of());
        form.put("syncIntervalMinutes", "10");
        form.put("webhookSecret", AdminFixture.SECRET);
        if (incident != null) {
            form.put("incident", incident);
        }
        return form;
    }

    private static JsonObject save(AdminFixture fixture, Map<String, Object> form, int status) {
        Response response = resource(fixture).save(AdminJson.GSON.toJson(form));
        assertEquals(status, response.getStatus(), String.valueOf(response.getEntity()));
        return JsonParser.parseString((String) response.getEntity()).getAsJsonObject();
    }

    private static IncidentForm.SeverityRow row(String value, String severity) {
        return new IncidentForm.SeverityRow(value, severity);
    }

    @Test
    void theMappingsAreSavedWithTheFormAndAnsweredAsSaved() {
        AdminFixture fixture = new AdminFixture().savedWithToken().signedInAs(AdminFixture.ADMIN);
        IncidentForm typed = new IncidentForm("customfield_10200", List.of(row("Sev 1", "SEV1")), "", "", "",
                "Investigating", "Blocks", "ops, inc");

        JsonObject answer = save(fixture, form(typed), 200);

        assertEquals("OPS, INC", answer.getAsJsonObject("incident").get("tokenProjects").getAsString());
        IncidentSettings saved = fixture.incidents.load();
        assertEquals("customfield_10200", saved.severityField());
        assertEquals(Map.of("Sev 1", "SEV1"), saved.severities());
        assertEquals(Set.of("OPS", "INC"), saved.tokenProjects());
        assertEquals("Investigating", saved.detectStatus());
    }

    @Test
    void aWrongMappingSavesNothingAndSaysWhatIsWrongBesideEachField() {
        AdminFixture fixture = new AdminFixture().savedWithToken().signedInAs(AdminFixture.ADMIN);
        JiraSettings before = fixture.store.load();
        Map<String, Object> form = form(new IncidentForm("Severity level", List.of(row("Sev 1", "SEV1"),
                row("sev 1", "SEV2"), row("Sev 9", "SEV9")), "", "", "", "", "", "1NC"));
        form.put("issueType", "Bug");

        JsonObject answer = save(fixture, form, 400);

        JsonObject errors = answer.getAsJsonObject("errors");
        assertEquals("Nothing was saved. Correct the fields marked below.", answer.get("message").getAsString());
        assertEquals("\u201cSeverity level\u201d is not a Jira field id: enter the id, such as customfield_10200, "
                + "not the field\u2019s name.", errors.get("incident.severityField").getAsString());
        assertEquals("\u201csev 1\u201d is mapped twice: keep one row. Choose SEV1, SEV2, SEV3 or SEV4 for "
                + "\u201cSev 9\u201d.", errors.get("incident.severities").getAsString());
        assertTrue(errors.get("incident.tokenProjects").getAsString().contains("1NC"));
        assertEquals(before, fixture.store.load(), "the Jira part, though right, is not saved either");
        assertEquals(IncidentSettings.defaults("OPS"), fixture.incidents.load());
    }

    @Test
    void aWrongJiraPartSavesNoMappingsEither() {
        AdminFixture fixture = new AdminFixture().savedWithToken().signedInAs(AdminFixture.ADMIN);
        Map<String, Object> form = form(new IncidentForm("", List.of(row("P1", "SEV1")), "", "", "", "", "", ""));
        form.put("syncIntervalMinutes", "ten");

        JsonObject answer = save(fixture, form, 400);

        assertTrue(answer.getAsJsonObject("errors").has("syncIntervalMinutes"));
        assertEquals(IncidentSettings.defaults("OPS"), fixture.incidents.load());
    }

    @Test
    void aFormWithoutMappingsKeepsTheSavedOnes() {
        AdminFixture fixture = new AdminFixture().savedWithToken().signedInAs(AdminFixture.ADMIN);
        IncidentSettings custom = new IncidentSettings("", Map.of("P1", "SEV1"), "", "", "", "", Set.of(),
                Set.of("INC"));
        fixture.incidents.save(custom);

        save(fixture, form(null), 200);

        assertEquals(custom, fixture.incidents.load());
    }

    @Test
    void theProblemsAreInTheAdminsLanguage() {
        AdminFixture fixture = new AdminFixture(BundleMessages.of("fr")).savedWithToken()
                .signedInAs(AdminFixture.ADMIN);

        JsonObject answer = save(fixture, form(new IncidentForm("", List.of(row("P1", "SEV7")), "", "", "", "",
                "", "")), 400);

        assertEquals("Choisissez SEV1, SEV2, SEV3 ou SEV4 pour \u00ab\u00a0P1\u00a0\u00bb.",
                answer.getAsJsonObject("errors").get("incident.severities").getAsString());
        assertFalse(answer.getAsJsonObject("errors").has("syncIntervalMinutes"));
    }
}
