package io.github.postmortems.jira.memory;

import io.github.postmortems.jira.JiraSettings;
import io.github.postmortems.jira.JiraSettingsStore;

import java.util.Map;

/** A {@link JiraSettingsStore} holding one value, for tests. */
public final class FixedSettings implements JiraSettingsStore {

    private JiraSettings settings;

    public FixedSettings(JiraSettings settings) {
        this.settings = settings;
    }

    /** Postmortems' issues go to {@code projectKey}; no connection (nothing here calls Jira). */
    public static FixedSettings project(String projectKey) {
        return new FixedSettings(new JiraSettings(new JiraSettings.Connection.None(), projectKey, "Task", Map.of(),
                JiraSettings.DEFAULT_SYNC_INTERVAL, ""));
    }

    @Override
    public synchronized JiraSettings load() {
        return settings;
    }

    @Override
    public synchronized void save(JiraSettings settings) {
        this.settings = settings;
    }
}
