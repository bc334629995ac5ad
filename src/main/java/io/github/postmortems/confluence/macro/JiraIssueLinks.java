package io.github.postmortems.confluence.macro;

import com.atlassian.applinks.api.ApplicationId;
import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.TypeNotInstalledException;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import io.github.postmortems.jira.JiraSettings;
import io.github.postmortems.jira.JiraSettingsStore;
import io.github.postmortems.postmortem.IssueKey;

import java.net.URI;
import java.util.Optional;

/**
 * Links to Jira issues through the connection the administrator configured: the token's base URL, or the chosen
 * application link's address; Confluence's primary Jira link when nothing is configured. Just the key when there is
 * no Jira to link to.
 */
public class JiraIssueLinks {

    private final ApplicationLinkService applicationLinks;
    private final JiraSettingsStore settings;

    public JiraIssueLinks(ApplicationLinkService applicationLinks, JiraSettingsStore settings) {
        this.applicationLinks = applicationLinks;
        this.settings = settings;
    }

    public Link link(IssueKey key) {
        return jira().link(key);
    }

    /** Where keys link to now; resolved once per board, since the settings are read from the database. */
    public Jira jira() {
        JiraSettings.Connection connection = settings.load().connection();
        if (connection instanceof JiraSettings.Connection.Token token) {
            return Jira.at(token.baseUrl(), token.baseUrl().getHost());
        }
        ApplicationLink link = connection instanceof JiraSettings.Connection.ApplicationLink chosen
                ? chosen(chosen.applicationId()) : null;
        if (link == null) {
            link = applicationLinks.getPrimaryApplicationLink(JiraApplicationType.class);
        }
        return link == null ? Jira.NONE : Jira.at(link.getDisplayUrl(), link.getName());
    }

    private ApplicationLink chosen(String applicationId) {
        try {
            return applicationLinks.getApplicationLink(new ApplicationId(applicationId));
        } catch (IllegalArgumentException | TypeNotInstalledException e) {
            return null; // a broken link id is the settings page's to report; keys then link through the primary link
        }
    }

    /**
     * A Jira's browse address, or none.
     *
     * @param browse "https://jira.example.com/browse/", or "" when keys stay plain text
     */
    public record Jira(String browse, String name) {
        static final Jira NONE = new Jira("", "");

        static Jira at(URI base, String name) {
            if (base == null || !("https".equalsIgnoreCase(base.getScheme()) || "http".equalsIgnoreCase(base.getScheme()))) {
                return NONE;
            }
            String address = base.toString();
            int end = address.length();
            while (end > 0 && address.charAt(end - 1) == '/') {
                end--;
            }
            return new Jira(address.substring(0, end) + "/browse/", name == null ? "" : name);
        }

        public Optional<String> browseIfAny() {
            return browse.isEmpty() ? Optional.empty() : Optional.of(browse);
        }

        public Link link(IssueKey key) {
            return browse.isEmpty() ? Link.text(key.toString())
                    : new Link(key.toString(), browse + key, name, "pm-jira-key");
        }
    }
}
