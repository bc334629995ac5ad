package io.github.postmortems.confluence.admin;

import io.github.postmortems.jira.JiraSettings;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PluginSettingsJiraSettingsStoreTest {

    private static final String P = "io.github.postmortems.confluence.";

    private final MapPluginSettings settings = new MapPluginSettings();
    private final PluginSettingsJiraSettingsStore store = new PluginSettingsJiraSettingsStore(settings);

    private static JiraSettings withToken() {
        return new JiraSettings(new JiraSettings.Connection.Token(URI.create("https://jira.example.com"), "pat-secret"),
                "OPS", "Bug", Map.of("P1", "Highest", "P3", "Medium"), Duration.ofMinutes(15), "k3Jv9_Qx-2mN8pL4tR7wZ1");
    }

    @Test
    void beforeTheFirstSaveTheSettingsAreUnconfigured() {
        assertEquals(JiraSettings.unconfigured(), store.load());
    }

    @Test
    void savesEveryValueAsAStringUnderThePluginsPrefix() {
        store.save(withToken());

        Map<String, Object> expected = new TreeMap<>(Map.of(
                P + "jira.connection", "token",
                P + "jira.base-url", "https://jira.example.com",
                P + "jira.token", "pat-secret",
                P + "jira.project", "OPS",
                P + "jira.issue-type", "Bug",
                P + "jira.priority.P1", "Highest",
                P + "jira.priority.P3", "Medium",
                P + "jira.sync-interval-minutes", "15",
                P + "jira.webhook-secret", "k3Jv9_Qx-2mN8pL4tR7wZ1"));
        assertEquals(expected, settings.values);
    }

    @Test
    void whatIsSavedIsWhatIsLoaded() {
        store.save(withToken());
        assertEquals(withToken(), store.load());

        JiraSettings link = new JiraSettings(new JiraSettings.Connection.ApplicationLink("0b1e4c6a-1111"), "SRE",
                "Task", Map.of("P2", "High"), Duration.ofMinutes(1), "");
        store.save(link);
        assertEquals(link, store.load());
    }

    @Test
    void leavingTokenConnectionForgetsTheToken() {
        store.save(withToken());
        store.save(new JiraSettings(new JiraSettings.Connection.ApplicationLink("0b1e4c6a-1111"), "OPS", "Task",
                Map.of(), Duration.ofMinutes(10), ""));

        assertFalse(settings.values.containsKey(P + "jira.token"));
        assertFalse(settings.values.containsKey(P + "jira.base-url"));
        assertFalse(settings.values.containsKey(P + "jira.priority.P1"), "a cleared priority is removed");

        store.save(JiraSettings.unconfigured());
        assertFalse(settings.values.containsKey(P + "jira.application-link"));
        assertEquals(JiraSettings.unconfigured(), store.load());
    }

    @Test
    void valuesThatCannotBeReadFallBackToNotSet() {
        settings.values.put(P + "jira.connection", "token");
        settings.values.put(P + "jira.base-url", "not a url");
        settings.values.put(P + "jira.token", "pat");
        settings.values.put(P + "jira.sync-interval-minutes", "soon");
        settings.values.put(P + "jira.project", "OPS");

        JiraSettings loaded = store.load();

        assertTrue(loaded.connection() instanceof JiraSettings.Connection.None, loaded.toString());
        assertEquals(JiraSettings.DEFAULT_SYNC_INTERVAL, loaded.syncInterval());
        assertEquals("OPS", loaded.projectKey());
    }

    @Test
    void aTokenConnectionWithoutItsTokenIsNotAConnection() {
        settings.values.put(P + "jira.connection", "token");
        settings.values.put(P + "jira.base-url", "https://jira.example.com");

        assertTrue(store.load().connection() instanceof JiraSettings.Connection.None);
    }

    @Test
    void theSettingsAsTextNeverShowTheToken() {
        assertFalse(withToken().toString().contains("pat-secret"), withToken().toString());
    }

    @Test
    void aSpacesChoiceIsKeptInItsOwnSettingsAndAppliedOverTheSites() {
        MapPluginSettings settings = new MapPluginSettings();
        PluginSettingsJiraSettingsStore store = new PluginSettingsJiraSettingsStore(settings);
        store.save(new JiraSettings(new JiraSettings.Connection.ApplicationLink("link"), "OPS", "Task",
                Map.of("P1", "Highest"), Duration.ofMinutes(10), ""));

        store.saveSpace("ENG", new io.github.postmortems.settings.SpaceSettings("ENG", "Bug", Map.of("P2", "Low")));

        assertEquals("ENG", store.forSpace("ENG").projectKey());
        assertEquals("Bug", store.forSpace("ENG").issueType());
        assertEquals(Map.of("P1", "Highest", "P2", "Low"), store.forSpace("ENG").priorities());
        assertEquals("OPS", store.forSpace("WEB").projectKey(), "a space that chose nothing: the site's");
        assertEquals("OPS", store.load().projectKey(), "the site's settings stay the site's");
        assertEquals("OPS", store.forSpace("NOSPACE").projectKey(), "a key Confluence knows no space for");
        assertEquals(Map.of(PluginSettingsJiraSettingsStore.SPACE_PROJECT, "ENG",
                PluginSettingsJiraSettingsStore.SPACE_ISSUE_TYPE, "Bug",
                PluginSettingsJiraSettingsStore.SPACE_PRIORITY + "P2", "Low"), settings.byKey.get("ENG").values);
    }

    @Test
    void clearingASpacesChoiceRemovesItsValuesSoTheSitesApplyAgain() {
        MapPluginSettings settings = new MapPluginSettings();
        PluginSettingsJiraSettingsStore store = new PluginSettingsJiraSettingsStore(settings);
        store.saveSpace("ENG", new io.github.postmortems.settings.SpaceSettings("ENG", "Bug", Map.of("P2", "Low")));

        store.saveSpace("ENG", io.github.postmortems.settings.SpaceSettings.none());

        assertTrue(settings.byKey.get("ENG").values.isEmpty(), settings.byKey.get("ENG").values.toString());
        assertTrue(store.space("ENG").isEmpty());
    }
}
