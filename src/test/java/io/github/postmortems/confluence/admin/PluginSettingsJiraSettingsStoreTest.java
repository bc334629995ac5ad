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
}
