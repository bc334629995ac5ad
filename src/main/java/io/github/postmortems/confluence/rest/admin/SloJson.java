package io.github.postmortems.confluence.rest.admin;

import io.github.postmortems.settings.FieldProblem;
import io.github.postmortems.settings.SloPolicyForm;
import io.github.postmortems.text.Messages;

import javax.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** The SLO form read from a save and its problems answered, the same for the site and a space. */
final class SloJson {

    private SloJson() {
    }

    /** What the page sends: the days per priority as typed, and for a space whether it uses its own. */
    record Typed(Boolean own, Map<String, String> days) {
        SloPolicyForm form() {
            return new SloPolicyForm(days);
        }
    }

    /** Each field's problem in the admin's language, as the admin page's other saves answer them. */
    static Response refused(SloPolicyForm.Outcome.Invalid invalid, Messages messages) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem problem : invalid.problems()) {
            errors.putIfAbsent(problem.field(), messages.text(problem.messageKey(), problem.arguments().toArray()));
        }
        return AdminJson.json(Response.Status.BAD_REQUEST,
                Map.of("message", messages.text("postmortems.admin.status.invalid"), "errors", errors));
    }
}
