package io.github.postmortems.settings;

import io.github.postmortems.jira.JiraSettings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings as the admin page shows and sends them: every value as typed. The token is write-only: a form built
 * from saved settings never carries it, and a blank token sent back means "keep the saved one".
 *
 * @param connection          {@value #NONE}, {@value #APPLICATION_LINK} or {@value #TOKEN}
 * @param priorities          P1..P4 to a Jira priority name; blank leaves Jira's default
 * @param syncIntervalMinutes whole minutes, as typed
 */
public record SettingsForm(String connection, String applicationLinkId, String baseUrl, String token,
                           String projectKey, String issueType, Map<String, String> priorities,
                           String syncIntervalMinutes, String webhookSecret) {

    public static final String NONE = "none";
    public static final String APPLICATION_LINK = "applink";
    public static final String TOKEN = "token";
    /** The countermeasure priorities an admin maps to Jira priorities. */
    public static final List<String> PRIORITY_CODES = List.of("P1", "P2", "P3", "P4");

    public SettingsForm {
        connection = blankIfNull(connection).strip();
        applicationLinkId = blankIfNull(applicationLinkId).strip();
        baseUrl = blankIfNull(baseUrl).strip();
        token = blankIfNull(token).strip();
        projectKey = blankIfNull(projectKey).strip();
        issueType = blankIfNull(issueType).strip();
        Map<String, String> typed = new LinkedHashMap<>();
        for (String code : PRIORITY_CODES) {
            String name = priorities == null ? null : priorities.get(code);
            typed.put(code, blankIfNull(name).strip());
        }
        priorities = Map.copyOf(typed);
        syncIntervalMinutes = blankIfNull(syncIntervalMinutes).strip();
        webhookSecret = blankIfNull(webhookSecret).strip();
    }

    /** The saved settings as the page shows them: everything but the token. */
    public static SettingsForm showing(JiraSettings saved) {
        String connection = NONE;
        String linkId = "";
        String baseUrl = "";
        if (saved.connection() instanceof JiraSettings.Connection.ApplicationLink link) {
            connection = APPLICATION_LINK;
            linkId = link.applicationId();
        } else if (saved.connection() instanceof JiraSettings.Connection.Token token) {
            connection = TOKEN;
            baseUrl = token.baseUrl().toString();
        }
        return new SettingsForm(connection, linkId, baseUrl, "", saved.projectKey(), saved.issueType(),
                saved.priorities(), String.valueOf(saved.syncInterval().toMinutes()), saved.webhookSecret());
    }

    /** Whether saved settings hold a token the form does not show. */
    public static boolean tokenSaved(JiraSettings saved) {
        return saved.connection() instanceof JiraSettings.Connection.Token;
    }

    public String priority(String code) {
        return priorities.getOrDefault(code, "");
    }

    @Override
    public String toString() {
        return "SettingsForm[" + connection + ", link " + applicationLinkId + ", " + baseUrl + ", token "
                + (token.isEmpty() ? "blank" : "hidden") + ", " + projectKey + ", " + issueType + ", " + priorities
                + ", " + syncIntervalMinutes + " min, secret " + (webhookSecret.isEmpty() ? "blank" : "hidden") + "]";
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value;
    }
}
