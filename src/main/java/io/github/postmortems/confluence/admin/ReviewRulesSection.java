package io.github.postmortems.confluence.admin;

import io.github.postmortems.settings.ApprovalRulesForm;
import io.github.postmortems.text.Messages;

import java.util.List;
import java.util.Objects;

/**
 * The "Review and sign-off" section of the site's settings page and of a space's: the rules as the form shows them
 * (a space using the site's shows the site's), and where they are saved.
 *
 * @param space     whether this is a space's section (it then offers "Use the site's rules")
 * @param own       for a space, whether it uses its own rules
 * @param restUrl   the review rules resource, relative to the site
 * @param scriptUrl the section's script
 */
public record ReviewRulesSection(ApprovalRulesForm form, boolean space, boolean own, String restUrl, String scriptUrl,
                                 Messages messages) {

    public ReviewRulesSection {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(messages, "messages");
    }

    public String text(String key) {
        return messages.text(key);
    }

    public List<String> severityCodes() {
        return ApprovalRulesForm.SEVERITY_CODES;
    }

    /** "Approvals needed for SEV1". */
    public String approvalsLabel(String code) {
        return messages.text("postmortems.admin.review.approvals", code);
    }

    public String approval(String code) {
        return form.approval(code);
    }
}
