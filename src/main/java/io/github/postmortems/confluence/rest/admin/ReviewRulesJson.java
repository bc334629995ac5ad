package io.github.postmortems.confluence.rest.admin;

import io.github.postmortems.settings.ApprovalRulesForm;
import io.github.postmortems.settings.FieldProblem;
import io.github.postmortems.text.Messages;

import javax.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** The approval rules' form read from a save and its problems answered, the same for the site and a space. */
final class ReviewRulesJson {

    private ReviewRulesJson() {
    }

    /** What the page sends: the rules as typed, and for a space whether it uses its own. */
    record Typed(Boolean own, String users, String groups, Map<String, String> approvals) {
        ApprovalRulesForm form() {
            return new ApprovalRulesForm(users, groups, approvals);
        }
    }

    /** Each field's problem in the admin's language, as the admin page's other saves answer them. */
    static Response refused(ApprovalRulesForm.Outcome.Invalid invalid, Messages messages) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem problem : invalid.problems()) {
            errors.putIfAbsent(problem.field(), messages.text(problem.messageKey(), problem.arguments().toArray()));
        }
        return AdminJson.json(Response.Status.BAD_REQUEST,
                Map.of("message", messages.text("postmortems.admin.status.invalid"), "errors", errors));
    }
}
