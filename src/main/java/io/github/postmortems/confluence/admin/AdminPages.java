package io.github.postmortems.confluence.admin;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.github.postmortems.blueprint.CreateDialogLink;
import io.github.postmortems.incident.IncidentSettingsStore;
import io.github.postmortems.jira.JiraSettings;
import io.github.postmortems.review.ApprovalRulesStore;
import io.github.postmortems.review.SloPolicyStore;
import io.github.postmortems.settings.SloPolicyForm;
import io.github.postmortems.settings.ApprovalRulesForm;
import io.github.postmortems.jira.JiraSettingsStore;
import io.github.postmortems.settings.IncidentForm;
import io.github.postmortems.settings.SettingsForm;
import io.github.postmortems.settings.WebhookAddress;
import io.github.postmortems.text.Messages;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Builds the admin page's model from the saved settings, the incident mappings and Confluence's application links. */
public class AdminPages {

    static final String PLUGIN_KEY = "io.github.postmortems.confluence";
    static final String REST_PATH = "/rest/postmortems/1.0/admin";
    /** The page's script and style, served by the descriptor's web-resource "admin-resources". */
    static final String RESOURCES = "/download/resources/" + PLUGIN_KEY + ":admin-resources/";
    static final String REVIEW_SCRIPT = "postmortems-review-rules.js";
    /** Stands for the space key in the site-wide form of the Create-dialog link. */
    static final String SPACE_KEY_PLACEHOLDER = "SPACEKEY";

    private final JiraSettingsStore store;
    private final IncidentSettingsStore incidents;
    private final ApplicationLinkService applicationLinks;
    private final ApplicationProperties application;
    private final ApprovalRulesStore approvalRules;
    private final SloPolicyStore slo;
    private final Messages messages;
    private final DigestSections digest;

    public AdminPages(JiraSettingsStore store, IncidentSettingsStore incidents, ApplicationLinkService applicationLinks,
                      ApplicationProperties application, ApprovalRulesStore approvalRules, SloPolicyStore slo,
                      DigestSections digest, Messages messages) {
        this.digest = digest;
        this.approvalRules = approvalRules;
        this.slo = slo;
        this.store = store;
        this.incidents = incidents;
        this.applicationLinks = applicationLinks;
        this.application = application;
        this.messages = messages;
    }

    public AdminPage page() {
        JiraSettings saved = store.load();
        SettingsForm form = SettingsForm.showing(saved);
        List<ApplicationLinkChoice> links = new ArrayList<>();
        for (ApplicationLink link : applicationLinks.getApplicationLinks(JiraApplicationType.class)) {
            String id = link.getId().get();
            links.add(new ApplicationLinkChoice(id, link.getName(),
                    link.getDisplayUrl() == null ? "" : link.getDisplayUrl().toString(),
                    form.connection().equals(SettingsForm.APPLICATION_LINK) && form.applicationLinkId().equals(id)));
        }
        List<PriorityField> priorities = SettingsForm.PRIORITY_CODES.stream()
                .map(code -> new PriorityField(code, form.priority(code))).toList();
        String site = application.getBaseUrl(UrlMode.RELATIVE).replaceAll("/+$", "");
        return new AdminPage(form, IncidentForm.showing(incidents.load()), SettingsForm.tokenSaved(saved), links,
                priorities,
                webhookUrl(saved.webhookSecret()),
                WebhookAddress.signed(application.getBaseUrl(UrlMode.CANONICAL), saved.webhookSecret()),
                WebhookAddress.JQL, site + REST_PATH,
                site + RESOURCES + "postmortems-admin.js", site + RESOURCES + "postmortems-admin.css",
                createLink(), new ReviewRulesSection(ApprovalRulesForm.showing(approvalRules.site()), false, true,
                        site + REST_PATH + "/review", site + RESOURCES + REVIEW_SCRIPT, messages),
                new SloSection(SloPolicyForm.showing(slo.site()), false, true, site + REST_PATH + "/slo",
                        site + RESOURCES + SloSection.SCRIPT, messages), digest.section(site), messages);
    }

    /**
     * The Create-dialog link for Jira with {@link #SPACE_KEY_PLACEHOLDER} where the space key goes; "" when the site's
     * canonical base URL is not an absolute http(s) address (the section then says to set it).
     */
    String createLink() {
        try {
            return CreateDialogLink.forJiraAutomation(application.getBaseUrl(UrlMode.CANONICAL), SPACE_KEY_PLACEHOLDER);
        } catch (IllegalArgumentException notASite) {
            return "";
        }
    }

    /** Jira calls from outside: the canonical base URL, never a relative one. */
    public String webhookUrl(String secret) {
        return WebhookAddress.of(application.getBaseUrl(UrlMode.CANONICAL), secret);
    }

    /** The ids of Confluence's Jira application links, the only ones a connection may name. */
    public Set<String> applicationLinkIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (ApplicationLink link : applicationLinks.getApplicationLinks(JiraApplicationType.class)) {
            ids.add(link.getId().get());
        }
        return ids;
    }

    public AdminRefusal refusal() {
        return new AdminRefusal(messages.text("postmortems.admin.page.title"),
                messages.text("postmortems.admin.refused.message"));
    }
}
