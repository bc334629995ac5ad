package io.github.postmortems.settings;

import io.github.postmortems.jira.JiraSettings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A space's own choice of where its countermeasures go in Jira: project, issue type and priority mapping. Each value
 * left blank falls back to the site's: a space may set only its project and keep the site's issue type and priorities.
 *
 * @param priorities P1..P4 to a Jira priority name; a code left out uses the site's mapping for it
 */
public record SpaceSettings(String projectKey, String issueType, Map<String, String> priorities) {

    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}");
    private static final int MAX_NAME_LENGTH = 255;

    public SpaceSettings {
        projectKey = blankIfNull(projectKey).strip().toUpperCase(Locale.ROOT);
        issueType = blankIfNull(issueType).strip();
        Map<String, String> named = new LinkedHashMap<>();
        for (String code : SettingsForm.PRIORITY_CODES) {
            String name = priorities == null ? null : priorities.get(code);
            if (name != null && !name.isBlank()) {
                named.put(code, name.strip());
            }
        }
        priorities = Map.copyOf(named);
    }

    /** Nothing chosen: the space uses the site's settings. */
    public static SpaceSettings none() {
        return new SpaceSettings("", "", Map.of());
    }

    public boolean isEmpty() {
        return projectKey.isEmpty() && issueType.isEmpty() && priorities.isEmpty();
    }

    /** The site's settings with what this space chose in place of the site's; connection and sync stay the site's. */
    public JiraSettings over(JiraSettings site) {
        Map<String, String> mapping = new LinkedHashMap<>(site.priorities());
        mapping.putAll(priorities);
        return new JiraSettings(site.connection(), projectKey.isEmpty() ? site.projectKey() : projectKey,
                issueType.isEmpty() ? site.issueType() : issueType, mapping, site.syncInterval(), site.webhookSecret());
    }

    /** What is wrong with the values as typed, per field as the site's form names them; empty when none. */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (!projectKey.isEmpty() && !PROJECT_KEY.matcher(projectKey).matches()) {
            problems.add(FieldProblem.of("projectKey", "postmortems.admin.error.project-key-format", projectKey));
        }
        if (issueType.length() > MAX_NAME_LENGTH) {
            problems.add(FieldProblem.of("issueType", "postmortems.admin.error.too-long",
                    String.valueOf(MAX_NAME_LENGTH)));
        }
        priorities.forEach((code, name) -> {
            if (name.length() > MAX_NAME_LENGTH) {
                problems.add(FieldProblem.of("priorities." + code, "postmortems.admin.error.too-long",
                        String.valueOf(MAX_NAME_LENGTH)));
            }
        });
        return problems;
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value;
    }
}
