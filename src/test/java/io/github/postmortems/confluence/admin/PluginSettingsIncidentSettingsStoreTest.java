package io.github.postmortems.confluence.admin;

import io.github.postmortems.incident.IncidentSettings;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The incident mappings in SAL's settings: as saved, the defaults until then, and stored values that cannot be used. */
class PluginSettingsIncidentSettingsStoreTest {

    private final AdminFixture fixture = new AdminFixture();

    private static IncidentSettings custom() {
        Map<String, String> severities = new LinkedHashMap<>();
        severities.put("Sev 1 - Outage", "SEV1");
        severities.put("sev 2 - degraded", "SEV2");
        severities.put("Sev 3", "SEV3");
        severities.put("Sev 1 - Data loss", "SEV1");
        return new IncidentSettings("customfield_10200", severities, "customfield_10300", "customfield_10301",
                "Investigating", "customfield_10302", Set.of("Blocks"), Set.of("INC", "OPS"));
    }

    @Test
    void untilSavedTheDefaultsApplyWithTheTokenReadingTheCountermeasureProject() {
        fixture.savedWithToken();

        assertEquals(IncidentSettings.defaults("OPS"), fixture.incidents.load());
        assertEquals(Set.of("OPS"), fixture.incidents.load().tokenProjects());
    }

    @Test
    void savedMappingsComeBackAsSavedInTheirCaseGroupedBySeverity() {
        fixture.savedWithToken();
        fixture.incidents.save(custom());

        IncidentSettings loaded = fixture.incidents.load();
        assertEquals(custom(), loaded);
        assertEquals(List.of("Sev 1 - Outage", "Sev 1 - Data loss", "sev 2 - degraded", "Sev 3"),
                List.copyOf(loaded.severities().keySet()));
        assertEquals("Sev 1 - Outage\nSev 1 - Data loss",
                fixture.pluginSettings.get(PluginSettingsIncidentSettingsStore.SEVERITY + "SEV1"));
    }

    @Test
    void emptyListsOnceSavedMeanNoneNotTheDefaults() {
        fixture.savedWithToken();
        IncidentSettings nothing = new IncidentSettings("", Map.of(), "", "", "", "", Set.of(), Set.of());
        fixture.incidents.save(nothing);

        IncidentSettings loaded = fixture.incidents.load();
        assertEquals(Map.of(), loaded.severities());
        assertEquals(Set.of(), loaded.tokenProjects(), "no project, though the countermeasures go to OPS");
        assertEquals(IncidentSettings.DEFAULT_DETECT_STATUS, loaded.detectStatus());
    }

    @Test
    void valuesThatCannotBeUsedFallBackToTheirDefaultsAndTheRestIsKept() {
        fixture.savedWithToken();
        fixture.incidents.save(custom());
        Map<String, Object> stored = fixture.pluginSettings.values;
        stored.put(PluginSettingsIncidentSettingsStore.SEVERITY_FIELD, List.of("customfield_10200"));
        stored.put(PluginSettingsIncidentSettingsStore.START_FIELD, "Incident start");
        stored.put(PluginSettingsIncidentSettingsStore.SEVERITY + "SEV2", "x".repeat(300));
        stored.put(PluginSettingsIncidentSettingsStore.TOKEN_PROJECTS, "INC\nops-1");
        stored.put(PluginSettingsIncidentSettingsStore.DETECT_STATUS, "Investi\ngating");

        IncidentSettings loaded = fixture.incidents.load();
        IncidentSettings defaults = IncidentSettings.defaults("OPS");
        assertEquals("", loaded.severityField(), "not text: the priority, as by default");
        assertEquals(defaults.severities(), loaded.severities(), "one unusable row: the default mapping");
        assertEquals("", loaded.startField(), "a name, not a field id: the created time");
        assertEquals(Set.of("OPS"), loaded.tokenProjects());
        assertEquals(IncidentSettings.DEFAULT_DETECT_STATUS, loaded.detectStatus(), "a line break: the default");
        assertEquals("customfield_10301", loaded.detectField(), "kept");
        assertEquals("customfield_10302", loaded.endField(), "kept");
        assertEquals(Set.of("Blocks"), loaded.linkTypes(), "kept");
    }

    @Test
    void aGarbledStoreNeverThrows() {
        fixture.savedWithToken();
        fixture.incidents.save(custom());
        Map<String, Object> stored = fixture.pluginSettings.values;
        stored.put(PluginSettingsIncidentSettingsStore.SAVED, "1");
        for (String key : List.of(PluginSettingsIncidentSettingsStore.SEVERITY_FIELD,
                PluginSettingsIncidentSettingsStore.START_FIELD, PluginSettingsIncidentSettingsStore.DETECT_FIELD,
                PluginSettingsIncidentSettingsStore.END_FIELD, PluginSettingsIncidentSettingsStore.DETECT_STATUS,
                PluginSettingsIncidentSettingsStore.LINK_TYPES, PluginSettingsIncidentSettingsStore.TOKEN_PROJECTS,
                PluginSettingsIncidentSettingsStore.SEVERITY + "SEV1")) {
            stored.put(key, Map.of("not", "text"));
        }

        IncidentSettings loaded = fixture.incidents.load();
        assertEquals(IncidentSettings.defaults("OPS"), loaded);
    }
}
