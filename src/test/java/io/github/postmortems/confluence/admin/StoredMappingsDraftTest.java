package io.github.postmortems.confluence.admin;

import com.google.gson.JsonObject;
import io.github.postmortems.incident.DraftFromIncident;
import io.github.postmortems.incident.DraftOutcome;
import io.github.postmortems.incident.IncidentDraft;
import io.github.postmortems.jira.JiraClient;
import io.github.postmortems.jira.RetryPolicy;
import io.github.postmortems.jira.RetryingTransport;
import io.github.postmortems.jira.Timeouts;
import io.github.postmortems.jira.TokenTransport;
import io.github.postmortems.jira.fake.Endpoint;
import io.github.postmortems.jira.fake.FakeJira;
import io.github.postmortems.jira.memory.FixedConnections;
import io.github.postmortems.settings.IncidentForm;
import io.github.postmortems.settings.SettingsForm;
import io.github.postmortems.text.BundleMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Fill from Jira" with the mappings the administrator saved on the settings page, through the same store Confluence
 * wires into {@link DraftFromIncident} (jira-context.xml), against the fake Jira on loopback with a token.
 */
class StoredMappingsDraftTest {

    private static final Instant CREATED = Instant.parse("2026-11-28T09:00:00Z");

    private final FakeJira jira = FakeJira.start().project("OPS", "Task").project("INC", "Incident")
            .user("ana", "Ana Ops", "ana@example.com")
            .customField("customfield_10200", "Severity", "option");
    private final AdminFixture fixture = new AdminFixture().savedWithToken(jira.baseUrl(), FakeJira.TOKEN);
    private final DraftFromIncident drafts = new DraftFromIncident(new FixedConnections(new JiraClient(
            RetryingTransport.around(new TokenTransport(jira.baseUrl(), FakeJira.TOKEN,
                    new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5))), RetryPolicy.noRetries()))),
            fixture.store, fixture.incidents);

    @AfterEach
    void stop() {
        jira.close();
    }

    /** An incident in INC with priority Low and the custom severity field set to "Sev 2 - degraded". */
    private String incident() {
        String key = jira.incident("INC", "Checkout slow", "ana", "Low", CREATED);
        JsonObject option = new JsonObject();
        option.addProperty("self", jira.baseUrl() + "/rest/api/2/customFieldOption/10401");
        option.addProperty("value", "Sev 2 - degraded");
        option.addProperty("id", "10401");
        jira.serveField(key, "customfield_10200", option);
        return key;
    }

    /** Saves the mappings as the settings page does: the whole form, through the admin's save. */
    private void saveMappings(IncidentForm mappings) {
        SettingsForm jiraForm = SettingsForm.showing(fixture.store.load());
        AdminSettings.Saved saved = fixture.settings().save(jiraForm, mappings);
        assertInstanceOf(AdminSettings.Saved.Done.class, saved, saved.toString());
    }

    private Optional<String> severityOf(String key) {
        DraftOutcome outcome = drafts.draft(key, BundleMessages.english());
        IncidentDraft draft = assertInstanceOf(DraftOutcome.Drafted.class, outcome, outcome.toString()).draft();
        return draft.severity();
    }

    @Test
    void aCustomSeverityFieldMappedOnTheSettingsPageGivesTheSeverity() {
        String key = incident();
        saveMappings(new IncidentForm("customfield_10200",
                List.of(new IncidentForm.SeverityRow("Sev 1 - outage", "SEV1"),
                        new IncidentForm.SeverityRow("sev 2 - DEGRADED", "SEV2")),
                "", "", "", "", "", "INC"));

        assertEquals(Optional.of("SEV2"), severityOf(key));
        assertTrue(jira.last(Endpoint.ISSUE).query().get("fields").contains("customfield_10200"),
                "the saved field is asked for");
    }

    @Test
    void withoutSavedMappingsTheDefaultsApply() {
        String key = incident();

        assertInstanceOf(DraftOutcome.NotAllowed.class, drafts.draft(key, BundleMessages.english()),
                "by default a token reads only the countermeasure project, OPS");
        saveMappings(IncidentForm.showing(io.github.postmortems.incident.IncidentSettings.defaults("INC")));

        assertEquals(Optional.of("SEV4"), severityOf(key), "Low, the priority, by the default mapping");
    }

    @Test
    void aChangedMappingAppliesToTheNextDraftWithoutARestart() {
        String key = incident();
        saveMappings(new IncidentForm("", List.of(new IncidentForm.SeverityRow("Low", "SEV3")), "", "", "", "", "",
                "INC"));
        assertEquals(Optional.of("SEV3"), severityOf(key));

        saveMappings(new IncidentForm("", List.of(new IncidentForm.SeverityRow("Low", "SEV1")), "", "", "", "", "",
                "INC"));

        assertEquals(Optional.of("SEV1"), severityOf(key));
    }
}
