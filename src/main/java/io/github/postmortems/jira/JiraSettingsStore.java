package io.github.postmortems.jira;

/** Where the administrator's Jira settings are kept (SAL plugin settings in Confluence). */
public interface JiraSettingsStore {

    /** The settings as saved; {@link JiraSettings#unconfigured()} before the first save. */
    JiraSettings load();

    void save(JiraSettings settings);
}
