package io.github.postmortems.blueprint;

import io.github.postmortems.postmortem.IssueKey;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * A link that opens Confluence's Create dialog in a space on the Postmortem blueprint with the incident key filled in
 * (issue 15, item 6), for a Jira admin to put on the incident issue.
 * <p>The form is the create-content plugin's own: its {@code create-dialog-init.js}, loaded on every Confluence page,
 * reads {@code createDialog}, {@code createDialogSpaceKey} and {@code createDialogBlueprintKey} (the blueprint's
 * module complete key, which it turns into the blueprint's id) from the page's query and opens the dialog on that
 * blueprint, which starts our wizard. The query stays on the page while the wizard runs, so the wizard reads our own
 * parameter {@link #INCIDENT_PARAMETER} from it; Confluence ignores parameters it does not know.
 */
public final class CreateDialogLink {

    /** {@code <plugin key>:<blueprint module key>} in atlassian-plugin.xml. */
    public static final String BLUEPRINT_KEY = "io.github.postmortems.confluence:blueprint-postmortem";
    /** Our own parameter: the incident's key, which the wizard puts in its incident field. */
    public static final String INCIDENT_PARAMETER = "postmortemIncident";
    /** Jira automation's smart value for the issue's key, left for Jira to replace. */
    public static final String JIRA_AUTOMATION_KEY = "{{issue.key}}";
    /** Confluence space keys are short; anything longer is not one. */
    private static final int MAX_SPACE_KEY = 255;

    private CreateDialogLink() {
    }

    /** The link for one incident. */
    public static String forIncident(String baseUrl, String spaceKey, IssueKey incident) {
        return dialog(baseUrl, spaceKey) + "&" + INCIDENT_PARAMETER + "="
                + URLEncoder.encode(incident.toString(), StandardCharsets.UTF_8);
    }

    /**
     * The link with Jira automation's {@code {{issue.key}}} where the key goes: for a rule's comment or web link on the
     * incident issue, which Jira fills with each issue's key.
     */
    public static String forJiraAutomation(String baseUrl, String spaceKey) {
        return dialog(baseUrl, spaceKey) + "&" + INCIDENT_PARAMETER + "=" + JIRA_AUTOMATION_KEY;
    }

    /** The Create dialog on the blueprint in the space, without an incident. */
    public static String dialog(String baseUrl, String spaceKey) {
        if (spaceKey == null || spaceKey.isBlank() || spaceKey.length() > MAX_SPACE_KEY) {
            throw new IllegalArgumentException("Not a space key: " + spaceKey);
        }
        return site(baseUrl) + "/?createDialog=true&createDialogSpaceKey="
                + URLEncoder.encode(spaceKey, StandardCharsets.UTF_8) + "&createDialogBlueprintKey="
                + URLEncoder.encode(BLUEPRINT_KEY, StandardCharsets.UTF_8);
    }

    /** The incident key a link carried, as the wizard reads it: empty when the value is not a key. */
    public static Optional<IssueKey> incident(String parameter) {
        return parameter == null || parameter.length() > 300 ? Optional.empty() : IssueKey.parse(parameter);
    }

    /** The site's address without a trailing slash; only an absolute http(s) address goes into a link. */
    private static String site(String baseUrl) {
        try {
            URI uri = new URI(baseUrl == null ? "" : baseUrl.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getQuery() != null
                    || uri.getFragment() != null) {
                throw new IllegalArgumentException("Not a site address: " + baseUrl);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a site address: " + baseUrl, e);
        }
        return baseUrl.strip().replaceAll("/+$", "");
    }
}
