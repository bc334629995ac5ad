package io.github.postmortems.confluence.admin;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import io.github.postmortems.jira.JiraSettings;
import io.github.postmortems.jira.JiraSettingsStore;
import io.github.postmortems.settings.SettingsForm;
import io.github.postmortems.settings.SpaceSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@link JiraSettingsStore} in SAL's global plugin settings, one String per value under keys starting with
 * {@value #PREFIX}. Values that cannot be read (edited by hand, left by an older version) fall back to "not set"
 * with a warning that names the key, never the token.
 */
public class PluginSettingsJiraSettingsStore implements JiraSettingsStore {

    static final String PREFIX = "io.github.postmortems.confluence.";
    static final String CONNECTION = PREFIX + "jira.connection";
    static final String APPLICATION_LINK = PREFIX + "jira.application-link";
    static final String BASE_URL = PREFIX + "jira.base-url";
    static final String TOKEN = PREFIX + "jira.token";
    static final String PROJECT = PREFIX + "jira.project";
    static final String ISSUE_TYPE = PREFIX + "jira.issue-type";
    static final String PRIORITY = PREFIX + "jira.priority.";
    static final String SYNC_MINUTES = PREFIX + "jira.sync-interval-minutes";
    static final String WEBHOOK_SECRET = PREFIX + "jira.webhook-secret";
    /** In a space's own settings (SAL's settings for the space key), beside the site's keys. */
    static final String SPACE_PROJECT = PREFIX + "space.jira.project";
    static final String SPACE_ISSUE_TYPE = PREFIX + "space.jira.issue-type";
    static final String SPACE_PRIORITY = PREFIX + "space.jira.priority.";

    private static final Logger LOG = LoggerFactory.getLogger(PluginSettingsJiraSettingsStore.class);

    private final PluginSettingsFactory settingsFactory;

    public PluginSettingsJiraSettingsStore(PluginSettingsFactory settingsFactory) {
        this.settingsFactory = settingsFactory;
    }

    @Override
    public JiraSettings load() {
        PluginSettings settings = settingsFactory.createGlobalSettings();
        Map<String, String> priorities = new LinkedHashMap<>();
        for (String code : SettingsForm.PRIORITY_CODES) {
            String name = SettingsValues.string(settings, PRIORITY + code);
            if (!name.isBlank()) {
                priorities.put(code, name);
            }
        }
        return new JiraSettings(connection(settings), SettingsValues.string(settings, PROJECT), SettingsValues.string(settings, ISSUE_TYPE),
                priorities, syncInterval(settings), SettingsValues.string(settings, WEBHOOK_SECRET));
    }

    @Override
    public void save(JiraSettings jira) {
        PluginSettings settings = settingsFactory.createGlobalSettings();
        JiraSettings.Connection connection = jira.connection();
        if (connection instanceof JiraSettings.Connection.ApplicationLink link) {
            SettingsValues.put(settings, CONNECTION, SettingsForm.APPLICATION_LINK);
            SettingsValues.put(settings, APPLICATION_LINK, link.applicationId());
            settings.remove(BASE_URL);
            settings.remove(TOKEN);
        } else if (connection instanceof JiraSettings.Connection.Token token) {
            SettingsValues.put(settings, CONNECTION, SettingsForm.TOKEN);
            SettingsValues.put(settings, BASE_URL, token.baseUrl().toString());
            SettingsValues.put(settings, TOKEN, token.token());
            settings.remove(APPLICATION_LINK);
        } else {
            SettingsValues.put(settings, CONNECTION, SettingsForm.NONE);
            settings.remove(APPLICATION_LINK);
            settings.remove(BASE_URL);
            settings.remove(TOKEN);
        }
        SettingsValues.put(settings, PROJECT, jira.projectKey());
        SettingsValues.put(settings, ISSUE_TYPE, jira.issueType());
        for (String code : SettingsForm.PRIORITY_CODES) {
            SettingsValues.put(settings, PRIORITY + code, jira.priorities().getOrDefault(code, ""));
        }
        SettingsValues.put(settings, SYNC_MINUTES, String.valueOf(jira.syncInterval().toMinutes()));
        SettingsValues.put(settings, WEBHOOK_SECRET, jira.webhookSecret());
        LOG.info("Jira settings saved: {}, project {}", connection, jira.projectKey());
    }

    /** The site's settings with the space's choices in their place (issue 12, item 11). */
    @Override
    public JiraSettings forSpace(String spaceKey) {
        return space(spaceKey).over(load());
    }

    /** What the space chose; nothing when it chose nothing, or the key names no space the host knows. */
    public SpaceSettings space(String spaceKey) {
        if (spaceKey == null || spaceKey.isBlank()) {
            return SpaceSettings.none();
        }
        PluginSettings settings;
        try {
            settings = settingsFactory.createSettingsForKey(spaceKey);
        } catch (IllegalArgumentException e) {
            // Confluence refuses settings for a key that names no space: that space chose nothing.
            return SpaceSettings.none();
        }
        Map<String, String> priorities = new LinkedHashMap<>();
        for (String code : SettingsForm.PRIORITY_CODES) {
            priorities.put(code, SettingsValues.string(settings, SPACE_PRIORITY + code));
        }
        return new SpaceSettings(SettingsValues.string(settings, SPACE_PROJECT), SettingsValues.string(settings, SPACE_ISSUE_TYPE), priorities);
    }

    /** Saves the space's choices; blank values are removed, so the site's apply again. */
    public void saveSpace(String spaceKey, SpaceSettings space) {
        PluginSettings settings = settingsFactory.createSettingsForKey(spaceKey);
        SettingsValues.put(settings, SPACE_PROJECT, space.projectKey());
        SettingsValues.put(settings, SPACE_ISSUE_TYPE, space.issueType());
        for (String code : SettingsForm.PRIORITY_CODES) {
            SettingsValues.put(settings, SPACE_PRIORITY + code, space.priorities().getOrDefault(code, ""));
        }
        LOG.info("Jira settings of space {} saved: project {}", spaceKey,
                space.projectKey().isEmpty() ? "the site's" : space.projectKey());
    }

    private static JiraSettings.Connection connection(PluginSettings settings) {
        String kind = SettingsValues.string(settings, CONNECTION);
        if (kind.equals(SettingsForm.APPLICATION_LINK)) {
            String id = SettingsValues.string(settings, APPLICATION_LINK);
            if (!id.isBlank()) {
                return new JiraSettings.Connection.ApplicationLink(id);
            }
            LOG.warn("Jira settings: {} says application link, but {} is empty", CONNECTION, APPLICATION_LINK);
        } else if (kind.equals(SettingsForm.TOKEN)) {
            String token = SettingsValues.string(settings, TOKEN);
            try {
                URI baseUrl = new URI(SettingsValues.string(settings, BASE_URL));
                if (baseUrl.isAbsolute() && !token.isBlank()) {
                    return new JiraSettings.Connection.Token(baseUrl, token);
                }
            } catch (URISyntaxException e) {
                // Reported below with the other unusable token connections.
            }
            LOG.warn("Jira settings: {} says token, but {} is not an absolute URL or no token is saved",
                    CONNECTION, BASE_URL);
        }
        return new JiraSettings.Connection.None();
    }

    private static Duration syncInterval(PluginSettings settings) {
        String minutes = SettingsValues.string(settings, SYNC_MINUTES);
        if (minutes.isEmpty()) {
            return JiraSettings.DEFAULT_SYNC_INTERVAL;
        }
        try {
            return Duration.ofMinutes(Long.parseLong(minutes));
        } catch (NumberFormatException | ArithmeticException e) {
            LOG.warn("Jira settings: {} is not a number of minutes: {}", SYNC_MINUTES, minutes);
            return JiraSettings.DEFAULT_SYNC_INTERVAL;
        }
    }
}
