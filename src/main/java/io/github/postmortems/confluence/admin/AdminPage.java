package io.github.postmortems.confluence.admin;

import io.github.postmortems.incident.IncidentSettings;
import io.github.postmortems.settings.IncidentForm;
import io.github.postmortems.settings.SettingsForm;
import io.github.postmortems.text.Messages;

import java.util.List;
import java.util.Objects;

/**
 * The admin page's model: the saved settings as the form shows them (never the token), Confluence's Jira
 * application links, what to paste into Jira's webhook settings, and where the page's script and REST resources are.
 *
 * @param form       the saved settings, token left out
 * @param incident   the saved incident mappings ("Drafting from incidents"), their rows also in {@code severityRows}
 * @param tokenSaved whether a token is saved (the field then says so and keeps it when left empty)
 * @param webhookUrl the exact URL for Jira without webhook signing, secret in its query; "" while no secret is saved
 * @param webhookSignedUrl the URL for Jira that signs its webhook calls with the secret; "" while none is saved
 * @param restUrl    the admin REST resources, relative to the site
 * @param scriptUrl  the page's script
 * @param styleUrl   the page's stylesheet
 * @param review     the site's approval rules ("Review and sign-off"), saved on their own
 * @param slo        the site's SLO policy ("Countermeasure SLO"), saved on its own
 * @param digest     the weekly digest's switch and day ("Weekly digest"), saved on their own
 * @param createLink the link for Jira that opens the Create dialog on the Postmortem blueprint, with a placeholder
 *                   where the space key goes (each space's own page shows it filled in)
 */
public record AdminPage(SettingsForm form, IncidentForm incident, boolean tokenSaved,
                        List<ApplicationLinkChoice> applicationLinks, List<PriorityField> priorities, String webhookUrl, String webhookSignedUrl, String webhookJql, String restUrl,
                        String scriptUrl, String styleUrl, String createLink, ReviewRulesSection review, SloSection slo,
                        DigestSection digest, Messages messages) {

    public AdminPage {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(incident, "incident");
        applicationLinks = List.copyOf(applicationLinks);
        priorities = List.copyOf(priorities);
        Objects.requireNonNull(createLink, "createLink");
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(slo, "slo");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(messages, "messages");
    }

    /** A text in the admin's language. */
    public String text(String key) {
        return messages.text(key);
    }

    public boolean hasApplicationLinks() {
        return !applicationLinks.isEmpty();
    }

    public boolean connectionIs(String kind) {
        return form.connection().equals(kind);
    }

    public List<SeverityRowField> severityRows() {
        return incident.severities().stream().map(row -> new SeverityRowField(row.value(), row.severity())).toList();
    }

    public List<String> severityCodes() {
        return IncidentSettings.SEVERITY_CODES;
    }

    public boolean hasCreateLink() {
        return !createLink.isEmpty();
    }

    public boolean hasWebhookUrl() {
        return !webhookUrl.isEmpty();
    }
}
