package io.github.postmortems.jira.memory;

import io.github.postmortems.jira.JiraSettings;
import io.github.postmortems.jira.JiraSettingsStore;

/** A {@link JiraSettingsStore} holding one value, for tests. */
public final class FixedSettings implements JiraSettingsStore {

    private JiraSettings settings;

    public FixedSettings(JiraSettings settings) {
        this.settings = settings;
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
