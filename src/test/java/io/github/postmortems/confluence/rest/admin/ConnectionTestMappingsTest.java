package io.github.postmortems.confluence.rest.admin;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.postmortems.confluence.admin.AdminFixture;
import io.github.postmortems.confluence.admin.ConnectionTest;
import io.github.postmortems.incident.IncidentSettings;
import io.github.postmortems.jira.fake.Endpoint;
import io.github.postmortems.jira.fake.FakeJira;
import io.github.postmortems.settings.IncidentForm;
import io.github.postmortems.text.BundleMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Test connection" with the incident mappings as typed, against the fake Jira on loopback: fields, statuses, link
 * types, priorities and projects as Jira DC's REST v2 lists them. Each wrong item is one line; a few requests.
 */
class ConnectionTestMappingsTest {

    private final FakeJira jira = FakeJira.start().project("OPS", "Task").project("INC", "Incident")
            .customField("customfield_10200", "Severity", "option")
            .customField("customfield_10300", "Incident start", "datetime")
            .customField("customfield_10301", "Detected at", "datetime")
            .customField("customfield_10302", "Outage day", "date");

    @AfterEach
    void stop() {
        jira.close();
    }

    private Map<String, Object> form(IncidentForm incident) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("connection", "token");
        form.put("baseUrl", jira.baseUrl().toString());
        form.put("token", FakeJira.TOKEN);
        form.put("projectKey", "OPS");
        form.put("issueType", "Task");
        form.put("priorities", Map.of());
        form.put("syncIntervalMinutes", "10");
        form.put("webhookSecret", "");
        form.put("incident", incident);
        return form;
    }

    private static IncidentForm.SeverityRow row(String value, String severity) {
        return new IncidentForm.SeverityRow(value, severity);
    }

    private static JsonObject run(AdminFixture fixture, Map<String, Object> form) {
        ConnectionTest test = new ConnectionTest(fixture.store, fixture.pages()::applicationLinkIds,
                ConnectionTest.Connector.through(fixture.applicationLinks), fixture.messages);
        Response response = new ConnectionTestResource(fixture.access(), test, fixture.messages)
                .run(AdminJson.GSON.toJson(form));
        assertEquals(200, response.getStatus());
        return JsonParser.parseString((String) response.getEntity()).getAsJsonObject();
    }

    private static AdminFixture admin() {
        return new AdminFixture().signedInAs(AdminFixture.ADMIN);
    }

    private static List<String> strings(JsonElement array) {
        List<String> strings = new ArrayList<>();
        array.getAsJsonArray().forEach(e -> strings.add(e.getAsString()));
        return strings;
    }

    @Test
    void theDefaultsPassOnAPlainJira() {
        JsonObject answer = run(admin(), form(IncidentForm.showing(IncidentSettings.defaults("OPS"))));

        assertTrue(answer.get("ok").getAsBoolean(), answer.toString());
        assertEquals(List.of(), strings(answer.get("problems")));
        assertEquals(1, jira.requests(Endpoint.STATUSES), "the detect status is looked up");
        assertEquals(0, jira.requests(Endpoint.FIELDS), "no field chosen, none looked up");
    }

    @Test
    void aGoodMappingOfCustomFieldsPasses() {
        IncidentForm good = new IncidentForm("customfield_10200", List.of(row("Sev 1", "SEV1"), row("Sev 2", "SEV2")),
                "customfield_10300", "customfield_10301", "", "", "blocks, Relates", "OPS, inc");

        JsonObject answer = run(admin(), form(good));

        assertTrue(answer.get("ok").getAsBoolean(), answer.toString());
        assertEquals(1, jira.requests(Endpoint.FIELDS));
        assertEquals(1, jira.requests(Endpoint.ISSUE_LINK_TYPES));
        assertEquals(0, jira.requests(Endpoint.STATUSES), "the detect field is set: the status is not used");
    }

    @Test
    void eachWrongItemIsOneLineBesideItsField() {
        IncidentForm wrong = new IncidentForm("", List.of(row("Highest", "SEV1"), row("Urgent", "SEV1"),
                row("Blocker", "SEV1")), "customfield_99999", "", "customfield_10302", "Investigating",
                "Blocks, Causes", "OPS, NOPE, GONE");

        JsonObject answer = run(admin(), form(wrong));

        assertFalse(answer.get("ok").getAsBoolean());
        assertTrue(answer.get("connected").getAsBoolean());
        assertEquals(List.of(
                "Start from field: Jira has no field with the id customfield_99999.",
                "End from field: Outage day (customfield_10302) holds values of type date, not a date and time.",
                "Detect status: Jira has no status Investigating.",
                "Link types offered: Jira has no link type Causes.",
                "Severity mapping Urgent \u2192 SEV1: Jira has no priority Urgent.",
                "Projects a token may read: project NOPE does not exist or the token\u2019s Jira user cannot see it.",
                "Projects a token may read: project GONE does not exist or the token\u2019s Jira user cannot see it."),
                strings(answer.get("problems")));
        JsonObject errors = answer.getAsJsonObject("errors");
        assertEquals("Detect status: Jira has no status Investigating.",
                errors.get("incident.detectStatus").getAsString());
        assertTrue(errors.get("incident.tokenProjects").getAsString().contains("NOPE"));
        assertTrue(errors.get("incident.startField").getAsString().contains("customfield_99999"));
        assertTrue(errors.get("incident.endField").getAsString().contains("Outage day"));
        assertTrue(errors.get("incident.linkTypes").getAsString().contains("Causes"));
        assertTrue(errors.get("incident.severities").getAsString().contains("Urgent"));
    }

    @Test
    void aFewRequestsWhateverTheMappingsSize() {
        List<IncidentForm.SeverityRow> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(row("Priority " + i, "SEV3"));
        }
        IncidentForm large = new IncidentForm("", rows, "customfield_10300", "", "customfield_10301", "In Progress",
                "Blocks, Relates, Duplicate", "OPS, INC, NOPE, GONE, ALSO");
        int before = jira.requests();

        JsonObject answer = run(admin(), form(large));

        assertEquals(43, answer.getAsJsonArray("problems").size(), "40 priorities and 3 projects missing");
        assertEquals(1, jira.requests(Endpoint.FIELDS));
        assertEquals(1, jira.requests(Endpoint.STATUSES));
        assertEquals(1, jira.requests(Endpoint.ISSUE_LINK_TYPES));
        assertEquals(1, jira.requests(Endpoint.PRIORITIES), "the creation check's list, read once");
        assertEquals(1, jira.requests(Endpoint.PROJECTS), "the creation check's list, read once");
        assertEquals(1, jira.requests(Endpoint.PROJECT), "only the countermeasure project, as before");
        assertTrue(jira.requests() - before <= 12, jira.requests() + " requests");
    }

    @Test
    void aTypingMistakeInTheMappingsIsSaidBesideItsFieldAndTheConnectionStillTested() {
        IncidentForm typo = new IncidentForm("Severity level", List.of(), "", "", "", "", "", "");

        JsonObject answer = run(admin(), form(typo));

        assertTrue(answer.get("connected").getAsBoolean());
        assertEquals("\u201cSeverity level\u201d is not a Jira field id: enter the id, such as customfield_10200, "
                + "not the field\u2019s name.", answer.getAsJsonObject("errors").get("incident.severityField")
                .getAsString());
    }

    @Test
    void theLinesAreInTheAdminsLanguage() {
        AdminFixture german = new AdminFixture(BundleMessages.of("de"))
                .signedInAs(AdminFixture.ADMIN);
        IncidentForm wrong = new IncidentForm("", List.of(), "", "", "", "Investigating", "", "");

        JsonObject answer = run(german, form(wrong));

        assertEquals(List.of("Erkennungsstatus: Jira hat keinen Status Investigating."),
                strings(answer.get("problems")));
    }

    @Test
    void aFormWithoutMappingsTestsWhatItDidBefore() {
        Map<String, Object> form = form(null);
        form.remove("incident");

        JsonObject answer = run(admin(), form);

        assertTrue(answer.get("ok").getAsBoolean(), answer.toString());
        assertEquals(0, jira.requests(Endpoint.STATUSES) + jira.requests(Endpoint.FIELDS)
                + jira.requests(Endpoint.ISSUE_LINK_TYPES));
    }
}
