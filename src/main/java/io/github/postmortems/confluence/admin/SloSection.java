package io.github.postmortems.confluence.admin;

import io.github.postmortems.settings.SloPolicyForm;
import io.github.postmortems.text.Messages;

import java.util.List;
import java.util.Objects;

/**
 * The "Countermeasure SLO" section of the site's settings page and of a space's (issue 16, item 6): the days per
 * priority as the form shows them (a space using the site's shows the site's), and where they are saved.
 *
 * @param space     whether this is a space's section (it then offers "Use the site's SLO")
 * @param own       for a space, whether it uses its own policy
 * @param restUrl   the SLO resource, relative to the site
 * @param scriptUrl the section's script
 */
public record SloSection(SloPolicyForm form, boolean space, boolean own, String restUrl, String scriptUrl,
                         Messages messages) {

    static final String SCRIPT = "postmortems-slo.js";

    public SloSection {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(messages, "messages");
    }

    public String text(String key) {
        return messages.text(key);
    }

    public List<String> priorityCodes() {
        return SloPolicyForm.PRIORITY_CODES;
    }

    /** "Days to close a P1 countermeasure". */
    public String daysLabel(String code) {
        return messages.text("postmortems.slo.days", code);
    }

    public String day(String code) {
        return form.day(code);
    }
}
