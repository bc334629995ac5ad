package io.github.postmortems.confluence.admin;

import io.github.postmortems.jira.JiraSettings;
import io.github.postmortems.settings.SettingsForm;
import io.github.postmortems.settings.SpaceSettings;
import io.github.postmortems.text.Messages;

import java.util.List;
import java.util.Objects;

/**
 * The space tools page's model: what the space chose for its countermeasures in Jira, and the site's values that
 * apply where it chose nothing (shown as the fields' placeholders).
 *
 * @param restUrl        the space's settings resource, relative to the site
 * @param adminScriptUrl the admin page's script, whose form helpers this page's script uses
 * @param createLink     the link for Jira that opens the Create dialog in this space on the Postmortem blueprint with
 *                       the incident's key filled in ({@link io.github.postmortems.blueprint.CreateDialogLink})
 * @param review         the space's approval rules, or the site's it uses, saved on their own
 * @param slo            the space's SLO policy, or the site's it uses, saved on their own
 */
public record SpaceJiraPage(String spaceKey, SpaceSettings space, JiraSettings site, String restUrl,
                            String adminScriptUrl, String scriptUrl, String styleUrl, String createLink,
                            ReviewRulesSection review, SloSection slo, Messages messages) {

    /** A countermeasure priority, the Jira priority the space maps it to ("" for the site's), and the site's. */
    public record Priority(String code, String jiraName, String siteName) {
    }

    public SpaceJiraPage {
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(slo, "slo");
        Objects.requireNonNull(messages, "messages");
    }

    public String text(String key) {
        return messages.text(key);
    }

    /** A text with the space key in it. */
    public String textForSpace(String key) {
        return messages.text(key, spaceKey);
    }

    public List<Priority> priorities() {
        return SettingsForm.PRIORITY_CODES.stream().map(code -> new Priority(code,
                space.priorities().getOrDefault(code, ""), site.priorities().getOrDefault(code, ""))).toList();
    }
}
