package io.github.postmortems.confluence.rest.admin;

import io.github.postmortems.confluence.admin.AdminAccess;
import io.github.postmortems.review.ApprovalRulesStore;
import io.github.postmortems.settings.ApprovalRulesForm;
import io.github.postmortems.text.Messages;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.Map;

/**
 * {@code /rest/postmortems/1.0/admin/review}: the site's approval rules ("Review and sign-off"), the defaults of every
 * space without its own. GET shows them as the form does; PUT checks and saves them. Administrators only.
 */
@Path("admin/review")
@Produces(MediaType.APPLICATION_JSON)
public class SiteReviewRulesResource {

    private final AdminAccess access;
    private final ApprovalRulesStore store;
    private final Messages messages;

    @Inject
    public SiteReviewRulesResource(AdminAccess access, ApprovalRulesStore store, Messages messages) {
        this.access = access;
        this.store = store;
        this.messages = messages;
    }

    @GET
    public Response show() {
        return AdminGate.refusal(access, messages).orElseGet(() -> AdminJson.ok(ApprovalRulesForm.showing(store.site())));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(String body) {
        return AdminGate.refusal(access, messages).orElseGet(() -> {
            ReviewRulesJson.Typed typed = AdminJson.read(body, ReviewRulesJson.Typed.class);
            if (typed == null) {
                return AdminJson.status(Response.Status.BAD_REQUEST, messages.text("postmortems.admin.status.unreadable"));
            }
            ApprovalRulesForm.Outcome outcome = typed.form().check();
            if (outcome instanceof ApprovalRulesForm.Outcome.Invalid invalid) {
                return ReviewRulesJson.refused(invalid, messages);
            }
            store.saveSite(((ApprovalRulesForm.Outcome.Valid) outcome).rules());
            return AdminJson.json(Response.Status.OK, Map.of("message",
                    messages.text("postmortems.admin.review.saved"), "rules", ApprovalRulesForm.showing(store.site())));
        });
    }
}
