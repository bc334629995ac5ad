package io.github.postmortems.confluence.macro;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import io.github.postmortems.postmortem.IssueKey;

/** Links to Jira issues through Confluence's primary Jira application link; just the key when there is none. */
public class JiraIssueLinks {

    private final ApplicationLinkService applicationLinks;

    public JiraIssueLinks(ApplicationLinkService applicationLinks) {
        this.applicationLinks = applicationLinks;
    }

    public Link link(IssueKey key) {
        ApplicationLink jira = applicationLinks.getPrimaryApplicationLink(JiraApplicationType.class);
        if (jira == null || jira.getDisplayUrl() == null) {
            return Link.text(key.toString());
        }
        String base = jira.getDisplayUrl().toString().replaceAll("/+$", "");
        return new Link(key.toString(), base + "/browse/" + key, jira.getName(), "pm-jira-key");
    }
}
