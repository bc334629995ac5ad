package io.github.postmortems.jira;

/** Where the administrator's Jira settings are kept (SAL plugin settings in Confluence). */
public interface JiraSettingsStore {

    /** The settings as saved; {@link JiraSettings#unconfigured()} before the first save. */
    JiraSettings load();

    void save(JiraSettings settings);

    /**
     * The settings for creating issues from a page of this space: the site's, with the project, issue type and
     * priorities the space chose in their place. A store without per-space settings answers the site's.
     */
    default JiraSettings forSpace(String spaceKey) {
        return load();
    }
}
